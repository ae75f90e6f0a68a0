package vn.blocstats.etl.load;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.blocstats.etl.report.Messages;
import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * The import's first step: when the job parameter {@value ImportJobConfiguration#SKIP_DUPLICATE}
 * is true, looks up the file's SHA-256 among the loads that put rows into the warehouse (LOADED or
 * PARTIAL). If one is found, the file is not read again: a load with status DUPLICATE and a note
 * naming the earlier load is recorded (in one statement pair, one transaction; nothing on a dry
 * run), the note goes into the reject report, and the step ends with exit status
 * {@value ImportJobConfiguration#DUPLICATE}, which ends the job. A file whose rows were all
 * rejected is not a duplicate: sent again, it is checked again (the units it lacked may exist now).
 *
 * <p>Stateless: everything it needs comes from the step's execution (the job parameters) and the
 * warehouse, so one instance serves every run ({@link ImportFileJob}).
 */
class DuplicateCheck implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);

	private final Supplier<Warehouse> warehouse;

	DuplicateCheck(Supplier<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** An earlier load of the same bytes. */
	record EarlierLoad(long loadId, String fileName, LocalDateTime finishedAt, String status) {
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		JobParameters params = job.getJobParameters();
		if (!Boolean.parseBoolean(params.getString(ImportJobConfiguration.SKIP_DUPLICATE, "false"))) {
			return RepeatStatus.FINISHED;
		}
		String sha = params.getString(ImportJobConfiguration.SHA256);
		String name = params.getString(ImportJobConfiguration.NAME);
		boolean dryRun = Boolean.parseBoolean(params.getString(ImportJobConfiguration.DRY_RUN));
		Optional<EarlierLoad> earlier;
		long loadId = 0;
		String note;
		try (DuckDBConnection conn = warehouse.get().connection()) {
			earlier = earlierLoad(conn, sha);
			if (earlier.isEmpty()) {
				return RepeatStatus.FINISHED;
			}
			EarlierLoad e = earlier.get();
			note = Messages.text("file.duplicate", e.fileName(), String.valueOf(e.loadId()),
					e.finishedAt() == null ? "…" : VietFormat.date(e.finishedAt().toLocalDate()) + " "
							+ e.finishedAt().toLocalTime().withNano(0));
			if (!dryRun) {
				loadId = record(conn, params, name, job.getId(), note);
			}
		}
		RejectReport.existing(Path.of(params.getString(ImportJobConfiguration.REPORT)))
			.append(name, List.of(new Problem(Problem.Severity.WARNING, null, 0, null, null, note, "file.duplicate")));
		new Publisher.LoadOutcome(loadId, ImportJobConfiguration.DUPLICATE, "", 0, 0, 0, 1).writeTo(job.getExecutionContext());
		job.getExecutionContext().putString("message", note);
		contribution.setExitStatus(new ExitStatus(ImportJobConfiguration.DUPLICATE, note));
		log.info("{}: {}", name, note);
		return RepeatStatus.FINISHED;
	}

	static Optional<EarlierLoad> earlierLoad(DuckDBConnection conn, String sha) throws SQLException {
		try (PreparedStatement ps = conn.prepareStatement("SELECT load_id, file_name, finished_at, status FROM load "
				+ "WHERE file_sha256 = ? AND status IN ('LOADED', 'PARTIAL') ORDER BY load_id LIMIT 1")) {
			ps.setString(1, sha);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				Timestamp finished = rs.getTimestamp(3);
				return Optional.of(new EarlierLoad(rs.getLong(1), rs.getString(2),
						finished == null ? null : finished.toLocalDateTime(), rs.getString(4)));
			}
		}
	}

	private static long record(DuckDBConnection conn, JobParameters params, String name, long jobExecutionId, String note)
			throws SQLException {
		conn.setAutoCommit(false);
		try {
			long loadId;
			try (PreparedStatement ps = conn.prepareStatement("SELECT nextval('seq_load_id')"); ResultSet rs = ps.executeQuery()) {
				rs.next();
				loadId = rs.getLong(1);
			}
			try (PreparedStatement ps = conn.prepareStatement("INSERT INTO load (load_id, file_name, file_path, file_sha256, "
					+ "status, started_at, finished_at, warnings, job_execution_id, imported_by) "
					+ "VALUES (?, ?, ?, ?, ?, current_timestamp, current_timestamp, 1, ?, ?)")) {
				ps.setLong(1, loadId);
				ps.setString(2, name);
				ps.setString(3, params.getString(ImportJobConfiguration.FILE));
				ps.setString(4, params.getString(ImportJobConfiguration.SHA256));
				ps.setString(5, ImportJobConfiguration.DUPLICATE);
				ps.setLong(6, jobExecutionId);
				ps.setString(7, params.getString(ImportJobConfiguration.IMPORTER));
				ps.executeUpdate();
			}
			try (PreparedStatement ps = conn.prepareStatement("INSERT INTO load_issue (load_id, severity, file_name, row_no, "
					+ "reason, rule) VALUES (?, 'warning', ?, 0, ?, 'file.duplicate')")) {
				ps.setLong(1, loadId);
				ps.setString(2, name);
				ps.setString(3, note);
				ps.executeUpdate();
			}
			conn.commit();
			return loadId;
		}
		catch (SQLException | RuntimeException e) {
			conn.rollback();
			throw e;
		}
		finally {
			conn.setAutoCommit(true);
		}
	}
}
