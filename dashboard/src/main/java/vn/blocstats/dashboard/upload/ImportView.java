package vn.blocstats.dashboard.upload;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.blocstats.dashboard.quality.TemplateDownloads;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.quality.HalfYear;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.upload.UploadService.Outcome;
import vn.blocstats.dashboard.upload.UploadService.Received;
import vn.blocstats.dashboard.upload.UploadService.Refused;
import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * "Nhập dữ liệu", the stewards' import: upload files ({@value UploadService#MAX_FILES} at most,
 * {@code .csv .xlsx .xls}, each up to {@code blocstats.upload.max-bytes}), check them — a dry run of
 * the import that keeps nothing, shown per file with every rejected row and warning (rules not met,
 * outliers against each unit's history) and every correction (old → new, and the term figures that
 * change) — then confirm,
 * which loads exactly the files checked, or cancel, which deletes them. Checks and loads run in the
 * background while the page polls for the result (no push, no frontend build); a steward who leaves
 * without confirming leaves nothing behind.
 */
@Route("nhap-du-lieu")
@RolesAllowed({ "STEWARD", "ADMIN" })
class ImportView extends VerticalLayout implements HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(ImportView.class);
	/** How often the page asks for news while a check or a load runs, in milliseconds. */
	static final int POLL_MS = 1000;

	/** Where the steward is. */
	enum Step {
		EMPTY, RECEIVED, CHECKING, CHECKED, LOADING, LOADED, FAILED
	}

	private final UploadService uploads;
	private final AuditLog audit;
	private final UploadBatch batch = new UploadBatch(UploadService.MAX_FILES);

	final Upload upload = new Upload();
	final Paragraph status = new Paragraph();
	final ProgressBar progress = new ProgressBar();
	final Button check = new Button();
	final Button confirm = new Button();
	final Button cancel = new Button();
	final Button again = new Button();
	final Anchor quality = new Anchor("chat-luong");
	final H3 resultsTitle = new H3();
	final Grid<FileResult> results = new Grid<>();
	final Paragraph linesNote = new Paragraph();
	final Anchor checkReport = new Anchor();
	final Grid<RejectReport.Line> lines = new Grid<>();
	/** The office's template: committee, half-year, download. */
	final Select<Committee> templateCommittee = new Select<>();
	final Select<HalfYear> templatePeriod = new Select<>();
	final Anchor templateDownload = new Anchor();
	private final TemplateDownloads downloads;

	/** Read by the upload requests' threads too. */
	volatile Step step = Step.EMPTY;
	/** The check or load running (or last run) in the background. */
	private CompletableFuture<Outcome> running = CompletableFuture.completedFuture(null);
	/** Done once the result of {@link #running} is on the page's queue ({@link UI#access}). */
	CompletableFuture<Void> work = CompletableFuture.completedFuture(null);
	private Outcome outcome;
	/** The report of the last check, kept for download until the files are loaded or discarded. */
	private Optional<Path> checkFile = Optional.empty();
	/** A load was started: the files are no longer the screen's to delete. */
	private boolean loadStarted;
	private String failure;

	ImportView(UploadService uploads, AuditLog audit, TemplateDownloads downloads) {
		this.uploads = uploads;
		this.audit = audit;
		this.downloads = downloads;
		addClassName("import-view");

		upload.setUploadHandler(this::receive);
		upload.setMaxFiles(UploadService.MAX_FILES);
		upload.setMaxFileSize((int) Math.min(uploads.maxBytes(), Integer.MAX_VALUE));
		upload.setAcceptedFileTypes(UploadService.acceptedFileTypes());
		upload.setI18n(i18n());
		upload.setWidthFull();
		upload.addFileRemovedListener(e -> {
			if (step == Step.RECEIVED || step == Step.EMPTY) {
				batch.remove(UploadService.displayName(e.getFileName())).ifPresent(r -> uploads.discard(List.of(r), Optional.empty()));
				step = batch.isEmpty() ? Step.EMPTY : Step.RECEIVED;
				show();
			}
		});

		check.setText(getTranslation("upload.check"));
		check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		check.addClickListener(e -> check());
		confirm.setText(getTranslation("upload.confirm"));
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
		confirm.addClickListener(e -> confirm());
		cancel.setText(getTranslation("upload.cancel"));
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		cancel.addClickListener(e -> cancel());
		again.setText(getTranslation("upload.again"));
		again.addClickListener(e -> reset());
		quality.setText(getTranslation("upload.toQuality"));
		progress.setIndeterminate(true);

		results.addColumn(FileResult::name).setHeader(getTranslation("upload.file")).setAutoWidth(true).setFlexGrow(1);
		results.addColumn(f -> status(f.status())).setHeader(getTranslation("upload.status")).setAutoWidth(true);
		count(results, FileResult::read, "upload.read");
		count(results, FileResult::loaded, "upload.loaded");
		count(results, FileResult::rejected, "upload.rejected");
		count(results, FileResult::warnings, "upload.warnings");
		results.addColumn(f -> f.message() == null ? "" : f.message()).setHeader(getTranslation("upload.message")).setFlexGrow(2);
		results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		results.setAllRowsVisible(true);

		lines.addColumn(RejectReport.Line::fileName).setHeader(getTranslation("upload.file")).setAutoWidth(true);
		lines.addColumn(l -> l.problem().sheet()).setHeader(getTranslation("upload.sheet")).setAutoWidth(true);
		lines.addColumn(l -> l.problem().row() > 0 ? VietFormat.count(l.problem().row(), getLocale()) : "")
			.setHeader(getTranslation("upload.row")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
		lines.addColumn(l -> l.problem().column()).setHeader(getTranslation("upload.column")).setAutoWidth(true);
		lines.addColumn(l -> l.problem().value()).setHeader(getTranslation("upload.value")).setAutoWidth(true);
		lines.addColumn(l -> getTranslation(switch (l.problem().severity()) {
			case ERROR -> "upload.error";
			case WARNING -> "upload.warning";
			case INFO -> "upload.info";
		}))
			.setHeader(getTranslation("upload.severity")).setAutoWidth(true);
		lines.addColumn(l -> l.problem().reason()).setHeader(getTranslation("upload.reason")).setFlexGrow(3);
		lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		lines.setHeight("28em");
		checkReport.setText(getTranslation("upload.checkReport"));

		Paragraph help = new Paragraph(getTranslation("upload.help", String.valueOf(UploadService.MAX_FILES),
				size(uploads.maxBytes())));
		add(new H2(getTranslation("upload.title")), help, upload, status, progress, new HorizontalLayout(check, confirm, cancel, again),
				quality, resultsTitle, results, new HorizontalLayout(linesNote, checkReport), lines, templateSection());
		addDetachListener(e -> abandon());
		show();
	}

	/** The download of an office's template for a committee and a half-year (the same file as {@code blocstats template}). */
	private VerticalLayout templateSection() {
		templateCommittee.setLabel(getTranslation("upload.template.committee"));
		templateCommittee.setItemLabelGenerator(Committee::name);
		templateCommittee.setWidth("32em");
		try {
			templateCommittee.setItems(downloads.committees());
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("The committees cannot be read", e);
		}
		templatePeriod.setLabel(getTranslation("upload.template.period"));
		templatePeriod.setItems(TemplateDownloads.recentHalfYears(java.time.LocalDate.now()));
		templatePeriod.setItemLabelGenerator(h -> getTranslation("quality.half." + h.half(), String.valueOf(h.year())));
		templatePeriod.setValue(templatePeriod.getListDataView().getItems().findFirst().orElse(null));
		templateCommittee.getListDataView().getItems().findFirst().ifPresent(templateCommittee::setValue);
		templateDownload.setText(getTranslation("upload.template.download"));
		templateDownload.addClassName("upload-template-download");
		templateCommittee.addValueChangeListener(e -> showTemplateLink());
		templatePeriod.addValueChangeListener(e -> showTemplateLink());
		showTemplateLink();
		HorizontalLayout pickers = new HorizontalLayout(templateCommittee, templatePeriod, templateDownload);
		pickers.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		VerticalLayout section = new VerticalLayout(new H3(getTranslation("upload.template.title")),
				new Paragraph(getTranslation("upload.template.help")), pickers);
		section.setPadding(false);
		section.addClassName("upload-template");
		return section;
	}

	private void showTemplateLink() {
		Committee c = templateCommittee.getValue();
		HalfYear h = templatePeriod.getValue();
		templateDownload.setEnabled(c != null && h != null);
		if (c != null && h != null) {
			templateDownload.setHref(downloads.template(c.code(), h, null), AttachmentType.DOWNLOAD);
		}
	}

	/**
	 * Receives one file (on the upload's request thread, not holding the page): stores it under a
	 * server-made name, or refuses it; the page learns of it through {@link UI#access}.
	 */
	private void receive(UploadEvent event) throws java.io.IOException {
		UI ui = event.getUI();
		if (step != Step.EMPTY && step != Step.RECEIVED) {
			event.reject(getTranslation("upload.refused.busy"));
			return;
		}
		if (!batch.reserve()) {
			String message = getTranslation("upload.refused.count", String.valueOf(UploadService.MAX_FILES));
			event.reject(message);
			return;
		}
		try {
			Received r = uploads.store(event.getFileName(), event.getFileSize(), event.getInputStream());
			batch.add(r);
			ui.access(() -> {
				step = Step.RECEIVED;
				show();
			});
		}
		catch (Refused e) {
			batch.release();
			String message = getTranslation(e.key, e.name, size(uploads.maxBytes()), String.join(", ",
					UploadService.acceptedFileTypes()));
			event.reject(message);
			ui.access(() -> status.setText(message));
		}
		catch (java.io.IOException | RuntimeException e) {
			batch.release();
			throw e;
		}
	}

	/** Checks the files received: a dry run in the background. */
	void check() {
		if (step != Step.RECEIVED) {
			return;
		}
		List<Received> files = batch.files();
		// On the UI thread, where the signed-in user is known (the background task has no security context).
		audit.record(AuditAction.IMPORT, "kiểm tra (chạy thử) " + names(files));
		UI ui = UI.getCurrent();
		inBackground(Step.CHECKING, () -> uploads.check(files, p -> progressed(ui, p)), Step.CHECKED);
	}

	/** Loads the very files checked. */
	void confirm() {
		if (step != Step.CHECKED || outcome == null || outcome.loaded() == 0) {
			return;
		}
		List<Received> files = batch.files();
		Optional<Path> checked = checkFile;
		loadStarted = true;
		audit.record(AuditAction.IMPORT, "nạp " + names(files));
		String user = vn.blocstats.dashboard.audit.AuditLog.currentUser();
		UI ui = UI.getCurrent();
		inBackground(Step.LOADING, () -> {
			Outcome loaded = uploads.load(user, files, p -> progressed(ui, p));
			// The check's report is of no more use once the files are loaded; theirs are in the warehouse.
			uploads.discard(List.of(), checked);
			return loaded;
		}, Step.LOADED);
	}

	/**
	 * Deletes the files received and the check's report: the warehouse never saw them. After a load
	 * that failed, the files stay (those loaded before the failure are the lineage of their loads).
	 */
	void cancel() {
		if (step == Step.CHECKING || step == Step.LOADING || step == Step.LOADED) {
			return;
		}
		List<Received> files = batch.clear();
		uploads.discard(loadStarted ? List.of() : files, checkFile);
		reset();
	}

	/** The files as the audit names them: display name and size, the stored name in brackets. */
	private static String names(List<Received> files) {
		return files.stream()
			.map(f -> "“" + f.name() + "” (" + f.size() + " B, " + f.path().getFileName() + ")")
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** Ready for the next files. */
	private void reset() {
		if (step == Step.CHECKING || step == Step.LOADING) {
			return;
		}
		batch.clear();
		outcome = null;
		checkFile = Optional.empty();
		loadStarted = false;
		failure = null;
		upload.clearFileList();
		step = Step.EMPTY;
		show();
	}

	/** Leaving without confirming leaves no file behind (once a check still running has finished with them). */
	private void abandon() {
		if (step == Step.EMPTY || step == Step.LOADING || step == Step.LOADED) {
			return;
		}
		List<Received> files = loadStarted ? List.of() : batch.clear();
		Optional<Path> report = checkFile;
		running.whenComplete((done, error) -> uploads.discard(files,
				report.isPresent() || done == null ? report : done.report()));
	}

	/**
	 * A check or a load moved on (from its background thread): the bar shows the files done, the
	 * line which file is being read — or that the screens' figures are being refreshed.
	 */
	private void progressed(UI ui, UploadService.Progress p) {
		try {
			ui.access(() -> {
				if (step != Step.CHECKING && step != Step.LOADING) {
					return;
				}
				progress.setIndeterminate(p.refreshing());
				progress.setValue(p.refreshing() ? 1 : (p.file() - 1) / (double) Math.max(1, p.files()));
				status.setText(p.refreshing() ? getTranslation("upload.step.refreshing")
						: getTranslation(step == Step.CHECKING ? "upload.step.checkingFile" : "upload.step.loadingFile",
								String.valueOf(p.file()), String.valueOf(p.files()), p.name()));
			});
		}
		catch (UIDetachedException e) {
			// the screen was closed: the work goes on without it
		}
	}

	private void inBackground(Step busy, Supplier<Outcome> task, Step done) {
		UI ui = UI.getCurrent();
		step = busy;
		outcome = null;
		show();
		ui.setPollInterval(POLL_MS);
		this.running = uploads.inBackground(task);
		work = this.running.handle((result, error) -> {
			try {
				ui.access(() -> {
					ui.setPollInterval(-1);
					if (error == null) {
						outcome = result;
						if (result.dryRun()) {
							checkFile = result.report();
						}
						step = done;
					}
					else {
						Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
						log.error("The import screen's {} failed", busy == Step.CHECKING ? "check" : "load", cause);
						failure = cause.getMessage() == null ? cause.toString() : cause.getMessage();
						step = Step.FAILED;
					}
					show();
				});
			}
			catch (UIDetachedException e) {
				log.info("The import screen was closed before its {} ended", busy == Step.CHECKING ? "check" : "load");
			}
			return null;
		});
	}

	/** Shows the step: what can be done, what is running, what came out. */
	private void show() {
		int files = batch.files().size();
		upload.setEnabled(step == Step.EMPTY || step == Step.RECEIVED);
		check.setEnabled(step == Step.RECEIVED);
		confirm.setEnabled(step == Step.CHECKED && outcome != null && outcome.loaded() > 0);
		cancel.setEnabled(step == Step.RECEIVED || step == Step.CHECKED || step == Step.FAILED);
		again.setVisible(step == Step.LOADED);
		quality.setVisible(step == Step.LOADED);
		confirm.setVisible(step != Step.LOADED);
		cancel.setVisible(step != Step.LOADED);
		check.setVisible(step != Step.LOADED);
		progress.setVisible(step == Step.CHECKING || step == Step.LOADING);
		status.setText(switch (step) {
			case EMPTY -> getTranslation("upload.step.empty");
			case RECEIVED -> getTranslation("upload.step.received", String.valueOf(files));
			case CHECKING -> getTranslation("upload.step.checking", String.valueOf(files));
			case CHECKED -> outcome.loaded() > 0 ? getTranslation("upload.step.checked", totals(outcome))
					: getTranslation("upload.step.checked.nothing", totals(outcome));
			case LOADING -> getTranslation("upload.step.loading", String.valueOf(files));
			case LOADED -> getTranslation("upload.step.loaded", totals(outcome));
			case FAILED -> getTranslation("upload.step.failed", failure);
		});
		boolean haveResults = outcome != null && (step == Step.CHECKED || step == Step.LOADED);
		resultsTitle.setVisible(haveResults);
		results.setVisible(haveResults);
		lines.setVisible(haveResults && !outcome.lines().isEmpty());
		linesNote.setVisible(haveResults);
		checkReport.setVisible(haveResults && outcome.report().isPresent() && !outcome.lines().isEmpty());
		if (haveResults) {
			resultsTitle.setText(getTranslation(outcome.dryRun() ? "upload.results.check" : "upload.results.load"));
			results.setItems(outcome.files());
			lines.setItems(outcome.lines());
			linesNote.setText(outcome.lines().isEmpty() ? getTranslation("upload.lines.none")
					: outcome.allLinesShown() ? getTranslation("upload.lines.all", VietFormat.count(outcome.lines().size(), getLocale()))
							: getTranslation("upload.lines.first", VietFormat.count(outcome.lines().size(), getLocale())));
			outcome.report().ifPresent(r -> checkReport.setHref(DownloadHandler.forFile(r.toFile(), "kiem-tra.csv"),
					AttachmentType.DOWNLOAD));
		}
	}

	/** "đọc 57 dòng, nạp 35, loại 22, 4 cảnh báo" of an outcome, as one text argument. */
	private String totals(Outcome o) {
		long read = o.files().stream().mapToLong(FileResult::read).sum();
		long rejected = o.files().stream().mapToLong(FileResult::rejected).sum();
		long warnings = o.files().stream().mapToLong(FileResult::warnings).sum();
		return getTranslation("upload.totals", String.valueOf(o.files().size()), VietFormat.count(read, getLocale()),
				VietFormat.count(o.loaded(), getLocale()), VietFormat.count(rejected, getLocale()),
				VietFormat.count(warnings, getLocale()));
	}

	private String status(String status) {
		return switch (status) {
			case "LOADED", "PARTIAL", "REJECTED", "DUPLICATE", "UNREADABLE", "FAILED" -> getTranslation("upload.result." + status);
			default -> status;
		};
	}

	private <T> void count(Grid<T> grid, ValueProvider<T, Long> value, String header) {
		grid.addColumn(r -> VietFormat.count(value.apply(r), getLocale())).setHeader(getTranslation(header))
			.setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
	}

	/** A size limit for people: "100 MB", "20 KB". */
	private String size(long bytes) {
		long mb = 1024 * 1024;
		return bytes >= mb ? VietFormat.decimal(bytes / (double) mb, bytes % mb == 0 ? 0 : 1, getLocale()) + " MB"
				: VietFormat.count(Math.round(bytes / 1024.0), getLocale()) + " KB";
	}

	private UploadI18N i18n() {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.i18n.add")).setMany(getTranslation("upload.i18n.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.i18n.drop"))
			.setMany(getTranslation("upload.i18n.drop")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.i18n.tooMany", String.valueOf(UploadService.MAX_FILES)))
			.setFileIsTooBig(getTranslation("upload.i18n.tooBig", size(uploads.maxBytes())))
			.setIncorrectFileType(getTranslation("upload.i18n.type")));
		return i18n;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("upload.pageTitle");
	}
}
