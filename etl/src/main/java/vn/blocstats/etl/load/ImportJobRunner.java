package vn.blocstats.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.load.ImportInputs.Candidate;
import vn.blocstats.etl.report.Messages;
import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.warehouse.Warehouse;

/**
 * Runs the import job for one file and says what became of it: the job's own outcome when it completed
 * (LOADED, PARTIAL, REJECTED, DUPLICATE, with its counts); otherwise UNREADABLE (the file cannot be read
 * as a table) or FAILED (anything else), reported in the reject report, recorded in the job repository
 * first and then, on a real run, as a load of the warehouse — so that the history is complete even for
 * a file that never loaded. Keeps no state of its own: each call is one run ({@link ImportFileJob}); the
 * one-import-at-a-time turn is its caller's, {@link ImportService}.
 */
@Component
class ImportJobRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	private final JobOperator jobOperator;
	private final JobRepository jobRepository;
	private final ImportFileJob job;
	private final ObjectProvider<Warehouse> warehouse;

	ImportJobRunner(JobOperator jobOperator, JobRepository jobRepository, ImportFileJob job, ObjectProvider<Warehouse> warehouse) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.warehouse = warehouse;
	}

	/**
	 * Imports {@code c}: runs its job and maps the outcome.
	 *
	 * @param importer who the import is for ({@code load.imported_by}), or null
	 * @throws RuntimeException when the import could not even be started or recorded (the warehouse or the
	 *     job repository cannot be written); a failure of the import itself is a FAILED result
	 */
	FileResult run(Candidate c, boolean dryRun, boolean skipDuplicate, Path report, RejectReport rejects, String importer) {
		String sha = sha256(c.file());
		JobParametersBuilder builder = new JobParametersBuilder();
		if (importer != null) {
			builder.addString(ImportJobConfiguration.IMPORTER, importer, false);
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
			execution = jobOperator.start(job.forOneRun(), params);
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
		recordFailure(c, sha, status, dryRun, execution.getId(), importer);
		return new FileResult(c.name(), "", status, 0, 0, 0, 0, message);
	}

	/** A path that does not exist, given under {@code name}: an UNREADABLE result and its line of the reject report; no job. */
	static FileResult notFound(String name, RejectReport rejects) {
		String msg = ImportInputs.notFound(name);
		rejects.append(name, List.of(fileProblem("file.unreadable", msg)));
		return new FileResult(name, "", "UNREADABLE", 0, 0, 0, 0, msg);
	}

	private void recordFailure(Candidate c, String sha, String status, boolean dryRun, Long jobExecutionId, String importer) {
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
				ps.setNull(6, Types.BIGINT);
			}
			else {
				ps.setLong(6, jobExecutionId);
			}
			ps.setString(7, importer);
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

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
