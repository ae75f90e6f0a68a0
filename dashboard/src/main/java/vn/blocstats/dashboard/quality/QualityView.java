package vn.blocstats.dashboard.quality;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.export.TableDownloads;
import vn.blocstats.dashboard.ui.GridTable;
import com.vaadin.flow.spring.security.AuthenticationContext;

import vn.blocstats.dashboard.quality.QualityService.HistoryRow;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries.Completeness;
import vn.blocstats.warehouse.quality.QualityQueries.Flag;
import vn.blocstats.warehouse.quality.QualityQueries.Issue;
import vn.blocstats.warehouse.quality.QualityQueries.Load;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.rules.ValidationRule;
import vn.blocstats.warehouse.rules.ValidationRules;
import vn.blocstats.warehouse.rules.ValidationRules.Violation;

/**
 * "Chất lượng số liệu": four tabs (the shown tab's content only is on the page). <em>Import history</em> lists the newest imports; choosing one
 * lists its rejected rows and warnings and offers its reject report (CSV) for download — by
 * default the newest load. <em>Completeness</em> shows, per half-year, how many of the committee's
 * grassroots units reported, and which did not for the chosen half-year — the reminders: the
 * committee's template for that half-year, the list (XLSX, CSV), a letter (DOCX) and each unit's
 * own template ({@link TemplateDownloads}). <em>Flags</em> lists the
 * disagreements the views found under the committee, each explained. <em>Validation rules</em>
 * lists the rules' violations under the committee and the rules themselves; an administrator adds
 * a rule there, or disables and enables the one selected. Everything chosen lives in the
 * URL ({@link QualityFilter}): a change navigates to the new URL, and opening a URL shows what it
 * names. Only the shown tab's data is read.
 */
@Route("chat-luong")
@PermitAll
class QualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, vn.blocstats.dashboard.ui.ShownView {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
	/** The kinds of {@code v_flag} explained in the bundle; another kind shows the view's own text. */
	private static final Set<String> FLAG_KINDS = Set.of("own_vs_units", "span_parts", "ky_vs_luy_ke", "luy_ke_falls",
			"luy_ke_no_term", "parts_vs_total", "parts_incomplete");

	private final QualityService quality;
	private QualityFilter shown = new QualityFilter(QualityFilter.Tab.HISTORY, Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty());

	final Select<Committee> committee = new Select<>();
	final Select<Integer> year = new Select<>();
	final Tabs tabs = new Tabs();
	private final VerticalLayout tabContent = new VerticalLayout();
	private final Tab historyTab = new Tab();
	private final Tab completenessTab = new Tab();
	private final Tab flagsTab = new Tab();
	private final Tab rulesTab = new Tab();
	private final VerticalLayout historyContent;
	private final VerticalLayout completenessContent;
	private final VerticalLayout flagsContent;
	private final VerticalLayout rulesContent;
	/** The signed-in user may edit the rules. */
	private final boolean admin;
	/** A failed refresh of the figure tables: what happened, and (for stewards and admins) a retry. */
	final HorizontalLayout refreshFailed = new HorizontalLayout();
	final Span refreshFailedText = new Span();
	final Button retryRefresh = new Button();

	final Grid<HistoryRow> history = new Grid<>();
	final H3 issuesTitle = new H3();
	final Anchor download = new Anchor();
	final Grid<Issue> issues = new Grid<>();

	final Grid<Completeness> completeness = new Grid<>();
	final H3 missingTitle = new H3();
	final Grid<Unit> missing = new Grid<>();
	/** The reminders of the chosen half-year: the committee's template, the list (XLSX, CSV) and the letter (DOCX). */
	final HorizontalLayout reminders = new HorizontalLayout();
	final Anchor committeeTemplate = new Anchor();
	final Anchor remindersXlsx = new Anchor();
	final Anchor remindersCsv = new Anchor();
	final Anchor remindersDocx = new Anchor();
	private final TemplateDownloads downloads;
	private final AuditLog audit;
	private final vn.blocstats.dashboard.demo.DemoWarehouse demo;
	/** Each grid's columns, declared once for the screen and for its download. */
	private final GridTable<HistoryRow> historyTable;
	private final GridTable<Completeness> completenessTable;
	private final GridTable<Flag> flagsTable;
	private final GridTable<Violation> violationsTable;
	private final GridTable<ValidationRule> rulesTable;
	/** "Tải bảng" of each grid. */
	TableDownloads historyDownloads;
	TableDownloads completenessDownloads;
	TableDownloads flagsDownloads;
	TableDownloads violationsDownloads;
	TableDownloads rulesDownloads;
	/** The committee and half-year whose reminders are shown (for the per-unit template links). */
	private HalfYear remindersPeriod;

