package vn.blocstats.etl.load;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.blocstats.etl.load.ImportInputs.Candidate;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureTables;
import vn.blocstats.warehouse.rules.ValidationRules;

/**
 * Imports files and folders into the warehouse, one import at a time per process: the façade of the
 * import. What it is given is made ready by {@link ImportInputs} (folders expanded, reference data
 * — units, terms, targets — before figures whatever the order given); each file's job is run, and
 * its outcome mapped, by {@link ImportJobRunner} (one transaction per file); one reject report per run.
 *
 * <p>What is its own is the turn: DuckDB allows one writer, so concurrent calls wait, and
 * {@link #exclusively} lets a caller (the inbox, an upload) hold the turn across several files. Before
 * the first import of a process, executions left running by a killed JVM are recovered
 * ({@link ImportRecovery}); at the end of a turn that changed the warehouse, the screens' figure tables
 * are brought up to date, and a failure of that is kept ({@link #refreshFailure}). Thread-safe.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);
	private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

	private final ImportJobRunner runner;
	private final ObjectProvider<Warehouse> warehouse;
	private final ImportRecovery recovery;
	private final ApplicationEventPublisher events;
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

	ImportService(ImportJobRunner runner, ObjectProvider<Warehouse> warehouse, ImportRecovery recovery,
			ApplicationEventPublisher events) {
		this.events = events;
		this.runner = runner;
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
		return exclusively(() -> importAll(() -> ImportInputs.expand(inputs), dryRun, false, report));
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
		return ImportInputs.expand(inputs);
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
		return exclusively(() -> importAll(() -> files, dryRun, skipDuplicate, report));
	}

	/**
	 * One run, holding the turn: the reject report created (or emptied) first, then the files listed
	 * ({@code files}, which may read folders), the missing ones reported, the others imported in load order.
	 */
	private ImportSummary importAll(Supplier<List<NamedFile>> files, boolean dryRun, boolean skipDuplicate, Path report) {
		RejectReport rejects = RejectReport.create(report);
		List<NamedFile> given = files.get();
		List<FileResult> results = new ArrayList<>();
		for (NamedFile f : given) {
			if (f.file() == null) {
				results.add(ImportJobRunner.notFound(f.name(), rejects));
			}
		}
		for (Candidate c : ImportInputs.inLoadOrder(given)) {
			// Unreadable files run the job too (it fails at once), so the job repository's history is complete.
			results.add(runJob(c, dryRun, skipDuplicate, report, rejects));
		}
		return new ImportSummary(List.copyOf(results), report, dryRun);
	}

	/**
	 * The order in which {@link #importPaths} would load these files: reference data (units, terms,
	 * targets) first, then figures, then files whose table is not recognised; the given order is
	 * kept within each group (a stable sort). Reads the first row of each file.
	 */
	public List<Path> inLoadOrder(List<Path> files) {
		return ImportInputs.inLoadOrder(files.stream().map(f -> new NamedFile(f, f.toString())).toList())
			.stream()
			.map(Candidate::file)
			.toList();
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
		return exclusively(() -> runJob(ImportInputs.candidate(file, name), dryRun, skipDuplicate, report,
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

	/** One file's job, holding the turn. */
	private FileResult runJob(Candidate c, boolean dryRun, boolean skipDuplicate, Path report, RejectReport rejects) {
		// Every real run records a load (loaded, rejected, duplicate or failed): the figure tables must follow.
		changedInTurn |= !dryRun;
		return runner.run(c, dryRun, skipDuplicate, report, rejects, IMPORTER.get());
	}
}
