package vn.blocstats.etl;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.config.SettingsConfiguration;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * The H2 file beside the warehouse ({@code <name>.jobs.mv.db}): Spring Batch's job repository (the
 * import history), the dashboard's accounts and its audit. Apart from {@link EtlConfiguration} so that a
 * command that needs only this database (imports, user) starts without the rest of the module.
 */
@Configuration(proxyBeanMethods = false)
@Import(SettingsConfiguration.class)
public class JobRepositoryDatabase {

	private final DataDirectory data;

	JobRepositoryDatabase(DataDirectory data) {
		this.data = data;
	}

	/**
	 * The Spring Batch job repository's database. No H2 trace file: on a full disk or an unwritable
	 * folder H2 would print its own stack traces about it before the real error.
	 */
	@Bean
	DataSource jobRepositoryDataSource() {
		Path parent = data.folder();
		if (parent != null && !Files.exists(parent)) {
			OwnerOnly.createFolders(parent);
		}
		return DataSourceBuilder.create()
			.driverClassName("org.h2.Driver")
			.url("jdbc:h2:file:" + data.jobRepository() + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0")
			.username("sa")
			.password("")
			.build();
	}

	/**
	 * Once the job repository exists (Spring Batch creates its tables at start): its file — the
	 * import history, the accounts and the audit — is the owner's only, whatever the umask.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void jobRepositoryOwnerOnly() {
		OwnerOnly.file(data.jobRepositoryFile());
		OwnerOnly.file(data.jobRepositoryLock());
	}
}
