package vn.blocstats.dashboard.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.etl.load.ImportHistory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries;
import vn.blocstats.warehouse.quality.QualityQueries.Completeness;
import vn.blocstats.warehouse.quality.QualityQueries.Flag;
import vn.blocstats.warehouse.quality.QualityQueries.Issue;
import vn.blocstats.warehouse.quality.QualityQueries.Load;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;
import vn.blocstats.warehouse.rules.ValidationRule;
import vn.blocstats.warehouse.rules.ValidationRules;
import vn.blocstats.warehouse.rules.ValidationRules.Violation;

/**
 * What the data-quality screen reads: the warehouse's loads joined with the job repository's
 * history ({@link ImportHistory}, as {@code blocstats imports} prints it), a load's issues and its
 * reject report, completeness and flags ({@link QualityQueries}), the validation rules and their
 * violations ({@link ValidationRules}) and an administrator's edits of the rules. The warehouse is opened on first
 * use. Thread-safe: each call reads its own consistent snapshot.
 */
@Service
class QualityService {

	/** How many of the newest imports the history shows. */
	static final int HISTORY_LIMIT = 200;

	private final ObjectProvider<Warehouse> warehouse;
	private final ImportHistory jobs;
	private final ImportService imports;
	private final AuditLog audit;

	QualityService(ObjectProvider<Warehouse> warehouse, ImportHistory jobs, @Lazy ImportService imports, AuditLog audit) {
		this.warehouse = warehouse;
		this.jobs = jobs;
		this.imports = imports;
		this.audit = audit;
	}

