package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Seed 000: Bình Dương's bloc of agencies and enterprises (74-KCQDN), term 2015–2020, as its congress VII reported it. */
class BinhDuongSampleTests extends ImportedSampleData {

	@Test
	void the_term_2015_2020_adds_up_to_the_figures_of_the_congress_report() throws Exception {
		assertThat(values("SELECT metric, value FROM v_figure_term WHERE committee_code = '74-KCQDN' AND term = '2015-2020'"))
			.contains(entry("admissions", 2_096L), entry("recognitions", 1_880L), entry("cards_issued", 982L),
					entry("residence_introductions", 2_856L), entry("badges_awarded", 77L), entry("training_theory_senior", 280L),
					entry("training_theory_intermediate", 771L), entry("training_professional", 1_198L),
					entry("training_university", 98L), entry("staff_reductions", 159L), entry("staff_reductions_party", 29L),
					entry("staff_reductions_state", 130L), entry("departments_reduced", 28L), entry("subdepartments_reduced", 3L),
					entry("units_dissolved", 4L), entry("units_merged", 3L), entry("awards_org", 99L), entry("awards_individual", 146L));
	}

	@Test
	void admissions_reach_104_8_percent_of_the_congress_target_and_95_2_percent_of_the_provincial_committees() throws Exception {
		assertThat(rows("SELECT source, target, actual, attainment_pct, met FROM v_target_attainment WHERE committee_code = '74-KCQDN' "
				+ "AND term = '2015-2020' AND metric = 'admissions' ORDER BY source"))
			.containsExactly("nghi_quyet|2000.0|2096.0|104.8|true", "tinh_uy_giao|2202.0|2096.0|95.2|false");
	}

	@Test
	void the_committees_cumulative_report_to_june_2020_agrees_with_its_units() throws Exception {
		assertThat(rows("SELECT value FROM fact WHERE org_code = '74-KCQDN' AND basis = 'luy_ke' AND period_end = DATE '2020-06-30'"))
			.containsExactly("2096.0");
		assertThat(rows("SELECT * FROM v_flag")).isEmpty();
	}
}
