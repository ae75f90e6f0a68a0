package vn.blocstats.etl;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.config.SettingsConfiguration;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * The warehouse bean ({@code blocstats.db}). Apart from {@link EtlConfiguration} so that a command that
 * needs only the warehouse starts without the rest of the module (Spring Batch).
 */
@Configuration(proxyBeanMethods = false)
@Import(SettingsConfiguration.class)
public class WarehouseConfiguration {

	/**
	 * The warehouse, opened read-write on first use (commands that only read never open it so). With
	 * {@code blocstats.demo} ({@code --demo} on the command line: the demo warehouse
	 * {@code data/demo.duckdb}) it is marked a demo for good ({@link WarehouseInfo#markDemo}).
	 */
	@Bean(destroyMethod = "close")
	@Lazy
	Warehouse warehouse(DataDirectory data, BlocstatsProperties settings) {
		Warehouse w = Warehouse.open(data.warehouse());
		if (settings.demo()) {
			try (java.sql.Connection c = w.connection()) {
				WarehouseInfo.markDemo(c, "--demo");
			}
			catch (java.sql.SQLException | RuntimeException e) {
				w.close();
				throw new vn.blocstats.warehouse.WarehouseException("Không đánh dấu được kho " + data.warehouse() + " là kho demo: " + e.getMessage(), e);
			}
		}
		return w;
	}
}
