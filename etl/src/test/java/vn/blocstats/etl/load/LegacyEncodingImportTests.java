package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Files typed in the legacy Vietnamese font encodings, imported like any other: a long-form figures
 * CSV in TCVN3 and an .xls whose cells use ".VnTime" and ".VnTimeH" (written by
 * {@code LegacyFixtures}); their headers, metric labels and unit names must be recognised.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LegacyEncodingImportTests extends ImportingTests {

	static final Path LEGACY = Path.of("src/test/resources/fixtures/legacy");

	@Test
	void a_TCVN3_CSV_and_an_xls_typed_in_VnTime_load_with_their_labels_and_unit_names_recognised() throws Exception {
		Path good = ImportFileJobFunctionalTests.GOOD;
		imports.importPaths(List.of(good.resolve("01-units.csv"), good.resolve("02-terms.csv")), false, dir.resolve("r0.csv"));

		ImportSummary s = imports.importPaths(List.of(LEGACY.resolve("so_lieu_tcvn3.csv"), LEGACY.resolve("so_lieu_vntime.xls")),
				false, dir.resolve("r1.csv"));

		assertThat(s.exitCode()).isZero();
		assertThat(s.files()).extracting(FileResult::tables, FileResult::status, FileResult::read, FileResult::loaded,
				FileResult::rejected, FileResult::warnings)
			.containsExactly(tuple("figures", "LOADED", 3L, 3L, 0L, 0L), tuple("figures", "LOADED", 3L, 3L, 0L, 0L));
		assertThat(rows("SELECT org_code, metric_code, CAST(period_end AS VARCHAR), CAST(value AS BIGINT), "
				+ "coalesce(source_sheet, ''), source_row FROM fact ORDER BY ALL"))
			.containsExactly(
					"74-KCQDN-001|admissions|2021-06-30|12||2",
					"74-KCQDN-001|badges_awarded|2021-12-31|5|Năm 2021|2",
					"74-KCQDN-001|cards_issued|2021-12-31|7|Năm 2021|4",
					"74-KCQDN-001|members_total|2020-06-30|1234||3",
					"74-KCQDN-002|admissions|2021-06-30|8||4",
					"74-KCQDN-002|members_total|2021-12-31|45|Năm 2021|3");
	}

}
