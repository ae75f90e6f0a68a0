package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seed 004: Lâm Đồng's bloc of agencies (68-KCQ) met 10 of the 11 targets of congress VII, 5 of them exceeded. */
class LamDongSampleTests extends ImportedSampleData {

	@Test
	void ten_of_eleven_targets_of_2015_2020_are_met_and_five_exceeded() throws Exception {
		String where = " FROM v_target_attainment WHERE committee_code = '68-KCQ' AND term = '2015-2020'";
		assertThat(rows("SELECT count(*)" + where)).containsExactly("11");
		assertThat(rows("SELECT count(*)" + where + " AND met")).containsExactly("10");
		assertThat(rows("SELECT count(*)" + where + " AND met AND attainment_pct > 100")).containsExactly("5");
	}

	@Test
	void the_one_missed_is_the_share_of_organisations_good_or_better_after_the_2018_rules() throws Exception {
		assertThat(rows("SELECT metric FROM v_target_attainment WHERE committee_code = '68-KCQ' AND term = '2015-2020' AND NOT met"))
			.containsExactly("share_orgs_good_or_better");
		assertThat(rows("SELECT year FROM v_target_attainment_year WHERE committee_code = '68-KCQ' AND term = '2015-2020' "
				+ "AND metric = 'share_orgs_good_or_better' AND NOT met")).containsExactly("2018");
	}
}
