package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

/** The views materialised for the screens: rebuilt together, read as long as the current views computed them. */
class FigureTablesTests {

	@TempDir
	Path dir;

	@Test
	void the_tables_hold_what_the_views_say_and_are_read_only_while_fresh() throws Exception {
		try (Figures f = Figures.in(dir)) {
			Warehouse w = f.warehouse();
			f.unit("74", "Tỉnh Bình Dương", "tinh", null);
			f.unit("74-K", "Đảng bộ Khối", "dang_bo_khoi", "74");
			f.unit("74-K-1", "Đảng bộ Sở Y tế", "dang_bo_co_so", "74-K");
			f.term("74-K", "2015-2020", 6, "2015-07-15", "2020-07-13");
			f.flow("74-K-1", "admissions", "2016-01-01", "2016-06-30", 40);
			f.flow("74-K-1", "admissions", "2016-07-01", "2016-12-31", 60);
			try (DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
				st.execute("INSERT INTO load (load_id, file_name, file_sha256, status, started_at) "
						+ "VALUES (1, 'a.csv', 'x', 'LOADED', current_timestamp)");
				assertThat(FigureTables.fresh(c)).isFalse();

				FigureTables.refresh(w);
				assertThat(FigureTables.fresh(c)).isTrue();
				assertThat(f.rows("SELECT org_code, year, value FROM figure_year WHERE metric = 'admissions' ORDER BY ALL"))
					.isEqualTo(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY ALL"))
					.contains("74-K | 2016 | 100", "74 | 2016 | 100");

				// While fresh, readers use the table (altered here to prove it)…
				st.execute("UPDATE figure_year SET value = 999 WHERE org_code = '74-K' AND metric = 'admissions'");
				FigureQueries q = new FigureQueries(w);
				assertThat(q.yearSeries("74-K", "admissions").values()).extracting(FigureQueries.YearValue::value).containsExactly(999.0);

				// … and when a new load is recorded they are stale, but readers keep the last complete figures
				// (never the slow live views) until the refresh commits…
				st.execute("INSERT INTO load (load_id, file_name, file_sha256, status, started_at) "
						+ "VALUES (2, 'b.csv', 'y', 'LOADED', current_timestamp)");
				assertThat(FigureTables.fresh(c)).isFalse();
				assertThat(q.yearSeries("74-K", "admissions").values()).extracting(FigureQueries.YearValue::value).containsExactly(999.0);

				// … while new views (a migration) empty figure_refresh: then only the views are right.
				st.execute("DELETE FROM figure_refresh");
				assertThat(q.yearSeries("74-K", "admissions").values()).extracting(FigureQueries.YearValue::value).containsExactly(100.0);
			}
		}
	}
}
