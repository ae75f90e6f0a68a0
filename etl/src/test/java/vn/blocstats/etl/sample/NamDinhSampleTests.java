package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Seed 001: Nam Định's bloc of agencies and enterprises (36-KCQDN) in 2015–2022. */
class NamDinhSampleTests extends ImportedSampleData {

	@Test
	void the_term_2015_2020_trained_2_678_candidates_in_25_classes_and_admitted_2_003() throws Exception {
		assertThat(values("SELECT metric, value FROM v_figure_term WHERE committee_code = '36-KCQDN' AND term = '2015-2020'"))
			.contains(entry("admissions", 2_003L), entry("candidates_trained", 2_678L), entry("candidate_classes", 25L));
	}

	@Test
	void the_year_2021_admitted_303() throws Exception {
		assertThat(values("SELECT metric, value FROM v_figure_year WHERE org_code = '36-KCQDN' AND year = 2021 AND metric = 'admissions'"))
			.containsExactly(entry("admissions", 303L));
	}

	@Test
	void the_first_half_of_2022_reads_as_corrected_by_the_resend() throws Exception {
		assertThat(values("SELECT metric, value FROM v_node_value WHERE scope = 'year' AND org_code = '36-KCQDN' "
				+ "AND period_start = DATE '2022-01-01' AND period_end = DATE '2022-06-30'"))
			.contains(entry("admissions", 326L), entry("candidates_trained", 355L), entry("new_members_trained", 321L),
					entry("candidate_classes", 3L), entry("new_member_classes", 3L), entry("badges_awarded", 46L));
		assertThat(rows("SELECT count(*) FROM fact f JOIN load l USING (load_id) WHERE f.superseded_by IS NOT NULL "
				+ "AND l.file_name LIKE '%2022-07-08%'")).doesNotContain("0");
	}

	@Test
	void on_30_june_2022_it_has_159_grassroots_organisations_80_plus_79_and_over_8_600_members() throws Exception {
		var stocks = values("SELECT metric, value FROM v_node_value WHERE scope = 'year' AND org_code = '36-KCQDN' "
				+ "AND kind = 'S' AND period_end = DATE '2022-06-30'");
		assertThat(stocks).contains(entry("org_grassroots", 159L), entry("org_grassroots_committees", 80L),
				entry("org_grassroots_cells", 79L));
		assertThat(stocks.get("members_total")).isBetween(8_601L, 8_699L);
	}

	@Test
	void the_term_2020_2025_aims_at_90_percent_of_organisations_and_members_good_or_better() throws Exception {
		assertThat(rows("SELECT metric, target_kind, target, met FROM v_target_attainment WHERE committee_code = '36-KCQDN' "
				+ "AND term = '2020-2025' ORDER BY metric"))
			.containsExactly("share_members_good_or_better|ty_le_toi_thieu|90.0|true", "share_orgs_good_or_better|ty_le_toi_thieu|90.0|true");
	}
}
