package vn.blocstats.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.blocstats.etl.report.Messages;
import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.Sources;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.table.TableKind;
import vn.blocstats.etl.table.TableLayout;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureTables;
import vn.blocstats.warehouse.rules.ValidationRules;

/**
 * Imports files and folders into the warehouse: orders them so that reference data (units,
 * terms, targets) is loaded before figures whatever the order given, runs the {@code importFile}
 * job for each file (one transaction per file), and writes the reject report.
 *
 * <p>One import at a time per process (DuckDB allows one writer): concurrent calls wait, and
 * {@link #exclusively} lets a caller (the inbox) hold the turn across several files. Before the
 * first import of a process, executions left running by a killed JVM are recovered
 * ({@link ImportRecovery}). Thread-safe.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);
	private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

	private final JobOperator jobOperator;
	private final JobRepository jobRepository;
	private final Job importFileJob;
	private final ObjectProvider<Warehouse> warehouse;
	private final ImportRecovery recovery;
	private final org.springframework.context.ApplicationEventPublisher events;
	private boolean recovered;
	/** A load was recorded during the current turn (guarded by the turn's lock). */
	private boolean changedInTurn;
	/** Why the last refresh of the figure tables failed; null when it succeeded (or none ran). */
	private volatile RefreshFailure refreshFailure;

	/**
	 * A refresh of the figure tables that failed: when, and DuckDB's reason. The loads it followed
	 * stand; the screens show the figures of the last complete refresh until one succeeds.
	 */
	public record RefreshFailure(LocalDateTime at, String reason) {

		/** What a run whose refresh failed says: on the command line, in a hand-off's answer, on the data quality screen. */
		public String message() {
			return "Các tệp đã nạp nhưng không cập nhật được bảng số liệu của các màn hình (" + reason
					+ "): màn hình và biểu đồ vẫn hiện số liệu trước lần nạp này. Hãy khắc phục (ví dụ: giải phóng đĩa) rồi chạy"
					+ " “blocstats refresh”; máy chủ tự thử lại ở lần nạp sau và khi khởi động.";
		}
	}

	ImportService(JobOperator jobOperator, JobRepository jobRepository, Job importFileJob,
			ObjectProvider<Warehouse> warehouse, ImportRecovery recovery, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importFileJob = importFileJob;
		this.warehouse = warehouse;
		this.recovery = recovery;
	}

	/**
	 * Runs {@code work} holding the process's one-import-at-a-time turn (waiting for it), after
	 * recovering interrupted executions if this is the process's first import. Reentrant: the
	 * import methods called inside take the same turn.
	 */
	public <T> T exclusively(Supplier<T> work) {
		ONE_AT_A_TIME.lock();
		try {
			if (!recovered) {
				recoverInterrupted();
			}
			T result = work.get();
			if (ONE_AT_A_TIME.getHoldCount() == 1 && changedInTurn) {
				refreshFigureTables();
			}
			return result;
		}
		finally {
			if (ONE_AT_A_TIME.getHoldCount() == 1) {
				changedInTurn = false;
				events.publishEvent(new WarehouseChanged());
			}
			ONE_AT_A_TIME.unlock();
		}
	}

	/**
	 * Brings the screens' figure tables up to date once a run has changed the warehouse, and after a
	 * full rebuild checks the validation rules for every unit ({@code rule_violation}). A failure leaves the
	 * loads as committed and the tables as they were (the screens show the last complete figures);
	 * it is logged and kept ({@link #refreshFailure()}: the import's exit code, the data quality
	 * screen), and the next run or the next start tries again.
	 */
	private void refreshFigureTables() {
		try {
			FigureTables.Refreshed refreshed = FigureTables.refreshChanged(warehouse.getObject());
			if (refreshed.full()) {
				log.info("Figure tables rebuilt in {} ms", refreshed.millis());
			}
			else {
				log.info("Figure tables: the {} units of the groups this run touched recomputed in {} ms", refreshed.units(),
						refreshed.millis());
			}
			if (refreshed.full()) {
				// A rule looks at one unit's own figures, which each import checked in its transaction for the
				// units it loaded; a full rebuild (new views after an upgrade, a change of structure) checks
				// every unit again, for a warehouse whose violations predate its rules.
				long r = System.nanoTime();
				try (DuckDBConnection c = warehouse.getObject().connection()) {
					ValidationRules.refreshAll(c);
				}
				log.info("Validation rules checked for every unit in {} ms", (System.nanoTime() - r) / 1_000_000);
			}
			refreshFailure = null;
		}
		catch (SQLException | RuntimeException e) {
			refreshFailure = new RefreshFailure(LocalDateTime.now(), String.valueOf(e.getMessage()));
			log.error("Cannot refresh the figure tables; the screens show the last complete figures until a refresh succeeds", e);
		}
	}

	/**
	 * Why the last refresh of the figure tables in this process failed, or empty when the last one
	 * succeeded (or none ran).
	 */
	public Optional<RefreshFailure> refreshFailure() {
		return Optional.ofNullable(refreshFailure);
	}

	/**
	 * Brings the figure tables up to date now, in the import turn: what the loads since the last
	 * refresh touched, or everything with {@code all}.
	 *
	 * @throws IllegalStateException when the refresh failed (the tables are as they were)
	 */
	public FigureTables.Refreshed refreshFigureTables(boolean all) {
		return exclusively(() -> {
			try {
				FigureTables.Refreshed r = all ? FigureTables.refresh(warehouse.getObject())
						: FigureTables.refreshChanged(warehouse.getObject());
				refreshFailure = null;
				return r;
			}
			catch (SQLException | RuntimeException e) {
				refreshFailure = new RefreshFailure(LocalDateTime.now(), String.valueOf(e.getMessage()));
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
	}

	/**
	 * Rebuilds the figure tables when they do not hold every load or were computed by older views (a
	 * process killed during a rebuild, a failed rebuild, a new version's views).
	 */
	private void refreshIfStale() {
		boolean fresh;
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			fresh = FigureTables.fresh(c);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the figure tables' state", e);
		}
		if (!fresh) {
			log.info("Figure tables are stale: rebuilding them");
			refreshFigureTables();
		}
	}

	/**
	 * Recovers now (holding the turn) the executions left running by a killed JVM: what the server
	 * does when it starts. Opens the warehouse read-write.
	 *
	 * @throws RuntimeException (caused by a {@link vn.blocstats.warehouse.WarehouseException}) when
	 *     another process holds the warehouse
	 */
	public List<ImportRecovery.Recovered> recoverInterrupted() {
		ONE_AT_A_TIME.lock();
		try {
			List<ImportRecovery.Recovered> out = recovery.recoverInterrupted();
			recovered = true;
			refreshIfStale();
			return out;
		}
		finally {
			if (ONE_AT_A_TIME.getHoldCount() == 1) {
				events.publishEvent(new WarehouseChanged());
			}
			ONE_AT_A_TIME.unlock();
		}
	}

	/**
	 * Imports {@code inputs} (files, or folders read recursively in name order). The warehouse is
	 * opened (read-write) on first use, so commands that only read never hold it.
	 *
	 * @param dryRun check and report everything, keep nothing
	 * @param report where to write the reject report
	 */
	public ImportSummary importPaths(List<Path> inputs, boolean dryRun, Path report) {
		return exclusively(() -> {
			RejectReport rejects = RejectReport.create(report);
			List<FileResult> results = new ArrayList<>();
			List<Candidate> candidates = new ArrayList<>();
			for (Path input : inputs) {
				if (!Files.exists(input)) {
					String msg = "Không có tệp hay thư mục “" + input + "”";
					results.add(new FileResult(input.toString(), "", "UNREADABLE", 0, 0, 0, 0, msg));
					rejects.append(input.toString(), List.of(fileProblem("file.unreadable", msg)));
					continue;
				}
				for (Path f : expand(input)) {
					candidates.add(new Candidate(f, displayName(input, f), peek(f)));
				}
			}
			candidates.sort(Comparator.comparingInt(Candidate::order));
			for (Candidate c : candidates) {
				// Unreadable files run the job too (it fails at once), so the job repository's history is complete.
				results.add(runJob(c, dryRun, false, report, rejects));
			}
			return new ImportSummary(List.copyOf(results), report, dryRun);
		});
	}

	/**
	 * A file to import under a name chosen by the caller: an upload stored under a name the server
	 * generated, shown (in the summary, the reject report and the history) under the name the client
	 * gave it. A null {@code file} is a path the client could not find: reported as unreadable.
	 */
	public record NamedFile(Path file, String name) {
	}

	/**
	 * The files {@link #importPaths} would import for {@code inputs}, each under the name it would
	 * show (a folder's files in name order); a path that does not exist has a null file.
	 */
	public static List<NamedFile> expandInputs(List<Path> inputs) {
		List<NamedFile> out = new ArrayList<>();
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				out.add(new NamedFile(null, input.toString()));
				continue;
			}
			for (Path f : expand(input)) {
				out.add(new NamedFile(f, displayName(input, f)));
			}
		}
		return out;
	}

	/**
	 * Imports {@code files} in one run exactly as {@link #importPaths} imports files given on the
	 * command line (reference data first, one reject report), each under its {@link NamedFile#name}.
	 *
	 * @param skipDuplicate record a file as DUPLICATE, without loading it again, when a load of the
	 *     same bytes already put rows into the warehouse (a hand-off sent again because its client
	 *     could not tell whether the first send was committed)
	 */
	public ImportSummary importNamed(List<NamedFile> files, boolean dryRun, boolean skipDuplicate, Path report) {
		return exclusively(() -> {
			RejectReport rejects = RejectReport.create(report);
			List<FileResult> results = new ArrayList<>();
			List<Candidate> candidates = new ArrayList<>();
			for (NamedFile f : files) {
				if (f.file() == null) {
					String msg = "Không có tệp hay thư mục “" + f.name() + "”";
					results.add(new FileResult(f.name(), "", "UNREADABLE", 0, 0, 0, 0, msg));
					rejects.append(f.name(), List.of(fileProblem("file.unreadable", msg)));
				}
				else {
					candidates.add(new Candidate(f.file(), f.name(), peek(f.file())));
				}
			}
			candidates.sort(Comparator.comparingInt(Candidate::order));
			for (Candidate c : candidates) {
				results.add(runJob(c, dryRun, skipDuplicate, report, rejects));
			}
			return new ImportSummary(List.copyOf(results), report, dryRun);
		});
	}

	/**
	 * The order in which {@link #importPaths} would load these files: reference data (units, terms,
	 * targets) first, then figures, then files whose table is not recognised; the given order is
	 * kept within each group (a stable sort). Reads the first row of each file.
	 */
	public List<Path> inLoadOrder(List<Path> files) {
		List<Candidate> candidates = new ArrayList<>();
		for (Path f : files) {
			candidates.add(new Candidate(f, f.toString(), peek(f)));
		}
		candidates.sort(Comparator.comparingInt(Candidate::order));
		return candidates.stream().map(Candidate::file).toList();
	}

	/**
	 * Imports one file with its own reject report (created, or emptied, first).
	 *
	 * @param name the file's name in messages and in the history
	 * @param skipDuplicate skip the file, recording it as DUPLICATE, when a load of the same bytes
	 *     already put rows into the warehouse (what the inbox wants; an explicit import loads again)
	 * @throws RuntimeException when the import could not even be recorded (the warehouse or the job
	 *     repository cannot be written); a failure of the import itself is a FAILED result
	 */
	public FileResult importFile(Path file, String name, boolean dryRun, boolean skipDuplicate, Path report) {
		return exclusively(() -> runJob(new Candidate(file, name, peek(file)), dryRun, skipDuplicate, report,
				RejectReport.create(report)));
	}

	/** Who the imports run on this thread are for ({@link #as}). */
	private static final ThreadLocal<String> IMPORTER = new ThreadLocal<>();

	/**
	 * Runs {@code work} (imports through this service) on behalf of {@code importer}, recorded with
	 * every load it makes ({@code load.imported_by}): a user's name, {@code cli:<system user>},
	 * {@code inbox} or {@code sample}.
	 */
	public <T> T as(String importer, Supplier<T> work) {
		String outer = IMPORTER.get();
		IMPORTER.set(importer);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				IMPORTER.remove();
			}
			else {
				IMPORTER.set(outer);
			}
		}
	}

	private FileResult runJob(Candidate c, boolean dryRun, boolean skipDuplicate, Path report, RejectReport rejects) {
		// Every real run records a load (loaded, rejected, duplicate or failed): the figure tables must follow.
		changedInTurn |= !dryRun;
		String sha = sha256(c.file());
		JobParametersBuilder builder = new JobParametersBuilder();
		if (IMPORTER.get() != null) {
			builder.addString(ImportJobConfiguration.IMPORTER, IMPORTER.get(), false);
		}
		JobParameters params = builder
			.addString(ImportJobConfiguration.FILE, c.file().toAbsolutePath().toString(), false)
			.addString(ImportJobConfiguration.NAME, c.name(), false)
			.addString(ImportJobConfiguration.SHA256, sha, false)
			.addString(ImportJobConfiguration.DRY_RUN, String.valueOf(dryRun), false)
			.addString(ImportJobConfiguration.REPORT, report.toAbsolutePath().toString(), false)
			.addString(ImportJobConfiguration.SKIP_DUPLICATE, String.valueOf(skipDuplicate), false)
			.addString(ImportJobConfiguration.RUN, UUID.randomUUID().toString(), true)
			.toJobParameters();
		JobExecution execution;
		try {
			execution = jobOperator.start(importFileJob, params);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot start the import of " + c.name() + ": " + e.getMessage(), e);
		}
		Publisher.LoadOutcome o = Publisher.LoadOutcome.readFrom(execution.getExecutionContext());
		if (execution.getStatus() == BatchStatus.COMPLETED && o != null) {
			String note = execution.getExecutionContext().containsKey("message") ? execution.getExecutionContext().getString("message")
					: null;
			return new FileResult(c.name(), o.kinds(), o.status(), o.read(), o.loaded(), o.rejected(), o.warnings(), note);
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		boolean noTable = causedBy(failure, TableRowReader.NoTableException.class);
		boolean cannotRead = c.unreadable() != null || noTable || causedBy(failure, UnreadableFileException.class);
		String message = c.unreadable() != null ? c.unreadable()
				: failure == null ? execution.getExitStatus().getExitDescription() : rootMessage(failure);
		if (!cannotRead) {
			log.error("Import of {} failed", c.name(), failure);
			message = Messages.text("file.failed", message);
		}
		rejects.append(c.name(), List.of(fileProblem(cannotRead ? "file.unreadable" : "file.failed", message)));
		String status = cannotRead ? "UNREADABLE" : "FAILED";
		// The job repository first: it records the failure even when the warehouse cannot be written.
		execution.getExecutionContext().putString("status", status);
		execution.getExecutionContext().putString("message", message);
		jobRepository.updateExecutionContext(execution);
		recordFailure(c, sha, status, dryRun, execution.getId());
		return new FileResult(c.name(), "", cannotRead ? "UNREADABLE" : "FAILED", 0, 0, 0, 0, message);
	}

	private void recordFailure(Candidate c, String sha, String status, boolean dryRun, Long jobExecutionId) {
		if (dryRun) {
			return;
		}
		try (DuckDBConnection conn = warehouse.getObject().connection();
				PreparedStatement ps = conn.prepareStatement("INSERT INTO load (load_id, file_name, file_path, file_sha256, "
						+ "status, started_at, finished_at, job_execution_id, imported_by) "
						+ "VALUES (nextval('seq_load_id'), ?, ?, ?, ?, ?, current_timestamp, ?, ?)")) {
			ps.setString(1, c.name());
			ps.setString(2, c.file().toAbsolutePath().toString());
			ps.setString(3, sha);
			ps.setString(4, status);
			ps.setObject(5, LocalDateTime.now());
			if (jobExecutionId == null) {
				ps.setNull(6, java.sql.Types.BIGINT);
			}
			else {
				ps.setLong(6, jobExecutionId);
			}
			ps.setString(7, IMPORTER.get());
			ps.executeUpdate();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot record the failed load of " + c.name(), e);
		}
	}

	private static Problem fileProblem(String rule, String message) {
		return new Problem(Problem.Severity.ERROR, null, 0, null, null, message, rule);
	}

	private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
		for (Throwable x = t; x != null; x = x.getCause()) {
			if (type.isInstance(x)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable t) {
		for (Throwable x = t; x != null; x = x.getCause()) {
			if (x instanceof UnreadableFileException || x instanceof TableRowReader.NoTableException) {
				return x.getMessage();
			}
		}
		Throwable root = t;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.toString() : root.getMessage();
	}

	/** The table the file's first row announces (for ordering), or why the file cannot be read at all. */
	private static Peek peek(Path file) {
		try (RowSource source = Sources.open(file, file.getFileName().toString())) {
			SourceRow first = source.next();
			if (first == null) {
				return new Peek(null, Messages.text("file.no_table"));
			}
			// A first row that is no long-form header may still open an office's report (title rows
			// above a wide table, in a workbook or a CSV): the import's reader searches further.
			Optional<TableLayout> layout = TableLayout.recognise(first);
			return new Peek(layout.map(TableLayout::kind).orElse(null), null);
		}
		catch (UnreadableFileException e) {
			return new Peek(null, e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			return new Peek(null, "Không đọc được tệp: " + e.getMessage());
		}
	}

	private static List<Path> expand(Path input) {
		if (!Files.isDirectory(input)) {
			return List.of(input);
		}
		try (Stream<Path> walk = Files.walk(input, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
				.filter(p -> !p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) // a folder's notes, not data
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + input, e);
		}
	}

	private static String displayName(Path input, Path file) {
		if (Files.isDirectory(input)) {
			Path base = input.getFileName() == null ? input : input.getFileName();
			return base.resolve(input.relativize(file)).toString();
		}
		return file.toString();
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Peek(TableKind kind, String unreadable) {
	}

	private record Candidate(Path file, String name, Peek peek) {

		String unreadable() {
			return peek.unreadable();
		}

		/** Reference data first: units, terms, targets, figures; unrecognised files last. */
		int order() {
			return peek.kind() == null ? TableKind.values().length : peek.kind().ordinal();
		}
	}
}
