package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Seed 003: the restructuring of Khánh Hòa's agencies (56-KCQ) in 2017–2019 under NQ 18-NQ/TW. */
class KhanhHoaSampleTests extends ImportedSampleData {

	@Test
	void the_years_2017_to_2019_have_4_departments_7_deputies_and_14_public_service_units_fewer() throws Exception {
		assertThat(values("SELECT metric, sum(value) FROM v_figure_year WHERE org_code = '56-KCQ' AND year BETWEEN 2017 AND 2019 "
				+ "AND metric IN ('departments_reduced', 'deputies_reduced', 'public_units_reduced') GROUP BY metric ORDER BY metric"))
			.containsExactly(entry("departments_reduced", 4L), entry("deputies_reduced", 7L), entry("public_units_reduced", 14L));
	}

	@Test
	void the_admissions_reported_cumulatively_since_congress_VII_read_as_in_period_figures() throws Exception {
		assertThat(rows("SELECT count(*) FROM fact WHERE org_code LIKE '56-KCQ-%' AND basis = 'luy_ke'")).doesNotContain("0");
		assertThat(rows("SELECT year FROM v_figure_year WHERE org_code = '56-KCQ' AND metric = 'admissions' AND year BETWEEN 2020 AND 2024 "
				+ "AND value > 0 ORDER BY year")).containsExactly("2020", "2021", "2022", "2023", "2024");
	}
}
