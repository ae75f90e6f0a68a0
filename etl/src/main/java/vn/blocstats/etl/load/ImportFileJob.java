package vn.blocstats.etl.load;

import java.util.function.Supplier;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.warehouse.Warehouse;

/**
 * The {@value ImportJobConfiguration#JOB} job, built anew for each file ({@link #forOneRun}): {@code check}
 * recognises a file byte-identical to one already loaded (when asked to, as the inbox does) and ends the
 * job there with exit status {@value ImportJobConfiguration#DUPLICATE}; otherwise {@code stage} reads and
 * checks every row into the staging tables (chunks of {@value ImportJobConfiguration#CHUNK} rows, DuckDB
 * Appender) and {@code publish} moves them into the warehouse in one transaction.
 *
 * <p>Why a new job per run: the stage step's reader, processor and writer hold one file's state (the open
 * file and the sheet being read, the metric catalog, the open appenders and their keys). Built for one run,
 * they belong to that run alone, whoever calls and whatever lock it holds. Step-scoped beans would do the
 * same through a proxy that sits on every row read, processed and written; and Spring Batch cannot put a
 * job-scoped step into a conditional flow such as this one (the flow asks each step its name when the job
 * is built, outside any job). The two tasklets keep no state between runs (each reads its file from the
 * job parameters and writes its outcome to the execution): one of each serves every run.
 */
final class ImportFileJob {

	private final JobRepository jobRepository;
	private final PlatformTransactionManager transactionManager;
	private final Supplier<Warehouse> warehouse;
	private final Step check;
	private final Step publish;

	ImportFileJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, Supplier<Warehouse> warehouse) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.warehouse = warehouse;
		this.check = new StepBuilder(ImportJobConfiguration.CHECK_STEP, jobRepository)
			.tasklet(new DuplicateCheck(warehouse), transactionManager)
			.build();
		this.publish = new StepBuilder(ImportJobConfiguration.PUBLISH_STEP, jobRepository)
			.tasklet(new Publisher(warehouse), transactionManager)
			.build();
	}

	/** The job for one run (one file), with its own stage step. */
	Job forOneRun() {
		Step stage = stage();
		// Any other exit status than those named (a failed step) fails the job.
		return new JobBuilder(ImportJobConfiguration.JOB, jobRepository).start(check)
			.on(ImportJobConfiguration.DUPLICATE).end()
			.from(check).on("COMPLETED").to(stage).next(publish)
			.end()
			.build();
	}

	private Step stage() {
		TableRowReader reader = new TableRowReader(warehouse);
		RowProcessor processor = new RowProcessor(warehouse);
		StagingWriter writer = new StagingWriter(warehouse);
		return new StepBuilder(ImportJobConfiguration.STAGE_STEP, jobRepository).<TableRow, ParsedRow>chunk(ImportJobConfiguration.CHUNK)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(reader)
			.listener(processor)
			.build();
	}
}
