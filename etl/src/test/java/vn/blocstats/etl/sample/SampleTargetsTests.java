package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every target of the sample data: the verdict agrees with the percentage printed beside it. */
class SampleTargetsTests extends ImportedSampleData {

	@Test
	void every_targets_verdict_agrees_with_its_percentage() throws Exception {
		assertThat(rows("SELECT count(*), count(*) FILTER (WHERE met IS NOT NULL), "
				+ "count(*) FILTER (WHERE met <> (attainment_pct >= 100) OR exceeded <> (attainment_pct > 100)) FROM v_target_attainment"))
			.containsExactly("32|32|0");
	}

	@Test
	void a_yearly_target_is_the_term_total_per_year_and_its_years_add_up_to_that_total() throws Exception {
		// Lâm Đồng 2015–2020: 1.612 admitted from H2 2015 to H1 2020, 5 years: 322,4 a year
		assertThat(rows("SELECT total, years, round(actual, 1), attainment_pct FROM v_target_attainment "
				+ "WHERE committee_code = '68-KCQ' AND term = '2015-2020' AND target_kind = 'hang_nam'"))
			.containsExactly("1612.0|5.0|322.4|107.5");
		assertThat(rows("SELECT sum(actual) FROM v_target_attainment_year "
				+ "WHERE committee_code = '68-KCQ' AND term = '2015-2020' AND target_kind = 'hang_nam'"))
			.containsExactly("1612.0");
		assertThat(rows("SELECT value FROM v_figure_term WHERE committee_code = '68-KCQ' AND term = '2015-2020' AND metric = 'admissions'"))
			.containsExactly("1612.0");
	}
}
