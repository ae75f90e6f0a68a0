package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

/**
 * The incremental refresh ({@link FigureTables#refreshChanged}) against the views: a sequence of
 * imports drawn at random — new figures, corrections that supersede, totals sent as parts, cumulative
 * figures, a unit moving, a committee ending and its successors — applied one by one; after every
 * step every figure table equals its view (EXCEPT ALL both ways), which is what a full rebuild gives.
 */
class IncrementalRefreshTests {

	@TempDir
	Path dir;

	/** Three groups: two provinces with a bloc each, and a third whose bloc ends in 2025 into two successors. */
	private Figures threeGroups() throws Exception {
		Figures f = Figures.in(dir);
		for (String p : List.of("74", "36", "68")) {
			f.unit(p, "Tỉnh " + p, "tinh", null)
				.unit(p + "-K", "Đảng bộ Khối " + p, "dang_bo_khoi", p, "0001-01-01", p.equals("68") ? "2025-01-31" : "9999-12-31")
				.term(p + "-K", "2015-2020", 6, "2015-06-20", "2020-07-14")
				.term(p + "-K", "2020-2025", 7, "2020-07-15", p.equals("68") ? "2025-01-31" : "2025-07-14")
				.target(p + "-K", "2015-2020", "admissions", "tong_nhiem_ky", "nghi_quyet", 1000)
				.target(p + "-K", "2015-2020", "admissions", "hang_nam", "nghi_quyet", 180)
				.target(p + "-K", "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "nghi_quyet", 90);
			for (int u = 1; u <= 4; u++) {
				f.unit(p + "-K-" + u, "Đảng bộ " + p + "/" + u, "dang_bo_co_so", p + "-K", "0001-01-01",
						p.equals("68") ? "2025-01-31" : "9999-12-31");
			}
		}
		// 68's bloc ends on 31/1/2025: its units go to two committees of 2025, the bloc split 60/40
		f.unit("68-D", "Đảng bộ các cơ quan Đảng 68", "dang_bo_khoi", "68", "2025-02-01", "9999-12-31")
			.unit("68-U", "Đảng bộ UBND 68", "dang_bo_khoi", "68", "2025-02-01", "9999-12-31")
			.term("68-D", "2025-2030", 1, "2025-08-15", "2030-12-31")
			.succession("68-K", "68-D", 0.6, "2025-02-01")
			.succession("68-K", "68-U", 0.4, "2025-02-01");
		for (int u = 1; u <= 4; u++) {
			f.unit("68-K-" + u, "Đảng bộ 68/" + u, "dang_bo_co_so", u <= 2 ? "68-D" : "68-U", "2025-02-01", "9999-12-31");
		}
		return f;
	}

	@Test
	void every_table_equals_its_view_after_every_import_of_a_random_sequence() throws Exception {
		Random random = new Random(20261207);
		try (Figures f = threeGroups()) {
			Warehouse w = f.warehouse();
			long load = 1;
			insertLoad(w, load, "units");
			FigureTables.refresh(w);
			assertTablesEqualViews(w, "start");
			int incremental = 0;
			for (int step = 1; step <= 6; step++) {
				load++;
				String province = List.of("74", "36", "68").get(random.nextInt(3));
				boolean structure = step == 4;
				insertLoad(w, load, structure ? "units" : "figures");
				if (structure) {
					// a unit moves from 74's bloc to a new unit of 36 (a change of structure: everything is rebuilt)
					try (DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
						st.execute("UPDATE org_unit SET valid_to = DATE '2021-12-31' WHERE code = '74-K-4'");
						st.execute("INSERT INTO org_unit (code, name, name_key, type, parent_code, valid_from, valid_to, load_id) "
								+ "VALUES ('74-K-4', 'Đảng bộ 74/4', 'x', 'dang_bo_co_so', '36-K', DATE '2022-01-01', DATE '9999-12-31', "
								+ load + ")");
					}
				}
				else {
					writeFigures(w, random, province, load);
				}
				FigureTables.Refreshed r = FigureTables.refreshChanged(w);
				if (!structure) {
					assertThat(r.full()).as("step %d", step).isFalse();
					incremental++;
				}
				else {
					assertThat(r.full()).as("a change of structure rebuilds everything").isTrue();
				}
				assertTablesEqualViews(w, "step " + step + " (" + province + ")");
			}
			assertThat(incremental).isEqualTo(5);
		}
	}

	@Test
	void a_correction_in_one_province_recomputes_only_its_group() throws Exception {
		try (Figures f = threeGroups()) {
			Warehouse w = f.warehouse();
			insertLoad(w, 1, "units");
			insertFact(w, "74-K-1", "admissions", "2019-01-01", "2019-12-31", "ky", 40, 1);
			insertFact(w, "36-K-1", "admissions", "2019-01-01", "2019-12-31", "ky", 50, 1);
			FigureTables.refresh(w);
			try (DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
				// a table row of the other group, altered: an incremental refresh of 74's group leaves it alone
				st.execute("UPDATE figure_year SET value = 777 WHERE org_code = '36-K' AND metric = 'admissions'");
			}
			insertLoad(w, 2, "figures");
			supersede(w, "74-K-1", "admissions", "2019-01-01", "2019-12-31", 2);
			insertFact(w, "74-K-1", "admissions", "2019-01-01", "2019-12-31", "ky", 45, 2);

			FigureTables.Refreshed r = FigureTables.refreshChanged(w);

			// 74, its bloc and 4 units
			assertThat(r.full()).isFalse();
			assertThat(r.units()).isEqualTo(6);
			assertThat(f.rows("SELECT org_code, value FROM figure_year WHERE metric = 'admissions' AND org_code IN ('74', '36-K') ORDER BY 1"))
				.containsExactly("36-K | 777", "74 | 45");
			try (DuckDBConnection c = w.connection()) {
				assertThat(FigureTables.fresh(c)).isTrue();
			}
		}
	}

	/** Random figures of one province's units: new flows and stocks, parts, cumulative, corrections. */
	private static void writeFigures(Warehouse w, Random random, String province, long load) throws SQLException {
		int year = 2016 + random.nextInt(9);
		for (int u = 1; u <= 4; u++) {
			String unit = province + "-K-" + u;
			if (random.nextInt(3) == 0) {
				continue;
			}
			String h = random.nextBoolean() ? "01-01|06-30" : "07-01|12-31";
			String start = year + "-" + h.substring(0, 5);
			String end = year + "-" + h.substring(6);
			switch (random.nextInt(5)) {
				case 0 -> {
					supersede(w, unit, "admissions", start, end, load);
					insertFact(w, unit, "admissions", start, end, "ky", 10 + random.nextInt(40), load);
				}
				case 1 -> {
					supersede(w, unit, "staff_reductions_party", start, end, load);
					supersede(w, unit, "staff_reductions_state", start, end, load);
					insertFact(w, unit, "staff_reductions_party", start, end, "ky", random.nextInt(10), load);
					insertFact(w, unit, "staff_reductions_state", start, end, "ky", random.nextInt(30), load);
				}
				case 2 -> {
					String asOf = year + "-12-31";
					for (String m : List.of("orgs_assessed", "orgs_excellent", "orgs_good", "members_official", "members_probationary")) {
						supersede(w, unit, m, asOf, asOf, load);
					}
					int assessed = 10 + random.nextInt(10);
					insertFact(w, unit, "orgs_assessed", asOf, asOf, "ky", assessed, load);
					insertFact(w, unit, "orgs_excellent", asOf, asOf, "ky", random.nextInt(3), load);
					insertFact(w, unit, "orgs_good", asOf, asOf, "ky", assessed - 3 - random.nextInt(3), load);
					insertFact(w, unit, "members_official", asOf, asOf, "ky", 100 + random.nextInt(50), load);
					insertFact(w, unit, "members_probationary", asOf, asOf, "ky", random.nextInt(8), load);
				}
				case 3 -> {
					String asOf = LocalDate.parse(end).toString();
					supersede(w, unit, "admissions", asOf, asOf, load);
					insertFact(w, unit, "admissions", asOf, asOf, "luy_ke", 50 + random.nextInt(100), load);
				}
				default -> insertFact(w, unit, "training_theory_senior", start, end, "ky", random.nextInt(5), load);
			}
		}
		// the committee's own figure now and then (own wins over its units)
		if (random.nextInt(4) == 0) {
			supersede(w, province + "-K", "admissions", year + "-01-01", year + "-12-31", load);
			insertFact(w, province + "-K", "admissions", year + "-01-01", year + "-12-31", "ky", 100 + random.nextInt(50), load);
		}
	}

	private static void insertLoad(Warehouse w, long load, String kind) throws SQLException {
		try (DuckDBConnection c = w.connection(); PreparedStatement ps = c.prepareStatement(
				"INSERT INTO load (load_id, file_name, file_sha256, table_kind, status, started_at) VALUES (?, ?, ?, ?, 'LOADED', current_timestamp)")) {
			ps.setLong(1, load);
			ps.setString(2, "f" + load + ".csv");
			ps.setString(3, "sha" + load);
			ps.setString(4, kind);
			ps.executeUpdate();
		}
	}

	private static void supersede(Warehouse w, String org, String metric, String start, String end, long load) throws SQLException {
		try (DuckDBConnection c = w.connection(); PreparedStatement ps = c.prepareStatement("UPDATE fact SET superseded_by = ? "
				+ "WHERE org_code = ? AND metric_code = ? AND period_start = CAST(? AS DATE) AND period_end = CAST(? AS DATE) "
				+ "AND superseded_by IS NULL")) {
			ps.setLong(1, load);
			ps.setString(2, org);
			ps.setString(3, metric);
			ps.setString(4, start);
			ps.setString(5, end);
			ps.executeUpdate();
		}
	}

	private static void insertFact(Warehouse w, String org, String metric, String start, String end, String basis, double value,
			long load) throws SQLException {
		try (DuckDBConnection c = w.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO fact (org_code, metric_code, "
				+ "period_start, period_end, basis, value, load_id) VALUES (?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, ?, ?)")) {
			ps.setString(1, org);
			ps.setString(2, metric);
			ps.setString(3, start);
			ps.setString(4, end);
			ps.setString(5, basis);
			ps.setDouble(6, value);
			ps.setLong(7, load);
			ps.executeUpdate();
		}
	}

	/** Every table EXCEPT ALL its view, and the other way round, is empty (doubles compared to 9 decimals). */
	private static void assertTablesEqualViews(Warehouse w, String when) throws SQLException {
		try (DuckDBConnection c = w.connection()) {
			for (FigureTables.Table t : FigureTables.TABLES) {
				String columns = columns(c, t.table());
				// the view computed once, then compared both ways
				try (Statement st = c.createStatement()) {
					st.execute("CREATE OR REPLACE TEMP TABLE expected AS SELECT " + columns + " FROM " + t.view());
				}
				String table = "(SELECT " + columns + " FROM main." + t.table() + ")";
				for (String[] pair : new String[][] { { table, "temp.expected" }, { "temp.expected", table } }) {
					List<String> extra = rows(c, "SELECT * FROM " + pair[0] + " EXCEPT ALL SELECT * FROM " + pair[1]);
					assertThat(extra).as("%s, %s: rows of %s missing from %s", when, t.table(), pair[0], pair[1]).isEmpty();
				}
			}
		}
	}

	private static String columns(DuckDBConnection c, String table) throws SQLException {
		StringJoiner out = new StringJoiner(", ");
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' ORDER BY column_index")) {
			ps.setString(1, table);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String name = "\"" + rs.getString(1) + "\"";
					out.add(rs.getString(2).equals("DOUBLE") ? "round(" + name + ", 9) AS " + name : name);
				}
			}
		}
		return out.toString();
	}

	private static List<String> rows(DuckDBConnection c, String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringJoiner row = new StringJoiner(" | ");
				for (int i = 1; i <= n; i++) {
					row.add(String.valueOf(rs.getObject(i)));
				}
				out.add(row.toString());
			}
		}
		return out;
	}
}
