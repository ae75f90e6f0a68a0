package vn.blocstats.etl;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * The warehouse bean ({@code blocstats.db}). Apart from {@link EtlConfiguration} so that a command that
 * needs only the warehouse starts without the rest of the module (Spring Batch).
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfiguration {

	/**
	 * The warehouse, opened read-write on first use (commands that only read never open it so). With
	 * {@code blocstats.demo} ({@code --demo} on the command line: the demo warehouse
	 * {@code data/demo.duckdb}) it is marked a demo for good ({@link WarehouseInfo#markDemo}).
	 */
	@Bean(destroyMethod = "close")
	@Lazy
	Warehouse warehouse(@Value("${blocstats.db}") String db, @Value("${blocstats.demo:false}") boolean demo) {
		Warehouse w = Warehouse.open(Path.of(db));
		if (demo) {
			try (java.sql.Connection c = w.connection()) {
				WarehouseInfo.markDemo(c, "--demo");
			}
			catch (java.sql.SQLException | RuntimeException e) {
				w.close();
				throw new vn.blocstats.warehouse.WarehouseException("Cannot mark the warehouse " + db + " a demo: " + e.getMessage(), e);
			}
		}
		return w;
	}
}
