package vn.blocstats.etl.load;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * The import history as the Spring Batch job repository records it: one entry per execution of
 * the {@code importFile} job, with the counts its publish step stored.
 */
@Service
public class ImportHistory {

	private final JobRepository jobRepository;

	ImportHistory(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * One execution of the import of a file.
	 *
	 * @param status the load's outcome (LOADED, PARTIAL, REJECTED) or the job's status when it did
	 *     not publish (FAILED, STARTED for one interrupted, …)
	 * @param seconds how long it took, or -1 while unfinished
	 * @param message why a file could not be loaded (Vietnamese), else null
	 * @param importer who asked for it ({@link ImportService#as}), else null
	 */
	public record Entry(long executionId, LocalDateTime started, String file, String sha256, String status, long read,
			long loaded, long rejected, long warnings, double seconds, boolean dryRun, String message, String importer) {
	}

	/** The newest {@code limit} executions, newest first. */
	public List<Entry> latest(int limit) {
		List<Entry> out = new ArrayList<>();
		for (JobInstance instance : jobRepository.getJobInstances(ImportJobConfiguration.JOB, 0, limit)) {
			for (JobExecution e : jobRepository.getJobExecutions(instance)) {
				out.add(entry(e));
			}
		}
		out.sort(Comparator.comparing(Entry::executionId).reversed());
		return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
	}

	/** The execution {@code executionId} of the import job, or empty when there is none (or it ran another job). */
	public Optional<Entry> entry(long executionId) {
		JobExecution e;
		try {
			e = jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException unknown) {
			// The JDBC repository says "no such execution" so (the interface's null is for other repositories).
			return Optional.empty();
		}
		if (e == null || !ImportJobConfiguration.JOB.equals(e.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(entry(e));
	}

	private static Entry entry(JobExecution e) {
		JobParameters p = e.getJobParameters();
		Publisher.LoadOutcome o = Publisher.LoadOutcome.readFrom(e.getExecutionContext());
		double seconds = e.getStartTime() == null || e.getEndTime() == null ? -1
				: Duration.between(e.getStartTime(), e.getEndTime()).toMillis() / 1000.0;
		String status = o != null ? o.status()
				: e.getExecutionContext().containsKey("status") ? e.getExecutionContext().getString("status") : e.getStatus().name();
		return new Entry(e.getId(), e.getStartTime(), p.getString(ImportJobConfiguration.NAME),
				p.getString(ImportJobConfiguration.SHA256), status, o == null ? 0 : o.read(), o == null ? 0 : o.loaded(),
				o == null ? 0 : o.rejected(), o == null ? 0 : o.warnings(), seconds,
				Boolean.parseBoolean(p.getString(ImportJobConfiguration.DRY_RUN)),
				e.getExecutionContext().containsKey("message") ? e.getExecutionContext().getString("message") : null,
				p.getString(ImportJobConfiguration.IMPORTER));
	}
}
