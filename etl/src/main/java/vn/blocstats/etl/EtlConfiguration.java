package vn.blocstats.etl;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

import vn.blocstats.etl.config.SettingsConfiguration;

/**
 * Wires the etl module: the warehouse file ({@code blocstats.db}, default
 * {@code data/blocstats.duckdb}) and, beside it, the Spring Batch job repository in an H2 file
 * ({@code <name>.jobs.mv.db}, {@link JobRepositoryDatabase}) — the import history lives there, not in DuckDB (docs/development.md);
 * the settings and the data folder they name ({@link SettingsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import({ SettingsConfiguration.class, WarehouseConfiguration.class, JobRepositoryDatabase.class })
@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
public class EtlConfiguration {
}
