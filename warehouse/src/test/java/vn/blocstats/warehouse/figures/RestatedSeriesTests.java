package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.figures.TrendQueries.Basis;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;
import vn.blocstats.warehouse.figures.TrendQueries.Link;
import vn.blocstats.warehouse.figures.TrendQueries.PeriodValue;

/**
 * Half-year windows and series restated to today's structure, on a tiny 2025 reorganisation: the
 * bloc 74-K ends on 31/1/2025 and is split (¼ and ¾ of its members) into 74-D and 74-U, which become
 * 79-D and 79-U of the merged province 79 on 1/7/2025. Its units: A (a đảng bộ cơ sở with the chi
 * bộ A-1 under it) moves to 74-D then 79-D; B moves to 74-U then 79-U; C is dissolved at the end of
 * 2016; D merges into B at the end of 2018.
 */
class RestatedSeriesTests {

	@TempDir
	Path dir;

	private Figures reorganisation() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null, "0001-01-01", "2025-06-30")
			.unit("79", "Thành phố Hồ Chí Minh", "tinh", null)
			.succession("74", "79", 1, "2025-07-01")
			.unit("74-K", "Đảng bộ Khối", "dang_bo_khoi", "74", "0001-01-01", "2025-01-31")
			.unit("74-D", "Đảng bộ các cơ quan Đảng tỉnh", "dang_bo_khoi", "74", "2025-02-01", "2025-06-30")
			.unit("74-U", "Đảng bộ UBND tỉnh", "dang_bo_khoi", "74", "2025-02-01", "2025-06-30")
			.unit("79-D", "Đảng bộ các cơ quan Đảng Thành phố", "dang_bo_khoi", "79", "2025-02-01", "9999-12-31")
			.unit("79-U", "Đảng bộ UBND Thành phố", "dang_bo_khoi", "79", "2025-02-01", "9999-12-31")
			.succession("74-K", "74-D", 0.25, "2025-02-01")
			.succession("74-K", "74-U", 0.75, "2025-02-01")
			.succession("74-D", "79-D", 1, "2025-07-01")
			.succession("74-U", "79-U", 1, "2025-07-01")
			.unit("A", "Đảng bộ Văn phòng Tỉnh ủy", "dang_bo_co_so", "74-K", "0001-01-01", "2025-01-31")
			.unit("A", "Đảng bộ Văn phòng Tỉnh ủy", "dang_bo_co_so", "74-D", "2025-02-01", "2025-06-30")
			.unit("A", "Đảng bộ Văn phòng Tỉnh ủy", "dang_bo_co_so", "79-D", "2025-07-01", "9999-12-31")
			.unit("A-1", "Chi bộ Phòng Tổng hợp", "chi_bo_truc_thuoc", "A")
			.unit("B", "Chi bộ Sở Tư pháp", "chi_bo_co_so", "74-K", "0001-01-01", "2025-01-31")
			.unit("B", "Chi bộ Sở Tư pháp", "chi_bo_co_so", "74-U", "2025-02-01", "2025-06-30")
			.unit("B", "Chi bộ Sở Tư pháp", "chi_bo_co_so", "79-U", "2025-07-01", "9999-12-31")
			.unit("C", "Chi bộ Ban Quản lý dự án", "chi_bo_co_so", "74-K", "0001-01-01", "2016-12-31")
			.unit("D", "Chi bộ Trung tâm Y tế dự phòng", "chi_bo_co_so", "74-K", "0001-01-01", "2018-12-31")
			.succession("D", "B", 1, "2019-01-01");
	}

	/** Admissions of 2016 by half-year (A's first half from its chi bộ) and of 2025 across the move. */
	private static void admissions(Figures f) throws Exception {
		f.flow("A-1", "admissions", "2016-01-01", "2016-06-30", 1)
			.flow("A", "admissions", "2016-07-01", "2016-12-31", 5)
			.flow("B", "admissions", "2016-01-01", "2016-06-30", 2)
			.flow("B", "admissions", "2016-07-01", "2016-12-31", 1)
			.flow("C", "admissions", "2016-01-01", "2016-06-30", 4)
			.flow("D", "admissions", "2016-01-01", "2016-06-30", 6)
			.flow("A", "admissions", "2025-01-01", "2025-06-30", 2)
			.flow("B", "admissions", "2025-01-01", "2025-06-30", 3)
			.flow("A", "admissions", "2025-07-01", "2025-12-31", 4)
			.flow("B", "admissions", "2025-07-01", "2025-12-31", 1);
	}

	private static void members(Figures f) throws Exception {
		f.stock("A", "members_total", "2016-06-30", 38)
			.stock("B", "members_total", "2016-06-30", 19)
			.stock("C", "members_total", "2016-06-30", 10)
			.stock("D", "members_total", "2016-06-30", 29)
			.stock("A", "members_total", "2016-12-31", 40)
			.stock("B", "members_total", "2016-12-31", 20)
			.stock("C", "members_total", "2016-12-31", 10)
			.stock("D", "members_total", "2016-12-31", 30)
			.stock("A", "members_total", "2025-12-31", 44)
			.stock("B", "members_total", "2025-12-31", 22);
	}

	@Test
	void half_years_sum_the_flows_inside_each_half_and_take_stocks_at_the_halfs_end() throws Exception {
		try (Figures f = reorganisation()) {
			admissions(f);
			members(f);

			// 74-K, H1/2016: 1 (A's chi bộ) + 2 + 4 + 6 = 13; H2: 5 + 1 = 6; members 38+19+10+29 = 96, then 100
			assertThat(f.rows("SELECT org_code, year, half, metric, value FROM v_figure_half WHERE org_code = '74-K' ORDER BY ALL"))
				.containsExactly("74-K | 2016 | 1 | admissions | 13", "74-K | 2016 | 1 | members_total | 96",
						"74-K | 2016 | 2 | admissions | 6", "74-K | 2016 | 2 | members_total | 100");
			// 2025 as structured then: H1 under 74-D / 74-U, H2 under 79-D / 79-U
			assertThat(f.rows("SELECT org_code, year, half, value FROM v_figure_half WHERE metric = 'admissions' AND year = 2025 "
					+ "AND org_code IN ('74-D', '74-U', '79-D', '79-U') ORDER BY ALL"))
				.containsExactly("74-D | 2025 | 1 | 2", "74-U | 2025 | 1 | 3", "79-D | 2025 | 2 | 4", "79-U | 2025 | 2 | 1");
		}
	}

	@Test
	void a_flow_reported_for_the_whole_year_counts_in_the_year_but_in_no_half() throws Exception {
		try (Figures f = reorganisation()) {
			f.flow("B", "recognitions", "2016-01-01", "2016-12-31", 7);

			assertThat(f.rows("SELECT org_code, value FROM v_figure_year WHERE metric = 'recognitions' ORDER BY ALL"))
				.containsExactly("74 | 7", "74-K | 7", "B | 7");
			assertThat(f.rows("SELECT * FROM v_figure_half WHERE metric = 'recognitions'")).isEmpty();
		}
	}

	@Test
	void a_committees_own_year_figure_wins_in_the_year_and_its_units_make_the_halves() throws Exception {
		try (Figures f = reorganisation()) {
			// the bloc's own 2016 (25) wins over its units' 19 in the year; the halves are the units': 13 and 6
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 25);
			admissions(f);

			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE metric = 'admissions' AND org_code = '74-K'"))
				.containsExactly("74-K | 2016 | 25");
			assertThat(f.rows("SELECT org_code, year, half, value FROM v_figure_half WHERE metric = 'admissions' "
					+ "AND org_code IN ('74-K', 'A') ORDER BY ALL"))
				.containsExactly("74-K | 2016 | 1 | 13", "74-K | 2016 | 2 | 6", "A | 2016 | 1 | 1", "A | 2016 | 2 | 5",
						"A | 2025 | 1 | 2", "A | 2025 | 2 | 4");
		}
	}

	@Test
	void todays_committee_gets_the_past_figures_of_the_units_that_belong_to_it_today() throws Exception {
		try (Figures f = reorganisation()) {
			admissions(f);
			TrendQueries q = new TrendQueries(f.warehouse());

			// 79-D today = A: 2016 = 1 + 5; 2025 = 2 + 4. 79-U today = B and D (merged into B): 2016 = 3 + 6;
			// 2025 = 3 + 1. C was dissolved: it is in no series of today.
			assertThat(q.series("79-D", "admissions", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 6, false), new PeriodValue(2025, 0, 6, false));
			assertThat(q.series("79-U", "admissions", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 9, false), new PeriodValue(2025, 0, 4, false));
			assertThat(q.series("79", "admissions", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 15, false), new PeriodValue(2025, 0, 10, false));
			assertThat(q.series("79-D", "admissions", Grain.HALF, Basis.TODAY, false)).containsExactly(
					new PeriodValue(2016, 1, 1, false), new PeriodValue(2016, 2, 5, false),
					new PeriodValue(2025, 1, 2, false), new PeriodValue(2025, 2, 4, false));
			// as structured then, the same 2016 belongs to the bloc: 6 + 3 + 4 + 6 = 19; 79-D has only H2/2025
			assertThat(q.series("74-K", "admissions", Grain.YEAR, Basis.THEN, false))
				.containsExactly(new PeriodValue(2016, 0, 19, false));
			assertThat(q.series("79-D", "admissions", Grain.YEAR, Basis.THEN, false))
				.containsExactly(new PeriodValue(2025, 0, 4, false));
		}
	}

	@Test
	void restated_stocks_are_the_sum_of_the_units_stocks_at_the_periods_end() throws Exception {
		try (Figures f = reorganisation()) {
			members(f);
			TrendQueries q = new TrendQueries(f.warehouse());

			// 31/12/2016: 79-D = A 40; 79-U = B 20 + D 30 (C dissolved); never the sum of the two dates
			assertThat(q.series("79-U", "members_total", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 50, false), new PeriodValue(2025, 0, 22, false));
			assertThat(q.series("79-U", "members_total", Grain.HALF, Basis.TODAY, false)).containsExactly(
					new PeriodValue(2016, 1, 48, false), new PeriodValue(2016, 2, 50, false), new PeriodValue(2025, 2, 22, false));
		}
	}

	@Test
	void a_committee_level_figure_without_unit_figures_is_shared_out_by_the_successions_weights() throws Exception {
		try (Figures f = reorganisation()) {
			// the bloc's own badges (no unit reports badges); units' admissions as before
			f.flow("74-K", "badges_awarded", "2016-01-01", "2016-12-31", 8);
			admissions(f);
			TrendQueries q = new TrendQueries(f.warehouse());

			// 74-K → 74-D (¼) → 79-D; 74-K → 74-U (¾) → 79-U; the province 74 → 79 whole
			assertThat(q.series("79-D", "badges_awarded", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 2, true));
			assertThat(q.series("79-U", "badges_awarded", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 6, true));
			assertThat(q.series("79", "badges_awarded", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 8, true));
			// where units report, their figures are used and never split by the weights
			assertThat(q.series("79-D", "admissions", Grain.YEAR, Basis.TODAY, false).getFirst()).isEqualTo(new PeriodValue(2016, 0, 6, false));
		}
	}

	@Test
	void a_committees_own_figure_that_its_units_also_report_is_not_shared_out() throws Exception {
		try (Figures f = reorganisation()) {
			// the bloc's own admissions of 2016 (25, it wins over its units' 19 as structured then)
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 25);
			admissions(f);
			TrendQueries q = new TrendQueries(f.warehouse());

			assertThat(q.series("74-K", "admissions", Grain.YEAR, Basis.THEN, false).getFirst().value()).isEqualTo(25);
			// restated: the units one by one (6 and 9), nothing of the 25 by weight
			assertThat(q.series("79-D", "admissions", Grain.YEAR, Basis.TODAY, false).getFirst()).isEqualTo(new PeriodValue(2016, 0, 6, false));
			assertThat(q.series("79", "admissions", Grain.YEAR, Basis.TODAY, false).getFirst()).isEqualTo(new PeriodValue(2016, 0, 15, false));
		}
	}

	@Test
	void per_100_members_divides_a_flow_by_the_members_of_the_same_period() throws Exception {
		try (Figures f = reorganisation()) {
			admissions(f);
			members(f);
			TrendQueries q = new TrendQueries(f.warehouse());

			// then: 74-K 2016 = 100 × 19 / 100; restated: 79-D = 100 × 6 / 40 = 15, 79-U = 100 × 9 / 50 = 18,
			// 2025: 79-U = 100 × 4 / 22
			assertThat(q.series("74-K", "admissions", Grain.YEAR, Basis.THEN, true))
				.containsExactly(new PeriodValue(2016, 0, 19, false));
			assertThat(q.series("79-D", "admissions", Grain.YEAR, Basis.TODAY, true))
				.containsExactly(new PeriodValue(2016, 0, 15, false), new PeriodValue(2025, 0, 100.0 * 6 / 44, false));
			assertThat(q.series("79-U", "admissions", Grain.YEAR, Basis.TODAY, true))
				.containsExactly(new PeriodValue(2016, 0, 18, false), new PeriodValue(2025, 0, 100.0 * 4 / 22, false));
			// H1/2016: 100 × 13 / 96 for the bloc
			assertThat(q.series("74-K", "admissions", Grain.HALF, Basis.THEN, true).getFirst())
				.isEqualTo(new PeriodValue(2016, 1, 100.0 * 13 / 96, false));
		}
	}

	@Test
	void an_ended_committee_leads_to_todays_committees_with_their_shares_and_back() throws Exception {
		try (Figures f = reorganisation()) {
			TrendQueries q = new TrendQueries(f.warehouse());

			assertThat(q.current("74-K")).isFalse();
			assertThat(q.current("79-D")).isTrue();
			assertThat(q.successors("74-K")).containsExactly(new Link("79-U", "Đảng bộ UBND Thành phố", "dang_bo_khoi", 0.75),
					new Link("79-D", "Đảng bộ các cơ quan Đảng Thành phố", "dang_bo_khoi", 0.25));
			// the nearest in time first: 74-D ended on 30/6/2025, the bloc on 31/1/2025; units are not committees
			assertThat(q.predecessors("79-D")).extracting(Link::code).containsExactly("74-D", "74-K");
			assertThat(q.predecessors("79-U")).extracting(Link::code).containsExactly("74-U", "74-K");
			assertThat(q.successors("79-D")).isEmpty();
		}
	}

	@Test
	void the_materialised_tables_give_the_same_series_as_the_views() throws Exception {
		try (Figures f = reorganisation()) {
			admissions(f);
			members(f);
			TrendQueries q = new TrendQueries(f.warehouse());
			var live = q.series("79-U", "admissions", Grain.HALF, Basis.TODAY, true);

			FigureTables.refresh(f.warehouse());

			assertThat(f.rows("SELECT count(*) FROM figure_restated_half WHERE org_code = '79-U' AND metric = 'admissions'"))
				.containsExactly("4");
			assertThat(q.series("79-U", "admissions", Grain.HALF, Basis.TODAY, true)).isEqualTo(live).hasSize(3);
		}
	}

	@Test
	void a_warehouse_refreshed_before_the_trend_tables_existed_reads_the_views_until_the_next_refresh() throws Exception {
		try (Figures f = reorganisation()) {
			admissions(f);
			FigureTables.refresh(f.warehouse());
			try (var c = f.warehouse().connection(); var st = c.createStatement()) {
				assertThat(FigureTables.fresh(c)).isTrue();
				st.execute("DROP TABLE figure_restated_year");

				assertThat(FigureTables.fresh(c)).isFalse();
			}
			assertThat(new TrendQueries(f.warehouse()).series("79-D", "admissions", Grain.YEAR, Basis.TODAY, false))
				.containsExactly(new PeriodValue(2016, 0, 6, false), new PeriodValue(2025, 0, 6, false));
		}
	}
}
