package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seed 002: the targets of Thái Bình's bloc of agencies (34-KCQ) for 2020–2025. */
class ThaiBinhSampleTests extends ImportedSampleData {

	@Test
	void congress_VI_set_the_five_targets_of_the_article() throws Exception {
		assertThat(rows("SELECT metric, target_kind, target FROM v_target_attainment WHERE committee_code = '34-KCQ' "
				+ "AND term = '2020-2025' ORDER BY metric"))
			.containsExactly("admissions|hang_nam|200.0", "share_members_excellent|ty_le_toi_thieu|15.0",
					"share_members_good_or_better|ty_le_toi_thieu|80.0", "share_orgs_excellent|ty_le_toi_thieu|20.0",
					"share_orgs_good_or_better|ty_le_toi_thieu|90.0");
	}

	@Test
	void every_year_of_the_term_meets_them() throws Exception {
		assertThat(rows("SELECT DISTINCT year FROM v_target_attainment_year WHERE committee_code = '34-KCQ' AND term = '2020-2025' "
				+ "ORDER BY year")).containsExactly("2020", "2021", "2022", "2023", "2024", "2025");
		assertThat(rows("SELECT year, metric, actual FROM v_target_attainment_year WHERE committee_code = '34-KCQ' "
				+ "AND term = '2020-2025' AND NOT met")).isEmpty();
	}
}
