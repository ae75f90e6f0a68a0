package vn.blocstats.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB alone, no blocstats code: a writer inserts a file's worth of rows into one table and one
 * row describing them into another in one transaction, as an import does; a reader counts both in
 * one query while it runs. The reader must see both or neither.
 */
class SnapshotReadsTests {

	@TempDir
	Path dir;

	@Test
	void a_reader_sees_a_transactions_two_tables_together() throws Exception {
		List<String> anomalies = new ArrayList<>();
		int reads = 0;
		try (DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("s.duckdb"))) {
			try (Statement st = root.createStatement()) {
				st.execute("CREATE TABLE fact (load_id BIGINT, v BIGINT, superseded BIGINT)");
				st.execute("CREATE TABLE load (load_id BIGINT, rows_loaded BIGINT)");
			}
			AtomicBoolean done = new AtomicBoolean();
			Thread writer = Thread.ofPlatform().start(() -> {
				try (DuckDBConnection c = root.duplicate(); Statement st = c.createStatement()) {
					for (int load = 1; load <= 12; load++) {
						c.setAutoCommit(false);
						st.execute("CREATE OR REPLACE TEMP TABLE pub_ctx AS SELECT CAST(" + load + " AS BIGINT) AS load_id");
						st.execute("UPDATE fact SET superseded = " + load + " WHERE superseded IS NULL AND v % 2 = 0");
						st.execute("INSERT INTO fact SELECT (SELECT load_id FROM pub_ctx), range, NULL FROM range(137600)");
						st.execute("INSERT INTO load VALUES (" + load + ", 137600)");
						c.commit();
						c.setAutoCommit(true);
						st.execute("CHECKPOINT");
					}
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				finally {
					done.set(true);
				}
			});
			while (!done.get()) {
				// a connection per read, as the screens take one
				try (DuckDBConnection c = root.duplicate(); Statement st = c.createStatement()) {
					try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM fact), "
							+ "(SELECT coalesce(sum(rows_loaded), 0) FROM load WHERE rows_loaded > 0)")) {
						rs.next();
						reads++;
						if (rs.getLong(1) != rs.getLong(2)) {
							anomalies.add("facts " + rs.getLong(1) + " vs loads " + rs.getLong(2));
						}
					}
				}
			}
			writer.join();
		}
		System.out.println("reads " + reads + ", anomalies " + anomalies);
		assertThat(anomalies).isEmpty();
	}
}
