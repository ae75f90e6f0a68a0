package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules A (current facts only) and D (a unit's longer report wins over the shorter ones inside it). */
class SpanResolutionTests {

	private static final String ADMISSIONS_BY_YEAR =
			"SELECT org_code, year, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY org_code, year";
	private static final String FLAGS =
			"SELECT kind, org_code, metric, period_start, period_end, reported, expected FROM v_flag ORDER BY ALL";

	@TempDir
	Path dir;

	private Figures aGrassrootsUnit() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
			.unit("74-K-01", "Đảng bộ Sở Tài chính", "dang_bo_co_so", "74-K");
	}

	@Test
	void a_year_report_wins_over_the_sum_of_its_half_years() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 40)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 60)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 100);

			assertThat(f.rows(ADMISSIONS_BY_YEAR)).containsExactly(
					"74 | 2016 | 100", "74-K | 2016 | 100", "74-K-01 | 2016 | 100");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void half_years_are_summed_when_there_is_no_year_report() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 40)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 60);

			assertThat(f.rows(ADMISSIONS_BY_YEAR)).containsExactly(
					"74 | 2016 | 100", "74-K | 2016 | 100", "74-K-01 | 2016 | 100");
		}
	}

	@Test
	void a_year_report_that_differs_from_its_half_years_wins_and_is_flagged() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 40)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 60)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 110);

			assertThat(f.rows(ADMISSIONS_BY_YEAR)).containsExactly(
					"74 | 2016 | 110", "74-K | 2016 | 110", "74-K-01 | 2016 | 110");
			// 40 + 60 = 100 against the year's 110
			assertThat(f.rows(FLAGS)).containsExactly(
					"span_parts | 74-K-01 | admissions | 2016-01-01 | 2016-12-31 | 110 | 100");
		}
	}

	@Test
	void the_largest_parts_inside_a_report_are_compared_with_it_and_smaller_ones_inside_them_are_not() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			// Q1 + Q2 lie inside H1: the maximal parts of the year are H1 and H2
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-03-31", 15)
				.flow("74-K-01", "admissions", "2016-04-01", "2016-06-30", 20)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 40)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 60)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 105);

			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE org_code = '74-K-01'"))
				.containsExactly("74-K-01 | 2016 | 105");
			// H1 40 against Q1 + Q2 = 35; the year 105 against H1 + H2 = 100
			assertThat(f.rows(FLAGS)).containsExactly(
					"span_parts | 74-K-01 | admissions | 2016-01-01 | 2016-06-30 | 40 | 35",
					"span_parts | 74-K-01 | admissions | 2016-01-01 | 2016-12-31 | 105 | 100");
		}
	}

	@Test
	void parts_that_leave_a_gap_are_not_compared_with_the_report_around_them() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			// Q1, Q2 and Q4: Q3 is missing, so nothing can be said about the year's 90
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-03-31", 10)
				.flow("74-K-01", "admissions", "2016-04-01", "2016-06-30", 20)
				.flow("74-K-01", "admissions", "2016-10-01", "2016-12-31", 30)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 90);

			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE org_code = '74-K-01'"))
				.containsExactly("74-K-01 | 2016 | 90");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void a_term_long_report_wins_over_the_years_inside_it_for_the_term_while_the_years_keep_their_reports()
			throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			f.term("74-K", "2015-2020", 6, "2015-07-14", "2020-07-13")
				.flow("74-K", "admissions", "2015-07-14", "2020-07-13", 2000)
				.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 300)
				.flow("74-K", "admissions", "2017-01-01", "2017-12-31", 400);

			assertThat(f.rows("SELECT committee_code, term, value FROM v_figure_term WHERE metric = 'admissions'"))
				.containsExactly("74-K | 2015-2020 | 2000");
			assertThat(f.rows(ADMISSIONS_BY_YEAR)).containsExactly(
					"74 | 2016 | 300", "74 | 2017 | 400", "74-K | 2016 | 300", "74-K | 2017 | 400");
		}
	}

	@Test
	void superseded_facts_are_ignored() throws Exception {
		try (Figures f = aGrassrootsUnit()) {
			f.supersededFlow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 500)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 40)
				.flow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 60)
				.supersededFlow("74-K-01", "admissions", "2016-07-01", "2016-12-31", 66)
				.supersededStock("74-K-01", "members_total", "2016-12-31", 999)
				.stock("74-K-01", "members_total", "2016-06-30", 118)
				.stock("74-K-01", "members_total", "2016-12-31", 120);

			// the superseded year report neither wins over the half-years nor is compared with them
			assertThat(f.rows("SELECT metric, value FROM v_figure_year WHERE org_code = '74-K-01' ORDER BY metric"))
				.containsExactly("admissions | 100", "members_total | 120");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}
}
