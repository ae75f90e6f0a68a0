package vn.blocstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory limit: 40 % of the machine by default (room for the JVM), or as the system property says. */
class WarehouseSettingsTests {

	@TempDir
	Path dir;

	@AfterEach
	void clear() {
		System.clearProperty(Warehouse.MEMORY_LIMIT);
	}

	@Test
	void the_memory_limit_is_the_one_the_system_property_names() throws Exception {
		System.setProperty(Warehouse.MEMORY_LIMIT, "1GB");
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			assertThat((double) bytes(c)).as("DuckDB shows it rounded to 0,1 MiB").isCloseTo(1e9, org.assertj.core.data.Percentage.withPercentage(0.1));
		}
	}

	@Test
	void by_default_the_memory_limit_is_four_tenths_of_the_machine() throws Exception {
		long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			assertThat((double) bytes(c)).isCloseTo(total * 0.4, org.assertj.core.data.Percentage.withPercentage(2));
		}
	}

	private static long bytes(DuckDBConnection c) throws Exception {
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'")) {
			rs.next();
			String v = rs.getString(1);
			String[] parts = v.split(" ");
			double n = Double.parseDouble(parts[0]);
			long unit = switch (parts[1]) {
				case "KiB" -> 1L << 10;
				case "MiB" -> 1L << 20;
				case "GiB" -> 1L << 30;
				case "TiB" -> 1L << 40;
				default -> throw new IllegalStateException("memory_limit " + v);
			};
			return Math.round(n * unit);
		}
	}
}
