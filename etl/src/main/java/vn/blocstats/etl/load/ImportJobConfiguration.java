package vn.blocstats.etl.load;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.blocstats.warehouse.Warehouse;

/**
 * The import's Spring Batch job ({@link ImportFileJob}: built anew for each file) and its names: the job,
 * its steps, its parameters. The file is a job parameter; each run is a new job instance, so the job
 * repository keeps the whole import history, duplicates included.
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
	ImportFileJob importFileJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<Warehouse> warehouse) {
		return new ImportFileJob(jobRepository, transactionManager, warehouse::getObject);
	}
}
