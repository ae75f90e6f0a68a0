package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule A': a total of the catalog's parts that a unit did not report is derived from its parts. */
class TotalFromPartsTests {

	@TempDir
	Path dir;

	/** Bình Dương's bloc with two units, term 2015–2020 (26/6/2015 to 13/7/2020). */
	private Figures aCommittee() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
			.unit("74-K-01", "Đảng bộ Sở Nội vụ", "dang_bo_co_so", "74-K")
			.unit("74-K-02", "Đảng bộ Sở Tài chính", "dang_bo_co_so", "74-K")
			.term("74-K", "2015-2020", 6, "2015-06-26", "2020-07-13");
	}

	@Test
	void staffing_reductions_sent_only_as_their_two_parts_make_the_total_of_the_unit_its_committee_and_the_term() throws Exception {
		try (Figures f = aCommittee()) {
			// seed 000: "tinh giản biên chế 159 (cơ quan Đảng, đoàn thể 29, cơ quan QLNN, đơn vị sự nghiệp 130)"
			f.flow("74-K-01", "staff_reductions_party", "2019-01-01", "2019-12-31", 29)
				.flow("74-K-01", "staff_reductions_state", "2019-01-01", "2019-12-31", 130)
				.flow("74-K-02", "staff_reductions", "2019-01-01", "2019-12-31", 10);

			assertThat(f.rows("SELECT org_code, value FROM v_figure_year WHERE metric = 'staff_reductions' ORDER BY org_code"))
				.containsExactly("74 | 169", "74-K | 169", "74-K-01 | 159", "74-K-02 | 10");
			assertThat(f.rows("SELECT value FROM v_figure_term WHERE committee_code = '74-K' AND metric = 'staff_reductions'"))
				.containsExactly("169");
			assertThat(f.rows("SELECT org_code, origin FROM v_fact_current WHERE metric = 'staff_reductions' ORDER BY org_code"))
				.containsExactly("74-K-01 | parts", "74-K-02 | reported");
			assertThat(f.rows("SELECT kind FROM v_flag")).isEmpty();
		}
	}

	@Test
	void a_reported_total_wins_over_its_parts_and_a_disagreement_is_flagged() throws Exception {
		try (Figures f = aCommittee()) {
			f.flow("74-K-01", "staff_reductions", "2019-01-01", "2019-12-31", 160)
				.flow("74-K-01", "staff_reductions_party", "2019-01-01", "2019-12-31", 29)
				.flow("74-K-01", "staff_reductions_state", "2019-01-01", "2019-12-31", 130);

			assertThat(f.rows("SELECT value FROM v_figure_year WHERE org_code = '74-K-01' AND metric = 'staff_reductions'"))
				.containsExactly("160");
			assertThat(f.rows("SELECT kind, org_code, metric, reported, expected FROM v_flag"))
				.containsExactly("parts_vs_total | 74-K-01 | staff_reductions | 160 | 159");
		}
	}

	@Test
	void a_partial_set_of_parts_gives_no_total_and_is_flagged() throws Exception {
		try (Figures f = aCommittee()) {
			f.flow("74-K-01", "staff_reductions_party", "2019-01-01", "2019-12-31", 29)
				// the other part for another span: no complete set for either span
				.flow("74-K-01", "staff_reductions_state", "2019-01-01", "2019-06-30", 70);

			assertThat(f.rows("SELECT count(*) FROM v_figure_year WHERE metric = 'staff_reductions'")).containsExactly("0");
			assertThat(f.rows("SELECT kind, period_start, period_end, reported, expected FROM v_flag ORDER BY period_end"))
				.containsExactly("parts_incomplete | 2019-01-01 | 2019-06-30 | 70 | null",
						"parts_incomplete | 2019-01-01 | 2019-12-31 | 29 | null");
		}
	}

	@Test
	void a_stock_total_is_derived_from_its_parts_at_the_same_as_of_date_whatever_period_names_it() throws Exception {
		try (Figures f = aCommittee()) {
			// members official "6 tháng đầu năm 2019" (ends 30/6), probationary "có đến 30/6/2019"
			f.flow("74-K-01", "members_official", "2019-01-01", "2019-06-30", 300)
				.stock("74-K-01", "members_probationary", "2019-06-30", 12)
				.stock("74-K-02", "members_total", "2019-06-30", 88)
				// a later as-of date with only one part: no total then; the term's end value stays 30/6
				.stock("74-K-01", "members_official", "2019-12-31", 305);

			assertThat(f.rows("SELECT value FROM v_figure_term WHERE committee_code = '74-K' AND metric = 'members_total'"))
				.containsExactly("400");
			assertThat(f.rows("SELECT kind, org_code, period_end FROM v_flag")).containsExactly("parts_incomplete | 74-K-01 | 2019-12-31");
		}
	}

	@Test
	void ratings_sent_as_their_four_parts_make_the_number_assessed_and_the_shares() throws Exception {
		try (Figures f = aCommittee()) {
			f.stock("74-K-01", "orgs_excellent", "2019-12-31", 6)
				.stock("74-K-01", "orgs_good", "2019-12-31", 12)
				.stock("74-K-01", "orgs_complete", "2019-12-31", 1)
				.stock("74-K-01", "orgs_incomplete", "2019-12-31", 1);

			// assessed 6 + 12 + 1 + 1 = 20; good or better 100 * 18 / 20 = 90
			assertThat(f.rows("SELECT metric, value FROM v_figure_year WHERE org_code = '74-K' "
					+ "AND metric IN ('orgs_assessed', 'share_orgs_good_or_better') ORDER BY metric"))
				.containsExactly("orgs_assessed | 20", "share_orgs_good_or_better | 90");
		}
	}

	@Test
	void cumulative_parts_make_a_cumulative_total_that_is_turned_into_in_period_values() throws Exception {
		try (Figures f = aCommittee()) {
			f.cumulative("74-K-01", "staff_reductions_party", "2019-12-31", 20)
				.cumulative("74-K-01", "staff_reductions_state", "2019-12-31", 100)
				.cumulative("74-K-01", "staff_reductions_party", "2020-05-31", 29)
				.cumulative("74-K-01", "staff_reductions_state", "2020-05-31", 130);

			// 120 to 31/12/2019, then 159 − 120 = 39 to 31/5/2020: 159 over the term
			assertThat(f.rows("SELECT value FROM v_figure_term WHERE committee_code = '74-K' AND metric = 'staff_reductions'"))
				.containsExactly("159");
		}
	}
}
