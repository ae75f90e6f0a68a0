package vn.blocstats.etl.load;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.warehouse.Warehouse;

/**
 * The job that imports one file: {@code check} recognises a file byte-identical to one already
 * loaded (when asked to, as the inbox does) and ends the job there with exit status
 * {@value #DUPLICATE}; otherwise {@code stage} reads and checks every row into the staging tables
 * (chunks of {@value #CHUNK} rows, DuckDB Appender) and {@code publish} moves them into the
 * warehouse in one transaction. The file is a job parameter; each run is a new job instance, so
 * the job repository keeps the whole import history, duplicates included.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	static final String JOB = "importFile";
	static final String CHECK_STEP = "check";
	static final String STAGE_STEP = "stage";
	static final String PUBLISH_STEP = "publish";
	static final String FILE = "file";
	static final String NAME = "name";
	/** Who asked for the import ({@code load.imported_by}); absent when nobody was named. */
	static final String IMPORTER = "importer";
	static final String SHA256 = "sha256";
	static final String DRY_RUN = "dryRun";
	static final String REPORT = "report";
	static final String RUN = "run";
	static final String SKIP_DUPLICATE = "skipDuplicate";
	static final String DUPLICATE = "DUPLICATE";
	static final int CHUNK = 10_000;

	@Bean
	Job importFileJob(JobRepository jobRepository, Step checkStep, Step stageStep, Step publishStep) {
		// Any other exit status than those named (a failed step) fails the job.
		return new JobBuilder(JOB, jobRepository).start(checkStep)
			.on(DUPLICATE).end()
			.from(checkStep).on("COMPLETED").to(stageStep).next(publishStep)
			.end()
			.build();
	}

	@Bean
	Step checkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<Warehouse> warehouse) {
		return new StepBuilder(CHECK_STEP, jobRepository)
			.tasklet(new DuplicateCheck(warehouse::getObject), transactionManager)
			.build();
	}

	@Bean
	Step stageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<Warehouse> warehouse) {
		// Plain (not step-scoped) reader, processor and writer: they take the file from the job
		// parameters in beforeStep, so no proxy sits on the per-row calls. Imports run one at a time.
		TableRowReader reader = new TableRowReader(warehouse::getObject);
		RowProcessor processor = new RowProcessor(warehouse::getObject);
		StagingWriter writer = new StagingWriter(warehouse::getObject);
		return new StepBuilder(STAGE_STEP, jobRepository).<TableRow, ParsedRow>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(reader)
			.listener(processor)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<Warehouse> warehouse) {
		return new StepBuilder(PUBLISH_STEP, jobRepository).tasklet(new Publisher(warehouse::getObject), transactionManager)
			.build();
	}
}
