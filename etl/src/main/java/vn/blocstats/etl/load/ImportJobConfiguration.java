package vn.blocstats.etl.load;

import java.nio.file.Path;
import java.sql.SQLException;

import org.duckdb.DuckDBConnection;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.etl.table.RowParser;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The job that imports one file: {@code stage} reads and checks every row into the staging
 * tables (chunks of {@value #CHUNK} rows, DuckDB Appender), {@code publish} moves them into the
 * warehouse in one transaction. The file is a job parameter; each run is a new job instance, so
 * the job repository keeps the whole import history.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	static final String JOB = "importFile";
	static final String STAGE_STEP = "stage";
	static final String PUBLISH_STEP = "publish";
	static final String FILE = "file";
	static final String NAME = "name";
	static final String SHA256 = "sha256";
	static final String DRY_RUN = "dryRun";
	static final String REPORT = "report";
	static final String RUN = "run";
	static final int CHUNK = 10_000;

	@Bean
	Job importFileJob(JobRepository jobRepository, Step stageStep, Step publishStep) {
		return new JobBuilder(JOB, jobRepository).start(stageStep).next(publishStep).build();
	}

	@Bean
	Step stageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, TableRowReader tableRowReader,
			RowProcessor rowProcessor, StagingWriter stagingWriter) {
		return new StepBuilder(STAGE_STEP, jobRepository).<TableRow, ParsedRow>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(tableRowReader)
			.processor(rowProcessor)
			.writer(stagingWriter)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<Warehouse> warehouse) {
		return new StepBuilder(PUBLISH_STEP, jobRepository).tasklet(new Publisher(warehouse::getObject), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	TableRowReader tableRowReader(@Value("#{jobParameters['" + FILE + "']}") String file,
			@Value("#{jobParameters['" + NAME + "']}") String name, Warehouse warehouse) {
		return new TableRowReader(Path.of(file), name, warehouse);
	}

	@Bean
	@StepScope
	RowProcessor rowProcessor(Warehouse warehouse) throws SQLException {
		try (DuckDBConnection conn = warehouse.connection()) {
			return new RowProcessor(new RowParser(MetricCatalog.load(conn)));
		}
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(Warehouse warehouse) {
		return new StagingWriter(warehouse);
	}
}