	final Paragraph flagsNote = new Paragraph();
	final Grid<Flag> flags = new Grid<>();

	final Paragraph violationsNote = new Paragraph();
	final Grid<Violation> violations = new Grid<>();
	final Grid<ValidationRule> rules = new Grid<>();
	final Span ruleMessage = new Span();
	final TextField ruleCode = new TextField();
	final TextField ruleExpression = new TextField();
	final TextField ruleVi = new TextField();
	final TextField ruleEn = new TextField();
	final Select<String> ruleImportance = new Select<>();
	final Button addRule = new Button();
	final Button toggleRule = new Button();
	final HorizontalLayout ruleForm;
	private final HorizontalLayout ruleSelected;
	private MetricCatalog catalog;

	/** The committee whose completeness was read last, and what was read (read again only for another committee). */
	private String completenessOf;
	private List<Completeness> allCompleteness = List.of();
	private String flagsOf;
	private List<Flag> allFlags = List.of();

	QualityView(QualityService quality, TemplateDownloads downloads, AuthenticationContext auth, AuditLog audit,
			vn.blocstats.dashboard.demo.DemoWarehouse demo) throws SQLException {
		this.quality = quality;
		this.downloads = downloads;
		this.audit = audit;
		this.demo = demo;
		historyTable = new GridTable<>(history, getLocale());
		completenessTable = new GridTable<>(completeness, getLocale());
		flagsTable = new GridTable<>(flags, getLocale());
		violationsTable = new GridTable<>(violations, getLocale());
		rulesTable = new GridTable<>(rules, getLocale());
		this.admin = auth.hasRole("ADMIN");
		addClassName("quality-view");
		setSizeFull();

		committee.setLabel(getTranslation("quality.committee"));
		committee.setItemLabelGenerator(Committee::name);
		committee.setItems(quality.committees());
		committee.setWidth("32em");
		committee.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				navigate(shown.with(Optional.ofNullable(e.getValue()).map(Committee::code), shown.year(), Optional.empty()));
			}
		});
		year.setLabel(getTranslation("quality.year"));
		year.setEmptySelectionAllowed(true);
		year.setEmptySelectionCaption(getTranslation("quality.year.all"));
		year.setItemLabelGenerator(y -> y == null ? getTranslation("quality.year.all") : String.valueOf(y));
		year.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				navigate(shown.with(shown.committee(), Optional.ofNullable(e.getValue()), Optional.empty()));
			}
		});
		HorizontalLayout filters = new HorizontalLayout(committee, year);
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		filters.addClassName("quality-filters");

		historyTab.setLabel(getTranslation("quality.tab.history"));
		completenessTab.setLabel(getTranslation("quality.tab.completeness"));
		flagsTab.setLabel(getTranslation("quality.tab.flags"));
		rulesTab.setLabel(getTranslation("quality.tab.rules"));
		tabs.add(historyTab, completenessTab, flagsTab, rulesTab);
		tabs.setWidthFull();
		tabs.addSelectedChangeListener(e -> {
			if (e.isFromClient()) {
				navigate(shown.with(tabOf(e.getSelectedTab())));
			}
		});
		historyContent = historyContent();
		completenessContent = completenessContent();
		flagsContent = flagsContent();
		ruleForm = new HorizontalLayout(ruleCode, ruleExpression, ruleImportance, ruleVi, ruleEn, addRule);
		ruleSelected = new HorizontalLayout(toggleRule);
		rulesContent = rulesContent();
		tabContent.setPadding(false);
		tabContent.setWidthFull();
		add(new H2(getTranslation("quality.title")), refreshFailed, filters, tabs, tabContent);
		refreshFailed.addClassName("quality-refresh-failed");
		refreshFailed.setWidthFull();
		refreshFailed.setAlignItems(FlexComponent.Alignment.CENTER);
		retryRefresh.setText(getTranslation("quality.refreshRetry"));
		retryRefresh.setVisible(admin || auth.hasRole("STEWARD"));
		retryRefresh.addClickListener(e -> {
			try {
				quality.retryRefresh();
				Notification.show(getTranslation("quality.refreshRetried"));
			}
			catch (IllegalStateException ex) {
				// Shown again below, with the new reason.
			}
			showRefreshState();
		});
		refreshFailed.add(refreshFailedText, retryRefresh);
		refreshFailed.setFlexGrow(1, refreshFailedText);
		showRefreshState();
	}

	/** The notice of a failed refresh of the figure tables (hidden when they hold every load). */
	private void showRefreshState() {
		Optional<vn.blocstats.etl.load.ImportService.RefreshFailure> failure;
		try {
			failure = quality.refreshFailure();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the figure tables' state", e);
		}
		refreshFailed.setVisible(failure.isPresent());
		failure.ifPresent(f -> refreshFailedText.setText(getTranslation("quality.refreshFailed", dateTime(f.at()), f.reason())));
	}

	/** Who imported: a user's name as it is, the command line with its system user, the inbox, the sample data. */
	String importer(String who) {
		if (who == null) {
			return "";
		}
		if (who.startsWith("cli:")) {
			return getTranslation("quality.importer.cli", who.substring("cli:".length()));
		}
		return switch (who) {
			case "inbox" -> getTranslation("quality.importer.inbox");
			case "sample" -> getTranslation("quality.importer.sample");
			default -> who;
		};
	}

	private VerticalLayout historyContent() {
		// Only the file and the message take the room left: the other columns keep their measured width, so
		// that header and rows line up.
		historyTable.text(getTranslation("quality.history.started"), r -> dateTime(r.started())).setAutoWidth(true).setFlexGrow(0);
		// A long path is cut (whole in its tooltip) rather than pushing the counts and the message off the screen.
		// Widths in rem: an em is smaller in the header's smaller font, and header and rows would not line up.
		historyTable.text(getTranslation("quality.history.file"), HistoryRow::file).setWidth("9rem").setFlexGrow(1)
			.setTooltipGenerator(HistoryRow::file);
		historyTable.text(getTranslation("quality.history.importer"), r -> importer(r.importer())).setWidth("11rem")
			.setFlexGrow(0).setTooltipGenerator(r -> importer(r.importer()));
		historyTable.text(getTranslation("quality.history.status"),
				r -> r.dryRun() ? getTranslation("quality.status.dryRun", status(r.status())) : status(r.status()))
			.setAutoWidth(true).setFlexGrow(0);
		historyTable.number(getTranslation("quality.history.read"), DataTable.Kind.COUNT, HistoryRow::read);
		historyTable.number(getTranslation("quality.history.loaded"), DataTable.Kind.COUNT, HistoryRow::loaded);
		historyTable.number(getTranslation("quality.history.rejected"), DataTable.Kind.COUNT, HistoryRow::rejected);
		historyTable.number(getTranslation("quality.history.warnings"), DataTable.Kind.COUNT, HistoryRow::warnings);
		historyTable.number(getTranslation("quality.history.seconds"), DataTable.Kind.DECIMAL, r -> r.seconds() < 0 ? null : r.seconds());
		historyTable.text(getTranslation("quality.history.message"), HistoryRow::message).setWidth("7rem").setFlexGrow(1);
		historyDownloads = new TableDownloads(() -> table(historyTable, getTranslation("quality.export.history"), null), audit, demo);
		history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		history.setHeight("22em");
		history.asSingleSelect().addValueChangeListener(e -> {
			if (e.isFromClient()) {
				HistoryRow row = e.getValue();
				if (row != null && row.loadId() != null) {
					navigate(shown.withLoad(row.loadId()));
				}
				else {
					// An import that left no load (a dry run) has no rows to show: keep the load shown.
					selectLoadRow();
				}
			}
		});

		// The reason first after where it is (the file is named in the title above): read without scrolling,
		// wrapped in its cell; the value and column it concerns after it.
		issues.addColumn(i -> getTranslation("quality.issue." + ("error".equals(i.severity()) ? "error"
				: "info".equals(i.severity()) ? "info" : "warning")))
			.setHeader(getTranslation("quality.issue.severity")).setAutoWidth(true).setFlexGrow(0);
		issues.addColumn(Issue::sheet).setHeader(getTranslation("quality.issue.sheet")).setAutoWidth(true).setFlexGrow(0);
		issues.addColumn(i -> i.row() > 0 ? VietFormat.count(i.row(), getLocale()) : "")
			.setHeader(getTranslation("quality.issue.row")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
		issues.addColumn(Issue::reason).setHeader(getTranslation("quality.issue.reason")).setFlexGrow(1).setWidth("24rem");
		issues.addColumn(Issue::column).setHeader(getTranslation("quality.issue.column")).setAutoWidth(true).setFlexGrow(0);
		issues.addColumn(Issue::value).setHeader(getTranslation("quality.issue.value")).setAutoWidth(true).setFlexGrow(0);
		issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		issues.setHeight("24em");
		download.setText(getTranslation("quality.report.download"));
		download.addClassName("quality-report-download");
		HorizontalLayout heading = new HorizontalLayout(issuesTitle, download);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		VerticalLayout content = new VerticalLayout(toolbar(historyDownloads), history, heading, issues);
		content.setPadding(false);
		return content;
	}

	private VerticalLayout completenessContent() {
		completenessTable.text(getTranslation("quality.completeness.period"), c -> halfYear(c.period())).setAutoWidth(true);
		completenessTable.number(getTranslation("quality.completeness.reported"), DataTable.Kind.COUNT, Completeness::reported);
		completenessTable.number(getTranslation("quality.completeness.expected"), DataTable.Kind.COUNT, Completeness::expected);
		completenessTable.number(getTranslation("quality.completeness.share"), DataTable.Kind.PERCENT, Completeness::sharePct);
		completenessTable.number(getTranslation("quality.completeness.missing"), DataTable.Kind.COUNT, Completeness::missing);
		completenessDownloads = new TableDownloads(() -> table(completenessTable, getTranslation("quality.export.completeness"),
				committee.getValue()), audit, demo);
		completeness.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		completeness.setHeight("22em");
		completeness.asSingleSelect().addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				navigate(shown.with(shown.committee(), shown.year(), Optional.of(e.getValue().period())));
			}
		});
		missing.addColumn(Unit::code).setHeader(getTranslation("quality.missing.code")).setAutoWidth(true);
		missing.addColumn(Unit::name).setHeader(getTranslation("quality.missing.name")).setFlexGrow(1);
		missing.addColumn(u -> getTranslation("quality.unitType." + u.type())).setHeader(getTranslation("quality.missing.type"))
			.setAutoWidth(true);
		missing.addComponentColumn(u -> {
			Anchor a = new Anchor();
			a.setText(getTranslation("quality.missing.templateLink"));
			a.addClassName("quality-unit-template");
			if (committee.getValue() != null && remindersPeriod != null) {
				a.setHref(downloads.template(committee.getValue().code(), remindersPeriod, u.code()), AttachmentType.DOWNLOAD);
			}
			return a;
		}).setHeader(getTranslation("quality.missing.template")).setAutoWidth(true);
		missing.addThemeVariants(GridVariant.LUMO_COMPACT);
		missing.setHeight("20em");
		committeeTemplate.setText(getTranslation("quality.reminders.template"));
		remindersXlsx.setText(getTranslation("quality.reminders.xlsx"));
		remindersCsv.setText(getTranslation("quality.reminders.csv"));
		remindersDocx.setText(getTranslation("quality.reminders.docx"));
		Span remindersTitle = new Span(getTranslation("quality.reminders.title") + ":");
		reminders.add(remindersTitle, committeeTemplate, remindersXlsx, remindersCsv, remindersDocx);
		reminders.addClassName("quality-reminders");
		reminders.setAlignItems(FlexComponent.Alignment.BASELINE);
		reminders.setVisible(false);
		Paragraph about = new Paragraph(getTranslation("quality.completeness.about"));
		about.addClassName("quality-about");
		VerticalLayout content = new VerticalLayout(toolbar(about, completenessDownloads), completeness, missingTitle, reminders, missing);
		content.setPadding(false);
		return content;
	}

	private VerticalLayout flagsContent() {
		flagsTable.text(getTranslation("quality.flags.kind"),
				f -> FLAG_KINDS.contains(f.kind()) ? getTranslation("quality.flag." + f.kind()) : f.kind()).setAutoWidth(true);
		flagsTable.text(getTranslation("quality.flags.unit"), f -> f.orgName() + " (" + f.orgCode() + ")").setAutoWidth(true);
		flagsTable.text(getTranslation("quality.flags.metric"), f -> isVietnamese() ? f.metricVi() : f.metricEn()).setAutoWidth(true);
		flagsTable.text(getTranslation("quality.flags.period"), f -> span(f.periodStart(), f.periodEnd())).setAutoWidth(true);
		flagsTable.number(getTranslation("quality.flags.reported"), DataTable.Kind.DECIMAL, Flag::reported);
		flagsTable.number(getTranslation("quality.flags.expected"), DataTable.Kind.DECIMAL, Flag::expected);
		flagsTable.text(getTranslation("quality.flags.meaning"),
				f -> FLAG_KINDS.contains(f.kind()) ? getTranslation("quality.flag." + f.kind() + ".meaning") : f.detail()).setFlexGrow(3);
		flagsDownloads = new TableDownloads(() -> table(flagsTable, getTranslation("quality.export.flags"), committee.getValue()), audit, demo);
		flags.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		flags.setHeight("30em");
		VerticalLayout content = new VerticalLayout(toolbar(flagsNote, flagsDownloads), flags);
		content.setPadding(false);
		return content;
	}

	private VerticalLayout rulesContent() {
		violationsTable.text(getTranslation("quality.flags.unit"), v -> v.orgName() + " (" + v.orgCode() + ")").setAutoWidth(true);
		violationsTable.text(getTranslation("quality.flags.period"), v -> "luy_ke".equals(v.basis()) ? VietFormat.date(v.periodEnd(), getLocale())
				: span(v.periodStart(), v.periodEnd())).setAutoWidth(true);
		violationsTable.text(getTranslation("quality.rules.rule"), v -> isVietnamese() ? v.rule().explanationVi() : v.rule().explanationEn())
			.setFlexGrow(2);
		violationsTable.text(getTranslation("quality.rules.sides"), v -> ValidationRules.sides(v, catalog, getLocale())).setFlexGrow(3);
		violationsDownloads = new TableDownloads(() -> table(violationsTable, getTranslation("quality.export.violations"),
				committee.getValue()), audit, demo);
		violations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		violations.setHeight("22em");

		rulesTable.text(getTranslation("quality.rules.code"), ValidationRule::code).setAutoWidth(true);
		rulesTable.text(getTranslation("quality.rules.expression"), ValidationRule::expression).setFlexGrow(2);
		rulesTable.text(getTranslation("quality.rules.importance"), r -> getTranslation("quality.rules.importance." + r.importance()))
			.setAutoWidth(true);
		rulesTable.text(getTranslation("quality.rules.state"),
				r -> getTranslation(r.enabled() ? "quality.rules.enabled" : "quality.rules.disabled")).setAutoWidth(true);
		rulesTable.text(getTranslation("quality.rules.origin"), r -> getTranslation("quality.rules.origin." + r.origin())).setAutoWidth(true);
		rulesTable.text(getTranslation("quality.rules.explanation"), r -> isVietnamese() ? r.explanationVi() : r.explanationEn())
			.setFlexGrow(3);
		rulesDownloads = new TableDownloads(() -> table(rulesTable, getTranslation("quality.export.rules"), null), audit, demo);
		rules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		rules.setHeight("22em");
		rules.addSelectionListener(e -> showSelectedRule());

		ruleCode.setLabel(getTranslation("quality.rules.code"));
		ruleCode.setPlaceholder("members_assessed_le_total");
		ruleExpression.setLabel(getTranslation("quality.rules.expression"));
		ruleExpression.setPlaceholder("members_assessed <= members_total");
		ruleExpression.setWidth("24em");
		ruleVi.setLabel(getTranslation("quality.rules.explanationVi"));
		ruleVi.setWidth("24em");
		ruleEn.setLabel(getTranslation("quality.rules.explanationEn"));
		ruleImportance.setLabel(getTranslation("quality.rules.importance"));
		ruleImportance.setItems(ValidationRule.IMPORTANCE);
		ruleImportance.setItemLabelGenerator(i -> getTranslation("quality.rules.importance." + i));
		ruleImportance.setValue("medium");
		addRule.setText(getTranslation("quality.rules.add"));
		addRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		addRule.addClickListener(e -> actOnRule(() -> {
			ValidationRule r = ValidationRule.of(ruleCode.getValue().strip(), ruleExpression.getValue(), ruleImportance.getValue(),
					ruleVi.getValue(), ruleEn.getValue());
			quality.addRule(r);
			ruleCode.clear();
			ruleExpression.clear();
			ruleVi.clear();
			ruleEn.clear();
			return getTranslation("quality.rules.added", r.code());
		}));
		toggleRule.addClickListener(e -> actOnRule(() -> {
			ValidationRule r = rules.asSingleSelect().getValue();
			if (r == null) {
				throw new IllegalArgumentException(getTranslation("quality.rules.noneSelected"));
			}
			quality.setRuleEnabled(r.code(), !r.enabled());
			return getTranslation(r.enabled() ? "quality.rules.disabledNow" : "quality.rules.enabledNow", r.code());
		}));
		ruleForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		ruleForm.setWrap(true);
		ruleForm.setVisible(admin);
		ruleSelected.setVisible(admin);
		ruleMessage.addClassName("quality-rule-message");
		Paragraph about = new Paragraph(getTranslation("quality.rules.about"));
		about.addClassName("quality-about");
		VerticalLayout content = new VerticalLayout(about, toolbar(violationsNote, violationsDownloads), violations,
				toolbar(new H3(getTranslation("quality.rules.title")), rulesDownloads), ruleMessage, rules, ruleSelected, ruleForm);
		content.setPadding(false);
		showSelectedRule();
		return content;
	}

	/** Runs an administrator's change of the rules; says its outcome (or why it was refused) and reads the tab again. */
	private void actOnRule(java.util.function.Supplier<String> change) {
		String keep = rules.asSingleSelect().getValue() == null ? null : rules.asSingleSelect().getValue().code();
		try {
			ruleMessage.setText(change.get());
			ruleMessage.getElement().getThemeList().set("error", false);
			violationsOf = null;
		}
		catch (IllegalArgumentException e) {
			ruleMessage.setText(e.getMessage());
			ruleMessage.getElement().getThemeList().set("error", true);
		}
		try {
			showRules(shown, Optional.ofNullable(committee.getValue()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("The rules cannot be read", e);
		}
		if (keep != null) {
			rules.getListDataView().getItems().filter(r -> r.code().equals(keep)).findFirst().ifPresent(rules::select);
		}
	}

	private void showSelectedRule() {
		ValidationRule r = rules.asSingleSelect().getValue();
		toggleRule.setEnabled(r != null);
		toggleRule.setText(getTranslation(r != null && !r.enabled() ? "quality.rules.enable" : "quality.rules.disable"));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QualityFilter filter = QualityFilter.of(event.getLocation().getQueryParameters());
		List<Committee> committees = committee.getListDataView().getItems().toList();
		Optional<Committee> c = filter.committee()
			.flatMap(code -> committees.stream().filter(x -> x.code().equals(code)).findFirst())
			.or(() -> committees.stream().findFirst());
		committee.setValue(c.orElse(null));
		tabs.setSelectedTab(switch (filter.tab()) {
			case HISTORY -> historyTab;
			case COMPLETENESS -> completenessTab;
			case FLAGS -> flagsTab;
			case RULES -> rulesTab;
		});
		tabContent.removeAll();
		tabContent.add(switch (filter.tab()) {
			case HISTORY -> historyContent;
			case COMPLETENESS -> completenessContent;
			case FLAGS -> flagsContent;
			case RULES -> rulesContent;
		});
		year.setVisible(filter.tab() != QualityFilter.Tab.HISTORY);
		committee.setVisible(filter.tab() != QualityFilter.Tab.HISTORY);
		try {
			switch (filter.tab()) {
				case HISTORY -> shown = showHistory(filter);
				case COMPLETENESS -> shown = showCompleteness(filter, c);
				case FLAGS -> shown = showFlags(filter, c);
				case RULES -> shown = showRules(filter, c);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The data-quality screen cannot read the warehouse", e);
		}
	}

	/** The history, and the issues of the load the filter names (else of the newest load). */
	private QualityFilter showHistory(QualityFilter filter) throws SQLException {
		List<HistoryRow> rows = quality.history();
		history.setItems(rows);
		historyDownloads.setAvailable(!rows.isEmpty());
		Optional<Load> load = filter.load().flatMap(this::load)
			.or(() -> rows.stream().filter(r -> r.loadId() != null).findFirst().flatMap(r -> load(r.loadId())));
		QualityFilter now = new QualityFilter(filter.tab(), filter.committee(), filter.year(), filter.period(),
				load.map(Load::loadId));
		shown = now;
		selectLoadRow();
		if (load.isEmpty()) {
			issuesTitle.setText(getTranslation("quality.issues.none"));
			issues.setItems(List.of());
			download.setVisible(false);
			return now;
		}
		Load l = load.get();
		long id = l.loadId();
		int count = quality.issueCount(id);
		issuesTitle.setText(getTranslation("quality.issues.title", String.valueOf(id), l.fileName(), VietFormat.count(count, getLocale())));
		issues.setItems(query -> {
			try {
				return quality.issues(id, query.getOffset(), query.getLimit()).stream();
			}
			catch (SQLException e) {
				throw new IllegalStateException("The issues of load " + id + " cannot be read", e);
			}
		}, query -> count);
		download.setHref(reportDownload(id), AttachmentType.DOWNLOAD);
		download.setVisible(true);
		return now;
	}

	private DownloadHandler reportDownload(long loadId) {
		return event -> {
			event.setFileName(QualityService.reportName(loadId));
			event.setContentType("text/csv; charset=UTF-8");
			try {
				quality.writeReport(loadId, event.getOutputStream());
			}
			catch (SQLException e) {
				throw new IllegalStateException("The report of load " + loadId + " cannot be read", e);
			}
		};
	}

	private Optional<Load> load(long id) {
		try {
			return quality.load(id);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Load " + id + " cannot be read", e);
		}
	}

	/** Selects the history row of the load shown (none when it is not among the newest). */
	private void selectLoadRow() {
		Long id = shown.load().orElse(null);
		history.asSingleSelect().setValue(id == null ? null
				: history.getListDataView().getItems().filter(r -> id.equals(r.loadId())).findFirst().orElse(null));
	}

	private QualityFilter showCompleteness(QualityFilter filter, Optional<Committee> c) throws SQLException {
		String code = c.map(Committee::code).orElse(null);
		if (code != null && !code.equals(completenessOf)) {
			allCompleteness = quality.completeness(code);
			completenessOf = code;
		}
		List<Completeness> all = code == null ? List.of() : allCompleteness;
		Optional<Integer> y = years(all.stream().map(x -> x.period().year()).toList(), filter.year());
		List<Completeness> rows = all.stream().filter(x -> y.isEmpty() || x.period().year() == y.get()).toList();
		completeness.setItems(rows);
		completenessDownloads.setAvailable(!rows.isEmpty());
		Optional<Completeness> chosen = filter.period().flatMap(p -> rows.stream().filter(x -> x.period().equals(p)).findFirst())
			.or(() -> rows.stream().findFirst());
		completeness.asSingleSelect().setValue(chosen.orElse(null));
		if (chosen.isEmpty()) {
			missingTitle.setText(getTranslation("quality.completeness.none"));
			remindersPeriod = null;
			reminders.setVisible(false);
			missing.setItems(List.of());
		}
		else {
			HalfYear period = chosen.get().period();
			remindersPeriod = period;
			committeeTemplate.setHref(downloads.template(code, period, null), AttachmentType.DOWNLOAD);
			remindersXlsx.setHref(downloads.reminders(code, period, "xlsx"), AttachmentType.DOWNLOAD);
			remindersCsv.setHref(downloads.reminders(code, period, "csv"), AttachmentType.DOWNLOAD);
			remindersDocx.setHref(downloads.reminders(code, period, "docx"), AttachmentType.DOWNLOAD);
			reminders.setVisible(true);
			List<Unit> units = quality.missing(code, chosen.get().period());
			missingTitle.setText(getTranslation("quality.missing.title", halfYear(chosen.get().period()),
					VietFormat.count(units.size(), getLocale())));
			missing.setItems(units);
		}
		return new QualityFilter(filter.tab(), c.map(Committee::code), y, chosen.map(Completeness::period), filter.load());
	}

	private QualityFilter showFlags(QualityFilter filter, Optional<Committee> c) throws SQLException {
		String code = c.map(Committee::code).orElse(null);
		if (code != null && !code.equals(flagsOf)) {
			allFlags = quality.flags(code);
			flagsOf = code;
		}
		List<Flag> all = code == null ? List.of() : allFlags;
		Optional<Integer> y = years(all.stream().map(f -> f.periodEnd().getYear()).toList(), filter.year());
		List<Flag> rows = all.stream().filter(f -> y.isEmpty() || f.periodEnd().getYear() == y.get()).toList();
		flags.setItems(rows);
		flagsDownloads.setAvailable(!rows.isEmpty());
		flagsNote.setText(rows.isEmpty() ? getTranslation("quality.flags.none")
				: getTranslation("quality.flags.count", VietFormat.count(rows.size(), getLocale())));
		return new QualityFilter(filter.tab(), c.map(Committee::code), y, filter.period(), filter.load());
	}

	private String violationsOf;
	private List<Violation> allViolations = List.of();

	private QualityFilter showRules(QualityFilter filter, Optional<Committee> c) throws SQLException {
		if (catalog == null) {
			catalog = quality.catalog();
		}
		String code = c.map(Committee::code).orElse(null);
		if (code != null && !code.equals(violationsOf)) {
			allViolations = quality.violations(code);
			violationsOf = code;
		}
		List<Violation> all = code == null ? List.of() : allViolations;
		Optional<Integer> y = years(all.stream().map(v -> v.periodEnd().getYear()).toList(), filter.year());
		List<Violation> rows = all.stream().filter(v -> y.isEmpty() || v.periodEnd().getYear() == y.get()).toList();
		violations.setItems(rows);
		violationsDownloads.setAvailable(!rows.isEmpty());
		violationsNote.setText(rows.isEmpty() ? getTranslation("quality.rules.none")
				: getTranslation("quality.rules.count", VietFormat.count(rows.size(), getLocale())));
		List<ValidationRule> ruleRows = quality.rules();
		rules.setItems(ruleRows);
		rulesDownloads.setAvailable(!ruleRows.isEmpty());
		showSelectedRule();
		return new QualityFilter(filter.tab(), c.map(Committee::code), y, filter.period(), filter.load());
	}

	/** Offers {@code years} (newest first) in the year select and chooses {@code wanted} if it is one of them. */
	private Optional<Integer> years(List<Integer> years, Optional<Integer> wanted) {
		List<Integer> distinct = new ArrayList<>(years.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList());
		year.setItems(distinct);
		Optional<Integer> y = wanted.filter(distinct::contains);
		year.setValue(y.orElse(null));
		return y;
	}

	private void navigate(QualityFilter next) {
		getUI().ifPresent(ui -> ui.navigate(QualityView.class, next.toQueryParameters()));
	}

	private QualityFilter.Tab tabOf(Tab tab) {
		return tab == completenessTab ? QualityFilter.Tab.COMPLETENESS
				: tab == flagsTab ? QualityFilter.Tab.FLAGS : tab == rulesTab ? QualityFilter.Tab.RULES : QualityFilter.Tab.HISTORY;
	}

	/**
	 * A grid's rows as downloaded: {@code caption} about the committee shown (and the year chosen), its
	 * source the committee; or, for {@code committee} null, about the whole warehouse, its source the
	 * warehouse's record at this moment.
	 */
	private TableDownloads.Table table(GridTable<?> grid, String caption, Committee committee) {
		String year = this.year.getValue() == null ? "" : getTranslation("quality.export.year", String.valueOf(this.year.getValue()));
		if (committee == null) {
			return new TableDownloads.Table(grid.table(), caption,
					getTranslation("quality.export.source", dateTime(LocalDateTime.now())));
		}
		return new TableDownloads.Table(grid.table(), caption + " — " + committee.name() + year, committee.name());
	}

	/** A line above a grid: what it holds on the left, its download on the right. */
	private static HorizontalLayout toolbar(com.vaadin.flow.component.Component... parts) {
		HorizontalLayout line = new HorizontalLayout(parts);
		line.setWidthFull();
		line.setAlignItems(FlexComponent.Alignment.BASELINE);
		// alone, the download sits on the right as it does beside a title
		line.setJustifyContentMode(parts.length == 1 ? FlexComponent.JustifyContentMode.END : FlexComponent.JustifyContentMode.BETWEEN);
		line.addClassName("grid-toolbar");
		return line;
	}

	private String status(String status) {
		return switch (status) {
			case "LOADED", "PARTIAL", "REJECTED", "DUPLICATE", "UNREADABLE", "FAILED", "STARTED" ->
				getTranslation("quality.status." + status);
			default -> getTranslation("quality.status.other", status);
		};
	}

	String halfYear(HalfYear h) {
		return getTranslation("quality.half." + h.half(), String.valueOf(h.year()));
	}

	private String dateTime(LocalDateTime t) {
		return t == null ? "" : VietFormat.date(t.toLocalDate(), getLocale()) + " " + TIME.format(t);
	}

	private String span(LocalDate start, LocalDate end) {
		return start.equals(end) ? VietFormat.date(end, getLocale())
				: VietFormat.date(start, getLocale()) + " – " + VietFormat.date(end, getLocale());
	}

	private boolean isVietnamese() {
		return !Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	/** The tab, committee, year, half-year and load shown now — the history tab named too, so a link keeps it. */
	@Override
	public com.vaadin.flow.router.QueryParameters shown() {
		java.util.Map<String, List<String>> p = new java.util.LinkedHashMap<>();
		p.put(QualityFilter.TAB, List.of(shown.tab().param));
		p.putAll(shown.toQueryParameters().getParameters());
		return new com.vaadin.flow.router.QueryParameters(p);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quality.pageTitle");
	}
}
