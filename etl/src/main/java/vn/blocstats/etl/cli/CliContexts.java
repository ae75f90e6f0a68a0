package vn.blocstats.etl.cli;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

import vn.blocstats.etl.EtlConfiguration;
import vn.blocstats.etl.JobRepositoryDatabase;
import vn.blocstats.etl.WarehouseConfiguration;
import vn.blocstats.etl.load.ImportHistory;

/**
 * The lean Spring sources of the etl commands that need neither Spring Batch's jobs nor the web: each
 * holds {@link Cli} and what its commands use (the commands themselves are not beans: parsed first, then given
 * their collaborators, {@link CommandLines}), and the module's defaults
 * ({@code blocstats-etl.properties}), so the settings resolve as in the whole application ({@code --db},
 * {@code BLOCSTATS_DB}, {@code application.properties}). Which command gets which is decided in one place,
 * the application module's {@code CommandContext}. Not {@code @Configuration}: no component scan picks
 * them up.
 */
public final class CliContexts {

	private CliContexts() {
	}

	/** {@code alias}, {@code rule}, {@code template}: the warehouse. */
	@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
	@Import({ Cli.class, WarehouseConfiguration.class })
	public static final class Warehouse {
	}

	/**
	 * The job repository (the H2 file beside the warehouse) as Spring Batch reads it, without its jobs:
	 * {@code imports}; the application module adds its accounts and audit to it.
	 */
	@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
	@Import(JobRepositoryDatabase.class)
	@ImportAutoConfiguration({ DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class })
	public static final class JobRepository {
	}

	/** {@code imports}: the import history from the job repository. */
	@Import({ JobRepository.class, Cli.class, ImportHistory.class })
	public static final class Imports {
	}

	/**
	 * The whole etl module with Spring Batch, without the web: {@code import} (the application module adds the
	 * hand-off to a running server).
	 */
	@Import(EtlConfiguration.class)
	@ImportAutoConfiguration({ DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
			BatchJdbcAutoConfiguration.class, BatchAutoConfiguration.class })
	public static final class Batch {
	}
}
