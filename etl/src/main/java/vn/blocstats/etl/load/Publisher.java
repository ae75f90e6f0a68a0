package vn.blocstats.etl.load;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.blocstats.etl.checks.ImportChecks;
import vn.blocstats.etl.report.Messages;
import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.SqlScripts;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * The import's second step: moves what was staged into the warehouse in ONE DuckDB transaction
 * (units, terms, targets, then figures, each validated set-wise against the warehouse by the
 * scripts under {@code publish/}; the figures' validation rules, outliers and corrections are
 * checked by {@link ImportChecks}), records the load and its problems, and writes the file's lines
 * of the reject report. On a dry run everything is computed and reported, then rolled back. If
 * anything fails, the transaction is rolled back: the warehouse never holds part of a file.
 *
 * <p>Stateless: each run's file, name and report come from the step's execution (the job parameters),
 * its outcome goes into the job's execution context, so one instance serves every run ({@link ImportFileJob}).
 */
class Publisher implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);
	private static final String[] SCRIPTS = { "publish/units.sql", "publish/terms.sql", "publish/targets.sql",
			"publish/figures.sql" };
	/** Loads the figures that passed (after the checks have seen the warehouse as it was). */
	private static final String LOAD_SCRIPT = "publish/figures-load.sql";
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Supplier<Warehouse> warehouse;

	/** @param warehouse the warehouse, looked up when the step runs (so it is opened only by imports) */
	Publisher(Supplier<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		JobParameters params = job.getJobParameters();
		String name = params.getString(ImportJobConfiguration.NAME);
		boolean dryRun = Boolean.parseBoolean(params.getString(ImportJobConfiguration.DRY_RUN));
		long rowsRead = job.getStepExecutions().stream().filter(s -> s.getStepName().equals(ImportJobConfiguration.STAGE_STEP))
			.mapToLong(StepExecution::getReadCount).sum();
		LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();

		LoadOutcome outcome;
		try (DuckDBConnection conn = warehouse.get().connection()) {
			conn.setAutoCommit(false);
			try {
				long loadId = nextLoadId(conn);
				try (Statement st = conn.createStatement()) {
					st.execute("CREATE OR REPLACE TEMP TABLE pub_ctx AS SELECT CAST(" + loadId + " AS BIGINT) AS load_id");
					st.execute("CREATE OR REPLACE TEMP TABLE pub_count (kind VARCHAR, n BIGINT)");
					for (String script : SCRIPTS) {
						runScript(st, script);
					}
					// The file's figures against the warehouse before and after they are loaded (same transaction).
					ImportChecks.beforeLoad(conn);
					runScript(st, LOAD_SCRIPT);
					ImportChecks.afterLoad(conn);
				}
				List<Problem> problems = problems(conn);
				long loaded = scalar(conn, "SELECT coalesce(sum(n), 0) FROM pub_count");
				long rejected = scalar(conn,
						"SELECT count(*) FROM (SELECT DISTINCT sheet, row_no FROM stg_issue WHERE severity = 'error' AND row_no > 0)");
				long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
				String kinds = kinds(conn);
				String status = rejected == 0 ? "LOADED" : loaded == 0 ? "REJECTED" : "PARTIAL";
				outcome = new LoadOutcome(loadId, status, kinds, rowsRead, loaded, rejected, warnings);
				recordLoad(conn, outcome, params, name, started, job.getId(), problems);
				RejectReport.existing(Path.of(params.getString(ImportJobConfiguration.REPORT))).append(name, problems);
				if (dryRun) {
					conn.rollback();
				}
				else {
					conn.commit();
				}
			}
			catch (Exception e) {
				conn.rollback();
				throw e;
			}
			finally {
				conn.setAutoCommit(true);
			}
			StagingWriter.clear(conn);
		}
		if (!dryRun) {
			warehouse.get().checkpoint();
		}
		outcome.writeTo(job.getExecutionContext());
		contribution.incrementWriteCount(outcome.loaded());
		log.info("{}: {} ({} read, {} loaded, {} rejected, {} warnings){}", name, outcome.status(), outcome.read(),
				outcome.loaded(), outcome.rejected(), outcome.warnings(), dryRun ? " [dry run, rolled back]" : "");
		return RepeatStatus.FINISHED;
	}

	private static void runScript(Statement st, String script) throws SQLException {
		for (String sql : SqlScripts.load(script)) {
			long t = System.nanoTime();
			try {
				st.execute(sql);
				if (log.isDebugEnabled()) {
					log.debug("{} ms: {}", (System.nanoTime() - t) / 1_000_000, sql.lines().filter(l -> !l.isBlank())
						.findFirst().orElse(""));
				}
			}
			catch (SQLException e) {
				throw new SQLException("Publishing failed in " + script + ": " + e.getMessage(), e);
			}
		}
	}

	private static long nextLoadId(DuckDBConnection conn) throws SQLException {
		return scalar(conn, "SELECT nextval('seq_load_id')");
	}

	private static long scalar(DuckDBConnection conn, String sql) throws SQLException {
		try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String kinds(DuckDBConnection conn) throws SQLException {
		try (Statement st = conn.createStatement();
				ResultSet rs = st.executeQuery("SELECT string_agg(kind, ',' ORDER BY kind) FROM pub_count WHERE n > 0")) {
			rs.next();
			String s = rs.getString(1);
			return s == null ? "" : s;
		}
	}

	/** The problems of this file, in row order, with the publish step's ones formatted. */
	private static List<Problem> problems(DuckDBConnection conn) throws SQLException {
		List<Problem> out = new ArrayList<>();
		try (Statement st = conn.createStatement();
				ResultSet rs = st.executeQuery("SELECT severity, sheet, row_no, column_name, value, reason, rule, a1, a2, a3, a4, a5, a6 "
						+ "FROM stg_issue ORDER BY sheet NULLS FIRST, row_no, severity, rule, rowid")) {
			while (rs.next()) {
				String reason = rs.getString(6);
				String rule = rs.getString(7);
				if (reason == null) {
					List<Object> args = new ArrayList<>();
					for (int i = 8; i <= 13; i++) {
						String a = rs.getString(i);
						if (a != null) {
							args.add(ISO_DATE.matcher(a).matches() ? shownDate(LocalDate.parse(a)) : a);
						}
					}
					reason = Messages.text(rule, args.toArray());
				}
				out.add(new Problem(Problem.Severity.of(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getString(5), reason, rule));
			}
		}
		return out;
	}

	private static String shownDate(LocalDate d) {
		return d.getYear() <= 1 || d.getYear() >= 9999 ? "…" : VietFormat.date(d);
	}

	private static void recordLoad(DuckDBConnection conn, LoadOutcome o, JobParameters params, String name,
			LocalDateTime started, long jobExecutionId, List<Problem> problems) throws SQLException {
		try (PreparedStatement ps = conn.prepareStatement("INSERT INTO load (load_id, file_name, file_path, file_sha256, "
				+ "table_kind, status, started_at, finished_at, rows_read, rows_loaded, rows_rejected, warnings, job_execution_id, "
				+ "imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, ?, ?, ?, ?, ?)")) {
			ps.setLong(1, o.loadId());
			ps.setString(2, name);
			ps.setString(3, params.getString(ImportJobConfiguration.FILE));
			ps.setString(4, params.getString(ImportJobConfiguration.SHA256));
			ps.setString(5, o.kinds());
			ps.setString(6, o.status());
			ps.setTimestamp(7, Timestamp.valueOf(started));
			ps.setLong(8, o.read());
			ps.setLong(9, o.loaded());
			ps.setLong(10, o.rejected());
			ps.setLong(11, o.warnings());
			ps.setLong(12, jobExecutionId);
			ps.setString(13, params.getString(ImportJobConfiguration.IMPORTER));
			ps.executeUpdate();
		}
		// Appended to a temporary table without constraints, then copied: DuckDB 2.0.0.1's appender into a
		// table with a CHECK constraint (load_issue's severity) keeps only the first 2.048 rows of a larger
		// batch, or fails the whole load with a false "CHECK constraint failed" (PublisherIssuesTests).
		try (Statement st = conn.createStatement()) {
			st.execute("CREATE OR REPLACE TEMP TABLE pub_issue AS SELECT * FROM load_issue LIMIT 0");
		}
		try (DuckDBAppender a = conn.createAppender("temp", "main", "pub_issue")) {
			for (Problem p : problems) {
				// (a null String is appended as NULL)
				a.beginRow().append(o.loadId()).append(p.severity().code()).append(name).append(p.sheet()).append(p.row())
					.append(p.column()).append(p.value()).append(p.reason()).append(p.rule()).endRow();
			}
		}
		try (Statement st = conn.createStatement()) {
			st.execute("INSERT INTO load_issue SELECT * FROM temp.pub_issue");
			st.execute("DROP TABLE temp.pub_issue");
		}
	}

	/** What the publish step did with one file, kept in the job's execution context. */
	record LoadOutcome(long loadId, String status, String kinds, long read, long loaded, long rejected, long warnings) {

		void writeTo(ExecutionContext ctx) {
			ctx.putLong("loadId", loadId);
			ctx.putString("status", status);
			ctx.putString("kinds", kinds);
			ctx.putLong("read", read);
			ctx.putLong("loaded", loaded);
			ctx.putLong("rejected", rejected);
			ctx.putLong("warnings", warnings);
		}

		static LoadOutcome readFrom(ExecutionContext ctx) {
			if (!ctx.containsKey("loadId")) {
				return null;
			}
			return new LoadOutcome(ctx.getLong("loadId"), ctx.getString("status"), ctx.getString("kinds", ""),
					ctx.getLong("read"), ctx.getLong("loaded"), ctx.getLong("rejected"), ctx.getLong("warnings"));
		}
	}
}
