package vn.blocstats.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The term bands of a trend chart come from every committee drawn, whatever order they were chosen
 * in (issue 14, point 2): Hưng Yên's committee of 2025 first with the five blocs used to leave one
 * 2025–2030 band and none for the blocs' three terms.
 */
class TrendBandsTests {

	static final List<String> BLOCS = List.of("36-KCQDN", "74-KCQDN", "56-KCQ", "34-KCQ", "68-KCQ");

	@Test
	void the_bands_are_those_of_every_committee_drawn_and_do_not_depend_on_the_order_chosen() throws Exception {
		try (Warehouse w = Warehouse.open(SampleWarehouse.path()); DuckDBConnection c = w.connection()) {
			Metric admissions = MetricCatalog.load(c).byCode("admissions").orElseThrow();
			List<String> yenFirst = new ArrayList<>(List.of("33-DCQD"));
			yenFirst.addAll(BLOCS);
			List<String> yenLast = new ArrayList<>(BLOCS.reversed());
			yenLast.add("33-DCQD");

			List<Term> a = bands(w, admissions, yenFirst);
			List<Term> b = bands(w, admissions, yenLast);

			assertThat(a).extracting(Term::label).containsExactly("2010-2015", "2015-2020", "2020-2025", "2025-2030");
			assertThat(b).isEqualTo(a);
			// overlapping terms of several blocs: earliest first, each not overlapping the one before (hand-checked in
			// the sample's term table: 34-KCQ's 2015–2020 ends on 11/8/2020, after the other blocs' congresses of 2020)
			assertThat(a).extracting(t -> t.committeeCode() + " " + t.start())
				.containsExactly("34-KCQ 2010-06-10", "34-KCQ 2015-06-11", "34-KCQ 2020-08-12", "33-DCQD 2025-08-19");
		}
	}

	private static List<Term> bands(Warehouse w, Metric metric, List<String> committees) throws Exception {
		TrendChart.Request request = new TrendChart.Request(committees, metric, Locale.of("vi", "VN"), ChartTheme.SCREEN);
		return TrendChart.query(new FigureQueries(w), request).terms();
	}
}
