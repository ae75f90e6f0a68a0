package vn.blocstats.warehouse.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

class MigrationsTests {

	@TempDir
	Path dir;

	@Test
	void a_new_file_gets_the_whole_schema_and_the_catalog() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection();
				Statement st = c.createStatement()) {
			ResultSet rs = st.executeQuery("SELECT count(*) FROM metric WHERE kind <> 'I'");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(49);
			rs = st.executeQuery("SELECT metric_code FROM metric_alias WHERE alias_key = text_key('SỐ ĐV  kết-nạp')");
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("admissions");
		}
	}

	@Test
	void reopening_keeps_the_data_and_applies_nothing_twice() throws Exception {
		Path f = dir.resolve("w.duckdb");
		try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO metric_alias VALUES ('so_kn', 'Số KN', 'admissions', 'admin')");
		}
		try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			ResultSet rs = st.executeQuery("SELECT count(*) FROM metric_alias WHERE origin = 'admin'");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(1);
			// each version once, up to the latest
			rs = st.executeQuery("SELECT max(version), count(*) - count(DISTINCT version) FROM schema_history WHERE version > 0");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(Migrations.fromClasspath().latestVersion());
			assertThat(rs.getInt(2)).isZero();
		}
	}

	@Test
	void an_old_file_is_upgraded_in_place() throws Exception {
		Path f = dir.resolve("old.duckdb");
		try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			// pretend the file stopped at version 1
			st.execute("DELETE FROM schema_history WHERE version > 1");
			// (undo V007, V006 and V005 first: V005's rule terms refer to the metrics)
			st.execute("DROP TABLE warehouse_info");
			st.execute("ALTER TABLE load DROP COLUMN imported_by");
			st.execute("DROP TABLE validation_rule_term");
			st.execute("DROP TABLE validation_rule");
			st.execute("DROP TABLE rule_violation");
			st.execute("DELETE FROM metric_alias");
			st.execute("DELETE FROM metric_part");
			st.execute("DROP MACRO text_key");
			st.execute("DELETE FROM metric");
			// and undo V003
			st.execute("ALTER TABLE stg_figure_org DROP COLUMN org_column");
			st.execute("ALTER TABLE stg_figure_metric DROP COLUMN value_column");
			st.execute("DROP TABLE stg_sheet_scope");
			// and V004
			st.execute("DROP TABLE figure_refresh");
		}
		try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			ResultSet rs = st.executeQuery("SELECT count(*) FROM metric_alias");
			rs.next();
			assertThat(rs.getInt(1)).isGreaterThan(100);
			rs = st.executeQuery("SELECT count(*) FROM validation_rule_term WHERE rule_code = 'orgs_assessed_parts'");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(5);
		}
	}

	@Test
	void an_old_file_holding_the_sample_data_is_marked_a_demo_by_its_upgrade_and_a_real_one_is_not() throws Exception {
		Path sample = oldFileWithLoad(dir.resolve("sample.duckdb"), "'sample'", "/srv/blocstats/sample-data/74-binh-duong/don-vi.csv");
		Path beforeV006 = oldFileWithLoad(dir.resolve("old-serve.duckdb"), "NULL", "/home/vp/blocstats/sample-data/00-chung/tinh.csv");
		Path real = oldFileWithLoad(dir.resolve("real.duckdb"), "'cli:vanphong'", "/home/vp/bao-cao/so-lieu-2024.xlsx");
		for (Path f : java.util.List.of(sample, beforeV006, real)) {
			try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
				ResultSet rs = st.executeQuery("SELECT count(*) FROM warehouse_info WHERE name = 'demo'");
				rs.next();
				assertThat(rs.getInt(1)).as(f.getFileName().toString()).isEqualTo(f == real ? 0 : 1);
				assertThat(vn.blocstats.warehouse.info.WarehouseInfo.demo(c)).as(f.getFileName().toString()).isEqualTo(f != real);
			}
		}
	}

	@Test
	void a_warehouse_is_a_demo_once_marked_or_once_it_holds_a_load_of_the_sample_data() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			assertThat(vn.blocstats.warehouse.info.WarehouseInfo.demo(c)).isFalse();
			assertThat(vn.blocstats.warehouse.info.WarehouseInfo.noFigures(c)).isTrue();
			st.execute("INSERT INTO load (load_id, file_name, file_path, file_sha256, status, started_at, imported_by) "
					+ "VALUES (1, 'a.csv', '/x/a.csv', 'h', 'LOADED', now(), 'sample')");
			assertThat(vn.blocstats.warehouse.info.WarehouseInfo.demo(c)).isTrue();
			st.execute("DELETE FROM load");
			assertThat(vn.blocstats.warehouse.info.WarehouseInfo.demo(c)).isFalse();
			vn.blocstats.warehouse.info.WarehouseInfo.markDemo(c, "serve --demo");
			vn.blocstats.warehouse.info.WarehouseInfo.markDemo(c, "import --demo");
			ResultSet rs = st.executeQuery("SELECT value FROM warehouse_info WHERE name = 'demo'");
			rs.next();
			assertThat(rs.getString(1)).as("the first mark kept").isEqualTo("serve --demo");
		}
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			assertThat(vn.blocstats.warehouse.info.WarehouseInfo.demo(c)).as("durable, in the file").isTrue();
		}
	}

	/** A file at version 6 (before warehouse_info) with one load of {@code path} imported by {@code importedBy} (SQL). */
	private static Path oldFileWithLoad(Path f, String importedBy, String path) throws Exception {
		try (Warehouse w = Warehouse.open(f); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			st.execute("DELETE FROM schema_history WHERE version > 6");
			st.execute("DROP TABLE warehouse_info");
			st.execute("INSERT INTO load (load_id, file_name, file_path, file_sha256, status, started_at, imported_by) VALUES (1, 'f', '"
					+ path + "', 'h', 'LOADED', now(), " + importedBy + ")");
		}
		return f;
	}

	@Test
	void splits_scripts_outside_quotes_and_comments() {
		assertThat(vn.blocstats.warehouse.base.SqlScripts.split("-- a; comment\nSELECT 'x;y'; SELECT \"a;b\" ;\n\n"))
			.containsExactly("SELECT 'x;y'", "SELECT \"a;b\"");
	}
}
