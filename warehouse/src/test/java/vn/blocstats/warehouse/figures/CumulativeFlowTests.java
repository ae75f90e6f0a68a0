package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule C: cumulative ('luy_ke') flows become in-period values within the term they run in. */
class CumulativeFlowTests {

	private static final String IN_PERIOD =
			"SELECT org_code, period_start, period_end, value FROM v_luy_ke_in_period ORDER BY org_code, period_end";
	private static final String FLAGS =
			"SELECT kind, org_code, metric, period_start, period_end, reported, expected FROM v_flag ORDER BY ALL";

	@TempDir
	Path dir;

	/** Bình Dương, bloc of agencies and enterprises: the VI congress opened on 14/7/2015. */
	private Figures aCommitteeInItsTerm() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
			.unit("74-K-01", "Đảng bộ Sở Tài chính", "dang_bo_co_so", "74-K")
			.term("74-K", "2015-2020", 6, "2015-07-14", "2020-07-13");
	}

	@Test
	void a_cumulative_series_becomes_in_period_values_and_term_totals() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			f.cumulative("74-K-01", "admissions", "2016-06-30", 500)
				.cumulative("74-K-01", "admissions", "2016-12-31", 900);

			// 500 over [14/7/2015, 30/6/2016] (353 days, midpoint 6/1/2016), 900 - 500 over the second half of 2016
			assertThat(f.rows(IN_PERIOD)).containsExactly(
					"74-K-01 | 2015-07-14 | 2016-06-30 | 500",
					"74-K-01 | 2016-07-01 | 2016-12-31 | 400");
			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY ALL"))
				.containsExactly("74 | 2016 | 900", "74-K | 2016 | 900", "74-K-01 | 2016 | 900");
			assertThat(f.rows("SELECT committee_code, term, value FROM v_figure_term WHERE metric = 'admissions'"))
				.containsExactly("74-K | 2015-2020 | 900");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void a_committees_cumulative_figure_to_june_counts_for_its_term_but_for_no_single_year() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			// "tính đến tháng 6-2020 đã kết nạp 2.096": one span [14/7/2015, 30/6/2020], far longer than a year
			f.cumulative("74-K", "admissions", "2020-06-30", 2096);

			assertThat(f.rows("SELECT committee_code, term, value FROM v_figure_term WHERE metric = 'admissions'"))
				.containsExactly("74-K | 2015-2020 | 2096");
			assertThat(f.rows("SELECT * FROM v_figure_year WHERE metric = 'admissions'")).isEmpty();
		}
	}

	@Test
	void a_falling_cumulative_series_gives_a_negative_value_that_is_kept_and_flagged() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			f.cumulative("74-K-01", "admissions", "2016-06-30", 500)
				.cumulative("74-K-01", "admissions", "2016-12-31", 450);

			assertThat(f.rows(IN_PERIOD)).containsExactly(
					"74-K-01 | 2015-07-14 | 2016-06-30 | 500",
					"74-K-01 | 2016-07-01 | 2016-12-31 | -50");
			assertThat(f.rows("SELECT value FROM v_figure_year WHERE org_code = '74-K-01' AND metric = 'admissions'"))
				.containsExactly("450");
			assertThat(f.rows(FLAGS)).containsExactly(
					"luy_ke_falls | 74-K-01 | admissions | 2016-07-01 | 2016-12-31 | 450 | 500");
		}
	}

	@Test
	void a_reported_in_period_figure_wins_over_the_same_span_derived_from_the_series() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			f.cumulative("74-K-01", "admissions", "2016-06-30", 500)
				.cumulative("74-K-01", "admissions", "2016-12-31", 900)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 420);

			// 500 (derived) + 420 (reported, instead of the derived 400)
			assertThat(f.rows("SELECT value FROM v_figure_year WHERE org_code = '74-K-01' AND metric = 'admissions'"))
				.containsExactly("920");
			assertThat(f.rows(FLAGS)).containsExactly(
					"ky_vs_luy_ke | 74-K-01 | admissions | 2016-07-01 | 2016-12-31 | 420 | 400");
		}
	}

	@Test
	void a_cumulative_figure_outside_every_term_is_left_out_and_flagged() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			f.cumulative("74-K-01", "admissions", "2014-12-31", 300)
				.cumulative("74-K-01", "admissions", "2016-06-30", 500);

			assertThat(f.rows(IN_PERIOD)).containsExactly("74-K-01 | 2015-07-14 | 2016-06-30 | 500");
			assertThat(f.rows(FLAGS)).containsExactly(
					"luy_ke_no_term | 74-K-01 | admissions | 2014-12-31 | 2014-12-31 | 300 | null");
		}
	}

	@Test
	void a_new_term_starts_a_new_cumulative_series() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			f.term("74-K", "2020-2025", 7, "2020-07-14", "2025-07-13")
				.cumulative("74-K-01", "admissions", "2020-06-30", 2096)
				.cumulative("74-K-01", "admissions", "2020-12-31", 150);

			// 150 is counted from the VII congress on 14/7/2020, not as 150 - 2096
			assertThat(f.rows(IN_PERIOD)).containsExactly(
					"74-K-01 | 2015-07-14 | 2020-06-30 | 2096",
					"74-K-01 | 2020-07-14 | 2020-12-31 | 150");
			assertThat(f.rows("SELECT term, value FROM v_figure_term WHERE metric = 'admissions' ORDER BY term"))
				.containsExactly("2015-2020 | 2096", "2020-2025 | 150");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void a_cumulative_figure_runs_in_the_term_of_the_nearest_committee_above_the_unit() throws Exception {
		try (Figures f = aCommitteeInItsTerm()) {
			// the province's own term starts later; the cell's nearest committee with a term is 74-K
			f.unit("74-K-01-1", "Chi bộ Phòng Ngân sách", "chi_bo_truc_thuoc", "74-K-01")
				.term("74", "2015-2020", 10, "2015-10-15", "2020-10-14")
				.cumulative("74-K-01-1", "admissions", "2016-06-30", 12);

			assertThat(f.rows(IN_PERIOD)).containsExactly("74-K-01-1 | 2015-07-14 | 2016-06-30 | 12");
		}
	}
}
