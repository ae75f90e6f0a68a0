package vn.blocstats.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.TrendQueries;
import vn.blocstats.warehouse.figures.TrendQueries.Basis;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;
import vn.blocstats.warehouse.figures.TrendQueries.Link;
import vn.blocstats.warehouse.figures.TrendQueries.PeriodValue;

/**
 * Bình Dương's bloc 74-KCQDN across the 2025 reorganisation, on the whole sample data
 * ({@code sample-data/}, imported once): it ends on 31/1/2025, its units move to 74-DCQD / 74-DUB
 * (shares 0,11 / 0,89) and with the province to 79-DCQD / 79-DUB on 1/7/2025.
 */
class RestatedSampleDataTests {

	@TempDir
	static Path dir;

	static Warehouse warehouse;

	static TrendQueries trends;

	@BeforeAll
	static void importSampleData() throws Exception {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		Path db = dir.resolve("w.duckdb");
		int code = BlocstatsApplication.run(new String[] { "import", "--demo", "--db", db.toString(), "../sample-data" }, quiet, quiet);
		assertThat(code).as("the eight bad rows of Lâm Đồng's supplement are rejected").isEqualTo(3);
		warehouse = Warehouse.open(db);
		trends = new TrendQueries(warehouse);
	}

	@AfterAll
	static void close() {
		warehouse.close();
	}

	@Test
	void the_bloc_that_ended_leads_to_the_two_committees_of_ho_chi_minh_city_with_its_members_shares() throws Exception {
		assertThat(trends.current("74-KCQDN")).isFalse();
		assertThat(trends.successors("74-KCQDN")).extracting(Link::code, Link::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("79-DUB", 0.89), org.assertj.core.groups.Tuple.tuple("79-DCQD", 0.11));
		assertThat(trends.predecessors("79-DCQD")).extracting(Link::code).contains("74-DCQD", "74-KCQDN");
	}

	@Test
	void followed_into_its_successors_the_bloc_continues_in_2025() throws Exception {
		Map<Integer, Double> bloc = byYear(trends.series("74-KCQDN", "admissions", Grain.YEAR, Basis.THEN, false));
		Map<Integer, Double> dcqd = byYear(trends.series("79-DCQD", "admissions", Grain.YEAR, Basis.TODAY, false));
		Map<Integer, Double> dub = byYear(trends.series("79-DUB", "admissions", Grain.YEAR, Basis.TODAY, false));

		// as structured then the bloc stops with 2024; restated, its successors go on through 2025
		assertThat(bloc).containsKey(2024).doesNotContainKey(2025);
		assertThat(dcqd.get(2025)).isPositive();
		assertThat(dub.get(2025)).isPositive();
		// every unit of the bloc moved on 1/2/2025: from 2019 (after the last merger) the successors'
		// restated admissions add up to the bloc's own figures, year by year
		for (int year = 2019; year <= 2024; year++) {
			assertThat(dcqd.get(year) + dub.get(year)).as("admissions %d", year).isEqualTo(bloc.get(year));
		}
		// and so do its members at the end of 2024 (a stock: the sum at the year's end)
		assertThat(value("79-DCQD", "members_total", 2024) + value("79-DUB", "members_total", 2024))
			.isEqualTo(byYear(trends.series("74-KCQDN", "members_total", Grain.YEAR, Basis.THEN, false)).get(2024));
	}

	@Test
	void restated_totals_equal_the_sum_of_the_units_that_moved() throws Exception {
		// the units under 74-KCQDN on 31/1/2025 whose latest row puts them under 79-DCQD or 79-DUB, their
		// admissions summed per year straight from v_figure_year (the units' own figures)
		Map<Integer, Double> moved = new LinkedHashMap<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("""
						SELECT f.year, sum(f.value) FROM v_figure_year f
						WHERE f.metric = 'admissions' AND f.year BETWEEN 2019 AND 2025 AND f.org_code IN (
						    SELECT code FROM org_unit WHERE parent_code = ? AND DATE '2025-01-31' BETWEEN valid_from AND valid_to
						    INTERSECT
						    SELECT code FROM org_unit u WHERE valid_from = (SELECT max(valid_from) FROM org_unit x WHERE x.code = u.code)
						      AND parent_code IN (?, ?))
						GROUP BY f.year ORDER BY f.year""")) {
			ps.setString(1, "74-KCQDN");
			ps.setString(2, "79-DCQD");
			ps.setString(3, "79-DUB");
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					moved.put(rs.getInt(1), rs.getDouble(2));
				}
			}
		}
		assertThat(moved).containsKeys(2019, 2024, 2025);
		for (var e : moved.entrySet()) {
			assertThat(value("79-DCQD", "admissions", e.getKey()) + value("79-DUB", "admissions", e.getKey()))
				.as("admissions %d", e.getKey()).isEqualTo(e.getValue());
		}
		// the province of today restated = its two committees (the sample holds no other unit of 79)
		assertThat(value("79", "admissions", 2025)).isEqualTo(moved.get(2025));
	}

	@Test
	void half_years_of_the_restated_series_add_up_to_its_years() throws Exception {
		Map<Integer, Double> halves = trends.series("79-DUB", "admissions", Grain.HALF, Basis.TODAY, false).stream()
			.collect(Collectors.groupingBy(PeriodValue::year, Collectors.summingDouble(PeriodValue::value)));
		Map<Integer, Double> years = byYear(trends.series("79-DUB", "admissions", Grain.YEAR, Basis.TODAY, false));

		assertThat(halves).isEqualTo(years);
	}

	private static double value(String org, String metric, int year) throws Exception {
		Double v = byYear(trends.series(org, metric, Grain.YEAR, Basis.TODAY, false)).get(year);
		assertThat(v).as("%s %s %d", org, metric, year).isNotNull();
		return v;
	}

	private static Map<Integer, Double> byYear(java.util.List<PeriodValue> values) {
		return values.stream().collect(Collectors.toMap(PeriodValue::year, PeriodValue::value, (a, b) -> a, LinkedHashMap::new));
	}
}
