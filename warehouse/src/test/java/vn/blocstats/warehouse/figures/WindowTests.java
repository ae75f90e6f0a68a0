package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules B (stocks take the last value, flows are summed), E (anchor dates) and H (year and term windows). */
class WindowTests {

	@TempDir
	Path dir;

	/** Bình Dương CCQ&DN: the VI congress on 14/7/2015, the VII on 14/7/2020. */
	private Figures aCommitteeWithTwoTerms() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
			.term("74-K", "2015-2020", 6, "2015-07-14", "2020-07-13")
			.term("74-K", "2020-2025", 7, "2020-07-14", "2025-07-13");
	}

	@Test
	void a_half_year_ending_in_june_belongs_to_the_term_before_a_july_congress() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			// H1 2020: midpoint 31/3/2020 (VI congress term); H2 2020: midpoint 1/10/2020 (VII)
			f.flow("74-K", "admissions", "2020-01-01", "2020-06-30", 60)
				.flow("74-K", "admissions", "2020-07-01", "2020-12-31", 70);

			assertThat(f.rows("SELECT committee_code, term, value FROM v_figure_term WHERE metric = 'admissions' ORDER BY term"))
				.containsExactly("74-K | 2015-2020 | 60", "74-K | 2020-2025 | 70");
			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY ALL"))
				.containsExactly("74 | 2020 | 130", "74-K | 2020 | 130");
		}
	}

	@Test
	void a_stock_takes_its_last_value_in_the_year_and_in_the_term_and_is_never_summed() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			f.stock("74-K", "members_total", "2019-06-30", 8480)
				.stock("74-K", "members_total", "2019-12-31", 8500)
				.stock("74-K", "members_total", "2020-06-30", 8510)
				.stock("74-K", "members_total", "2020-12-31", 8530);

			assertThat(f.rows("SELECT year, value FROM v_figure_year WHERE org_code = '74-K' ORDER BY year"))
				.containsExactly("2019 | 8500", "2020 | 8530");
			// the last report within 14/7/2015 - 13/7/2020 is that of 30/6/2020
			assertThat(f.rows("SELECT term, value FROM v_figure_term WHERE metric = 'members_total' ORDER BY term"))
				.containsExactly("2015-2020 | 8510", "2020-2025 | 8530");
		}
	}

	@Test
	void a_yearly_rating_is_a_stock_too() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			f.stock("74-K", "orgs_assessed", "2018-12-31", 150)
				.stock("74-K", "orgs_assessed", "2019-12-31", 155);

			assertThat(f.rows("SELECT term, value FROM v_figure_term WHERE metric = 'orgs_assessed'"))
				.containsExactly("2015-2020 | 155");
		}
	}

	@Test
	void a_flow_counts_in_the_year_of_the_midpoint_of_its_span() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			// [1/7/2016, 30/6/2017]: 364 days after its start, midpoint 1/7/2016 + 182 days = 30/12/2016
			f.flow("74-K", "training_professional", "2016-07-01", "2017-06-30", 1198)
				// [1/12/2017, 31/1/2018]: midpoint 1/12/2017 + 30 days = 31/12/2017
				.flow("74-K", "training_university", "2017-12-01", "2018-01-31", 98);

			assertThat(f.rows("SELECT year, metric, value FROM v_figure_year WHERE org_code = '74-K' ORDER BY year"))
				.containsExactly("2016 | training_professional | 1198", "2017 | training_university | 98");
		}
	}

	@Test
	void a_flow_longer_than_366_days_counts_for_its_term_but_for_no_year() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			// the leap year 2016 is 366 days long and still a year; 2016-2017 is not
			f.flow("74-K", "cards_issued", "2016-01-01", "2016-12-31", 300)
				.flow("74-K", "badges_awarded", "2016-01-01", "2017-12-31", 77);

			assertThat(f.rows("SELECT year, metric, value FROM v_figure_year WHERE org_code = '74-K' ORDER BY metric"))
				.containsExactly("2016 | cards_issued | 300");
			assertThat(f.rows("SELECT term, metric, value FROM v_figure_term ORDER BY metric"))
				.containsExactly("2015-2020 | badges_awarded | 77", "2015-2020 | cards_issued | 300");
		}
	}

	@Test
	void a_term_sums_the_flows_of_every_period_inside_it() throws Exception {
		try (Figures f = aCommitteeWithTwoTerms()) {
			f.flow("74-K", "admissions", "2015-07-14", "2015-12-31", 150)
				.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 420)
				.flow("74-K", "admissions", "2017-01-01", "2017-03-31", 90)
				.flow("74-K", "admissions", "2021-01-01", "2021-12-31", 500);

			assertThat(f.rows("SELECT term, value FROM v_figure_term WHERE metric = 'admissions' ORDER BY term"))
				.containsExactly("2015-2020 | 660", "2020-2025 | 500");
		}
	}
}
