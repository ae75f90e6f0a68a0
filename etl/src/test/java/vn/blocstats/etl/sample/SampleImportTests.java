package vn.blocstats.etl.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.blocstats.etl.load.FileResult;

/** The sample as a whole: it loads, but for the hand-typed bad rows it carries on purpose, and adds up without a flag. */
class SampleImportTests extends ImportedSampleData {

	@Test
	void every_file_loads_and_only_the_eight_bad_rows_of_lam_dongs_supplement_are_rejected() throws Exception {
		assertThat(summary().exitCode()).isEqualTo(3);
		assertThat(summary().files()).filteredOn(f -> f.rejected() > 0).extracting(FileResult::name)
			.containsExactly(Path.of("sample-data", "68-lam-dong/2024-01-10 bo-sung-6-thang-cuoi-nam-2023.csv").toString());
		assertThat(Files.readAllLines(report(), StandardCharsets.UTF_8)).filteredOn(l -> l.contains(",Lỗi,"))
			.extracting(l -> l.substring(l.lastIndexOf(',') + 1))
			.containsExactly("org.unknown", "org.not_valid", "metric.unknown", "period.unparseable", "period.flow_needs_span",
					"value.not_number", "value.fractional", "value.negative");
	}

	@Test
	void the_views_flag_nothing() throws Exception {
		assertThat(rows("SELECT * FROM v_flag")).isEmpty();
	}

	@Test
	void the_units_follow_the_2025_reorganisation_to_the_committees_of_the_merged_provinces() throws Exception {
		assertThat(rows("SELECT predecessor_code || '>' || successor_code FROM org_succession WHERE predecessor_code IN "
				+ "('74', '36', '34', '74-DCQD', '36-DUB', '34-KCQ') ORDER BY 1"))
			.containsExactly("34-KCQ>34-DCQD", "34-KCQ>34-DUB", "34>33", "36-DUB>37-DUB", "36>37", "74-DCQD>79-DCQD", "74>79");
		assertThat(rows("SELECT DISTINCT year FROM v_figure_year WHERE org_code = '79-DUB' AND metric = 'members_total'"))
			.containsExactly("2025");
	}
}
