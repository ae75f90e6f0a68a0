package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;


/**
 * A file with thousands of findings: every one is kept in {@code load_issue}. (Found on the national
 * dataset: a correction of one province's half-year — 19.200 figures, each an "old → new" finding —
 * failed to load with a false "CHECK constraint failed", and a file with 3.000 findings kept only 2.048
 * of them: DuckDB 2.0.0.1's appender into a table with a CHECK constraint.)
 */
class PublisherIssuesTests extends ImportingTests {

	private static final Path GOOD = Path.of("src/test/resources/fixtures/import/good");
	private static final List<String> METRICS = List.of("admissions", "recognitions", "training_professional", "candidates_trained",
			"new_members_trained", "awards_individual", "awards_org", "badges_awarded", "cards_issued");

	@Test
	void a_correction_of_thousands_of_figures_loads_with_every_finding_kept() throws Exception {
		assertThat(imports.importPaths(List.of(GOOD.resolve("01-units.csv"), GOOD.resolve("02-terms.csv")), false, dir.resolve("r0.csv"))
			.exitCode()).isZero();
		ImportSummary first = imports.importPaths(List.of(monthly(dir.resolve("thang.csv"), 0)), false, dir.resolve("r1.csv"));
		String why = first.exitCode() == 0 ? "" : report(dir.resolve("r1.csv")).stream().limit(3).toList().toString();
		assertThat(first.exitCode()).as(why).isZero();

		ImportSummary corrected = imports.importPaths(List.of(monthly(dir.resolve("sua-thang.csv"), 1)), false, dir.resolve("r2.csv"));

		assertThat(corrected.exitCode()).isZero();
		assertThat(rows("SELECT count(*) FROM fact WHERE superseded_by IS NULL")).containsExactly("2700");
		assertThat(rows("SELECT count(*) FROM load_issue i JOIN load l USING (load_id) "
				+ "WHERE l.file_name LIKE '%sua-thang.csv' AND i.rule = 'correction.figure'")).containsExactly("2700");
		assertThat(rows("SELECT count(*) > 100 FROM load_issue i JOIN load l USING (load_id) "
				+ "WHERE l.file_name LIKE '%sua-thang.csv' AND i.severity = 'warning'")).containsExactly("true");
		assertThat(rows("SELECT count(*) FROM load_issue i JOIN load l USING (load_id) WHERE l.file_name LIKE '%sua-thang.csv'"))
			.as("every finding of the file's report").containsExactly(String.valueOf(report(dir.resolve("r2.csv")).size()));
	}

	/**
	 * One unit × 9 metrics × 300 months (2000–2024): 2.700 figures; with {@code plus}, each more than the
	 * first file's, every third far more (an outlier warning). DuckDB's appender lost rows with findings
	 * of both severities interleaved, not with one severity alone.
	 */
	private static Path monthly(Path file, int plus) throws Exception {
		StringBuilder sb = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n");
		for (String unit : List.of("74-KCQDN-001")) {
			for (int year = 2000; year <= 2024; year++) {
				for (int month = 1; month <= 12; month++) {
					for (int m = 0; m < METRICS.size(); m++) {
						sb.append(unit).append(",tháng ").append(month).append('/').append(year).append(',').append(METRICS.get(m)).append(',')
							// in the correction, every third figure jumps far from the month before: a warning among the infos
							.append(plus > 0 && (month + m) % 3 == 0 ? 1000 + m : m + month + plus).append('\n');
					}
				}
			}
		}
		Files.writeString(file, sb, StandardCharsets.UTF_8);
		return file;
	}
}
