package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule I: indicators are computed per year and per term, in percent. */
class IndicatorTests {

	private static final String INDICATORS_BY_YEAR = "SELECT year, metric, value FROM v_figure_year "
			+ "WHERE org_code = '34-K' AND metric IN (SELECT code FROM metric WHERE kind = 'I') ORDER BY year, metric";

	@TempDir
	Path dir;

	/** Thái Bình, bloc of agencies: the I congress of the term 2020-2025 on 14/7/2020. */
	private Figures aCommittee() throws Exception {
		return Figures.in(dir)
			.unit("34", "Tỉnh Thái Bình", "tinh", null)
			.unit("34-K", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "34")
			.term("34-K", "2020-2025", 6, "2020-07-14", "2025-07-13");
	}

	@Test
	void shares_of_organisations_and_members_are_computed_from_the_ratings_of_the_year() throws Exception {
		try (Figures f = aCommittee()) {
			f.stock("34-K", "orgs_assessed", "2021-12-31", 125)
				.stock("34-K", "orgs_excellent", "2021-12-31", 30)
				.stock("34-K", "orgs_good", "2021-12-31", 84)
				.stock("34-K", "orgs_complete", "2021-12-31", 10)
				.stock("34-K", "orgs_incomplete", "2021-12-31", 1)
				.stock("34-K", "members_assessed", "2021-12-31", 8000)
				.stock("34-K", "members_excellent", "2021-12-31", 1240)
				.stock("34-K", "members_good", "2021-12-31", 6000);

			// orgs: 100 * (30 + 84) / 125 = 91.2 and 100 * 30 / 125 = 24; members: 100 * 7240 / 8000 = 90.5 and 15.5
			assertThat(f.rows(INDICATORS_BY_YEAR)).containsExactly(
					"2021 | share_members_excellent | 15.5",
					"2021 | share_members_good_or_better | 90.5",
					"2021 | share_orgs_excellent | 24",
					"2021 | share_orgs_good_or_better | 91.2");
		}
	}

	@Test
	void a_missing_rating_counts_as_zero_but_a_share_needs_a_numerator_and_a_positive_denominator() throws Exception {
		try (Figures f = aCommittee()) {
			// 2021: nobody rated excellent was reported; 2022: members assessed is 0; 2023: no numerator at all
			f.stock("34-K", "orgs_assessed", "2021-12-31", 100)
				.stock("34-K", "orgs_good", "2021-12-31", 88)
				.stock("34-K", "members_assessed", "2022-12-31", 0)
				.stock("34-K", "members_good", "2022-12-31", 0)
				.stock("34-K", "orgs_assessed", "2023-12-31", 100)
				.stock("34-K", "orgs_complete", "2023-12-31", 100);

			assertThat(f.rows(INDICATORS_BY_YEAR)).containsExactly("2021 | share_orgs_good_or_better | 88");
		}
	}

	@Test
	void shares_of_a_term_use_the_last_ratings_within_the_term() throws Exception {
		try (Figures f = aCommittee()) {
			f.stock("34-K", "orgs_assessed", "2021-12-31", 100)
				.stock("34-K", "orgs_good", "2021-12-31", 80)
				.stock("34-K", "orgs_assessed", "2024-12-31", 120)
				.stock("34-K", "orgs_excellent", "2024-12-31", 30)
				.stock("34-K", "orgs_good", "2024-12-31", 81);

			// 100 * (30 + 81) / 120 = 92.5 and 100 * 30 / 120 = 25
			assertThat(f.rows("SELECT term, metric, value FROM v_figure_term WHERE metric LIKE 'share%' ORDER BY metric"))
				.containsExactly("2020-2025 | share_orgs_excellent | 25", "2020-2025 | share_orgs_good_or_better | 92.5");
		}
	}

	@Test
	void admissions_per_100_members_divide_by_the_members_before_the_window_starts() throws Exception {
		try (Figures f = aCommittee()) {
			f.stock("34-K", "members_total", "2020-06-30", 8000)
				.stock("34-K", "members_total", "2023-12-31", 8400)
				// 1/1/2024 is not before the year 2024 starts
				.stock("34-K", "members_total", "2024-01-01", 9999)
				.flow("34-K", "admissions", "2024-01-01", "2024-12-31", 210)
				.flow("34-K", "admissions", "2021-01-01", "2021-12-31", 200)
				// before 2020 no member count is known: no indicator
				.flow("34-K", "admissions", "2019-01-01", "2019-12-31", 190);

			// 2021: 100 * 200 / 8000 = 2.5; 2024: 100 * 210 / 8400 = 2.5
			assertThat(f.rows("SELECT year, value FROM v_figure_year WHERE org_code = '34-K' "
					+ "AND metric = 'admissions_per_100_members' ORDER BY year"))
				.containsExactly("2021 | 2.5", "2024 | 2.5");
			// the term: 100 * (200 + 210) / 8000 (30/6/2020, before the congress of 14/7/2020) = 5.125
			assertThat(f.rows("SELECT term, value FROM v_figure_term WHERE metric = 'admissions_per_100_members'"))
				.containsExactly("2020-2025 | 5.125");
		}
	}
}
