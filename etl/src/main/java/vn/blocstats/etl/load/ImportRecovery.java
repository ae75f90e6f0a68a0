package vn.blocstats.etl.load;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.blocstats.etl.report.Messages;
import vn.blocstats.warehouse.Warehouse;

/**
 * Repairs the job repository after a killed JVM: every execution of {@code importFile} still
 * marked running is marked FAILED with Spring Batch 6's {@link JobOperator#recover(JobExecution)}
 * (which sets the running steps and the execution to FAILED with an end time and
 * {@code batch.recovered} in their contexts), and its history entry says what happened to the file.
 *
 * <p>Why it is safe to call at start: the warehouse is opened read-write first. DuckDB lets one
 * process hold the file and no other open it, and only the process holding it runs imports, so once
 * it is held, an execution still marked running belongs to a JVM that died. It runs only through
 * {@link ImportService#recoverInterrupted()}, holding the one-import-at-a-time turn (so none of this
 * process's own imports is running). The interrupted file is not touched here: it is still in the inbox (files move only after
 * their load committed) and the next inbox run imports it again from the start.
 */
@Service
public class ImportRecovery {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final JobOperator jobOperator;
	private final JobRepository jobRepository;
	private final ObjectProvider<Warehouse> warehouse;

	ImportRecovery(JobOperator jobOperator, JobRepository jobRepository, ObjectProvider<Warehouse> warehouse) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.warehouse = warehouse;
	}

	/** What recovery found about one interrupted execution. */
	public record Recovered(long executionId, String file, boolean committed, String message) {
	}

	/**
	 * Recovers the executions left running by a dead JVM, oldest first.
	 *
	 * @return what was recovered (empty when nothing was interrupted)
	 * @throws vn.blocstats.warehouse.WarehouseException when the warehouse cannot be opened (held by
	 *     another process): nothing is recovered then
	 */
	List<Recovered> recoverInterrupted() {
		Warehouse w = warehouse.getObject();
		List<JobExecution> running = new ArrayList<>(jobRepository.findRunningJobExecutions(ImportJobConfiguration.JOB));
		running.sort(Comparator.comparing(JobExecution::getId));
		List<Recovered> out = new ArrayList<>();
		for (JobExecution e : running) {
			String file = e.getJobParameters().getString(ImportJobConfiguration.NAME);
			String committedStatus = committedLoad(w, e.getId());
			JobExecution recovered = jobOperator.recover(e);
			String message;
			if (committedStatus != null) {
				// Killed after the publish step's commit: the load stands (the inbox finds the file a duplicate).
				message = Messages.text("file.interrupted_after_commit", String.valueOf(e.getId()));
				recovered.getExecutionContext().putString("status", committedStatus);
			}
			else {
				message = Messages.text("file.interrupted");
				recovered.getExecutionContext().putString("status", "INTERRUPTED");
			}
			recovered.getExecutionContext().putString("message", message);
			jobRepository.updateExecutionContext(recovered);
			log.warn("Recovered import execution {} of {} left running by a stopped process: {}", e.getId(), file, message);
			out.add(new Recovered(e.getId(), file, committedStatus != null, message));
		}
		return List.copyOf(out);
	}

	/** The status of the load the execution committed, or null if it committed none. */
	private static String committedLoad(Warehouse w, long jobExecutionId) {
		try (DuckDBConnection c = w.connection();
				PreparedStatement ps = c.prepareStatement("SELECT status FROM load WHERE job_execution_id = ? ORDER BY load_id LIMIT 1")) {
			ps.setLong(1, jobExecutionId);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the load of job execution " + jobExecutionId, ex);
		}
	}
}