	/**
	 * Why the figure tables lag behind the loads, when they do because this server's last refresh
	 * failed (a full disk, a killed rebuild is found stale at start and rebuilt then); empty when the
	 * tables hold every load or a refresh is merely under way.
	 */
	Optional<ImportService.RefreshFailure> refreshFailure() throws SQLException {
		Optional<ImportService.RefreshFailure> failure = imports.refreshFailure();
		if (failure.isEmpty()) {
			return failure;
		}
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return vn.blocstats.warehouse.figures.FigureTables.fresh(c) ? Optional.empty() : failure;
		}
	}

	/**
	 * Refreshes the figure tables now (what the loads since the last refresh touched), in the import
	 * turn; audited.
	 *
	 * @throws IllegalStateException when it fails again (the tables are as they were)
	 */
	void retryRefresh() {
		imports.refreshFigureTables(false);
		audit.record(AuditAction.IMPORT, "Cập nhật lại các bảng số liệu (màn hình Chất lượng số liệu)");
	}

	/** Every validation rule, in order. */
	List<ValidationRule> rules() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return ValidationRules.list(c);
		}
	}

	/** The catalog, to write a rule's sides in words. */
	MetricCatalog catalog() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return MetricCatalog.load(c);
		}
	}

	/** The violations of the rules under {@code committee} (as the last import or rule change found them). */
	List<Violation> violations(String committee) throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return ValidationRules.violations(c, Optional.ofNullable(committee));
		}
	}

	/**
	 * Adds an administrator's rule (parsed strictly; every unit checked against it at once), taking
	 * the import's turn so that no import writes the violations meanwhile; audited.
	 *
	 * @throws IllegalArgumentException (Vietnamese) when the rule is refused
	 */
	void addRule(ValidationRule rule) {
		imports.exclusively(() -> {
			try (DuckDBConnection c = warehouse.getObject().connection()) {
				ValidationRules.add(c, rule);
				return null;
			}
			catch (SQLException e) {
				throw new IllegalStateException("The rule cannot be added", e);
			}
		});
		audit.record(AuditAction.RULE_ADD, rule.code() + ": " + rule.expression());
	}

	/** Enables or disables a rule (every unit checked again), in the import's turn; audited. */
	void setRuleEnabled(String code, boolean enabled) {
		imports.exclusively(() -> {
			try (DuckDBConnection c = warehouse.getObject().connection()) {
				ValidationRules.setEnabled(c, code, enabled);
				return null;
			}
			catch (SQLException e) {
				throw new IllegalStateException("The rule cannot be changed", e);
			}
		});
		audit.record(enabled ? AuditAction.RULE_ENABLE : AuditAction.RULE_DISABLE, code);
	}

	/**
	 * One import in the history: a load of the warehouse with what its job execution recorded, or an
	 * execution that left no load (a dry run, which keeps nothing; an import interrupted by a killed
	 * process).
	 *
	 * @param loadId null for an execution without a load
	 * @param status LOADED, PARTIAL, REJECTED, DUPLICATE, UNREADABLE, FAILED, or the job's status
	 * @param seconds how long it took, -1 when unknown
	 * @param message why a file could not be loaded, or which load a duplicate repeats (Vietnamese), else null
	 * @param importer who imported it: a user's name, {@code cli:<system user>}, {@code inbox}, {@code sample};
	 *     null when not recorded (loads made before the column existed)
	 */
	record HistoryRow(Long loadId, LocalDateTime started, String file, String status, long read, long loaded, long rejected,
			long warnings, double seconds, boolean dryRun, String message, String importer) {
	}

	List<Committee> committees() throws SQLException {
		return new FigureQueries(warehouse.getObject()).committees();
	}

	/**
	 * The newest {@value #HISTORY_LIMIT} imports, newest first: the warehouse's loads, each with its
	 * execution's duration and message from the job repository, and the executions that left no load.
	 */
	List<HistoryRow> history() throws SQLException {
		List<Load> loads = queries().loads(HISTORY_LIMIT);
		List<ImportHistory.Entry> entries = jobs.latest(HISTORY_LIMIT);
		Map<Long, ImportHistory.Entry> byExecution = entries.stream()
			.collect(Collectors.toMap(ImportHistory.Entry::executionId, Function.identity(), (a, b) -> a));
		Set<Long> withLoad = new HashSet<>();
		List<HistoryRow> out = new ArrayList<>();
		for (Load l : loads) {
			ImportHistory.Entry e = l.jobExecutionId() == null ? null : byExecution.get(l.jobExecutionId());
			if (l.jobExecutionId() != null) {
				withLoad.add(l.jobExecutionId());
			}
			out.add(new HistoryRow(l.loadId(), l.startedAt(), l.fileName(), l.status(), l.rowsRead(), l.rowsLoaded(),
					l.rowsRejected(), l.warnings(), e == null ? -1 : e.seconds(), false, e == null ? null : e.message(), l.importedBy()));
		}
		for (ImportHistory.Entry e : entries) {
			if (!withLoad.contains(e.executionId())) {
				out.add(new HistoryRow(null, e.started(), e.file(), e.status(), e.read(), e.loaded(), e.rejected(), e.warnings(),
						e.seconds(), e.dryRun(), e.message(), e.importer()));
			}
		}
		out.sort(Comparator.comparing(HistoryRow::started, Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()))
			.thenComparing(HistoryRow::loadId, Comparator.nullsLast(Comparator.<Long>reverseOrder())));
		return out.size() > HISTORY_LIMIT ? List.copyOf(out.subList(0, HISTORY_LIMIT)) : List.copyOf(out);
	}

	Optional<Load> load(long loadId) throws SQLException {
		return queries().load(loadId);
	}

	List<Issue> issues(long loadId, int offset, int limit) throws SQLException {
		return queries().issues(loadId, offset, limit);
	}

	int issueCount(long loadId) throws SQLException {
		return queries().issueCount(loadId);
	}

	/** The name under which a load's report is downloaded. */
	static String reportName(long loadId) {
		return "bao-cao-lan-nap-" + loadId + ".csv";
	}

	/**
	 * Writes the reject report of a load to {@code out}, in the format the import wrote it
	 * ({@link RejectReport}): for a file that could not be read or loaded at all, the line saying why
	 * (from the job repository: the warehouse keeps no issue for it), then every rejected row and
	 * warning of {@code load_issue}. Streams: a load's million issues are never all in memory.
	 *
	 * @throws IllegalArgumentException when there is no such load
	 */
	void writeReport(long loadId, OutputStream out) throws IOException, SQLException {
		Load load = queries().load(loadId).orElseThrow(() -> new IllegalArgumentException("No load " + loadId));
		try (RejectReport.Lines lines = RejectReport.to(out)) {
			String rule = switch (load.status()) {
				case "UNREADABLE" -> "file.unreadable";
				case "FAILED" -> "file.failed";
				default -> null;
			};
			if (rule != null && load.jobExecutionId() != null) {
				Optional<String> why = jobs.entry(load.jobExecutionId()).map(ImportHistory.Entry::message);
				if (why.isPresent()) {
					lines.add(load.fileName(), List.of(new Problem(Problem.Severity.ERROR, null, 0, null, null, why.get(), rule)));
				}
			}
			queries().eachIssue(loadId, i -> {
				try {
					lines.add(load.fileName(), List.of(new Problem(Problem.Severity.of(i.severity()), i.sheet(), i.row(), i.column(),
							i.value(), i.reason(), i.rule())));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	List<Completeness> completeness(String committee) throws SQLException {
		return queries().completeness(committee);
	}

	List<Unit> missing(String committee, HalfYear period) throws SQLException {
		return queries().missing(committee, period);
	}

	List<Flag> flags(String committee) throws SQLException {
		return queries().flags(committee);
	}

	private QualityQueries queries() {
		return new QualityQueries(warehouse.getObject());
	}
}
