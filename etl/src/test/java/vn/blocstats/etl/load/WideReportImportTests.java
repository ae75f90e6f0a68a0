package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * Offices' own Excel reports (docs/import-formats.md, the wide form) imported end to end into a real DuckDB file: the
 * fixtures written by {@code WideFixtures} (title rows, merged headers, column numbers, totals,
 * notes, several sheets, .xlsx and .xls).
 */
class WideReportImportTests extends ImportingTests {

	static final Path WIDE = Path.of("src/test/resources/fixtures/wide");
	static final Path UNITS = WIDE.resolve("00-units.csv");
	static final Path HALF_YEAR = WIDE.resolve("bao-cao-6-thang-dau-nam-2022.xlsx");

	@Test
	void a_half_year_report_loads_one_figure_per_metric_cell_and_never_its_total_row() throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("r1.csv");
		ImportSummary s = imports.importPaths(List.of(HALF_YEAR), false, report);

		FileResult f = s.files().getFirst();
		assertThat(f.tables()).isEqualTo("figures");
		assertThat(f.status()).isEqualTo("PARTIAL");
		// Rows read: 5 units and the total of "Tổng hợp", 3 units and the total of "Quý I".
		assertThat(f.read()).isEqualTo(10);
		assertThat(f.rejected()).isEqualTo(2);
		// Title rows, the merged two-row header, the column numbers, "x" and "-" cells, the notes and
		// the signature give nothing; names are matched case-insensitively within Bình Dương's bloc.
		assertThat(rows("SELECT source_row, org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
				+ "basis, CAST(value AS BIGINT) FROM fact WHERE source_sheet = 'Tổng hợp' ORDER BY source_row, metric_code"))
			.containsExactly(
					"10|74-KCQDN-001|admissions|2022-01-01|2022-06-30|ky|45",
					"10|74-KCQDN-001|badges_awarded|2022-01-01|2022-06-30|ky|6",
					"10|74-KCQDN-001|staff_reductions_party|2022-01-01|2022-06-30|ky|3",
					"10|74-KCQDN-001|staff_reductions_state|2022-01-01|2022-06-30|ky|12",
					"10|74-KCQDN-001|training_theory_intermediate|2022-01-01|2022-06-30|ky|21",
					"10|74-KCQDN-001|training_theory_senior|2022-01-01|2022-06-30|ky|8",
					"11|74-KCQDN-002|admissions|2022-01-01|2022-06-30|ky|7",
					"11|74-KCQDN-002|badges_awarded|2022-01-01|2022-06-30|ky|2",
					"11|74-KCQDN-002|staff_reductions_party|2022-01-01|2022-06-30|ky|1",
					"11|74-KCQDN-002|staff_reductions_state|2022-01-01|2022-06-30|ky|4",
					"11|74-KCQDN-002|training_theory_intermediate|2022-01-01|2022-06-30|ky|3",
					"12|74-KCQDN-003|admissions|2022-01-01|2022-06-30|ky|38",
					"12|74-KCQDN-003|badges_awarded|2022-01-01|2022-06-30|ky|4",
					"12|74-KCQDN-003|staff_reductions_party|2022-01-01|2022-06-30|ky|2",
					"12|74-KCQDN-003|staff_reductions_state|2022-01-01|2022-06-30|ky|9",
					"12|74-KCQDN-003|training_theory_intermediate|2022-01-01|2022-06-30|ky|14",
					"12|74-KCQDN-003|training_theory_senior|2022-01-01|2022-06-30|ky|5",
					"13|74-KCQDN-004|admissions|2022-01-01|2022-06-30|ky|12",
					"13|74-KCQDN-004|badges_awarded|2022-01-01|2022-06-30|ky|1",
					"13|74-KCQDN-004|staff_reductions_party|2022-01-01|2022-06-30|ky|0",
					"13|74-KCQDN-004|staff_reductions_state|2022-01-01|2022-06-30|ky|6",
					"13|74-KCQDN-004|training_theory_intermediate|2022-01-01|2022-06-30|ky|9",
					"14|74-KCQDN-005|admissions|2022-01-01|2022-06-30|ky|4",
					"14|74-KCQDN-005|training_theory_intermediate|2022-01-01|2022-06-30|ky|2");
		// The second sheet: "Kỳ báo cáo: Quý I/2022" above the table, units by code, a stock as of the
		// quarter's end, a note column; the bad cell is rejected alone, the unknown code's row whole.
		assertThat(rows("SELECT source_row, org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
				+ "CAST(value AS BIGINT), coalesce(note, '') FROM fact WHERE source_sheet = 'Quý I' ORDER BY source_row, metric_code"))
			.containsExactly(
					"7|74-KCQDN-001|admissions|2022-01-01|2022-03-31|20|",
					"7|74-KCQDN-001|members_total|2022-03-31|2022-03-31|412|",
					"7|74-KCQDN-001|recognitions|2022-01-01|2022-03-31|18|",
					"8|74-KCQDN-002|members_total|2022-03-31|2022-03-31|35|số liệu ước",
					"8|74-KCQDN-002|recognitions|2022-01-01|2022-03-31|2|số liệu ước");
		// Totals are never loaded as a unit, nor is the hidden draft sheet.
		assertThat(rows("SELECT count(*) FROM fact WHERE (source_sheet = 'Tổng hợp' AND source_row >= 15) "
				+ "OR (source_sheet = 'Quý I' AND source_row >= 10) OR source_sheet = 'Nháp' OR value IN (106, 999)"))
			.containsExactly("0");
		assertThat(f.loaded()).isEqualTo(29);

		assertThat(report(report)).extracting(WideReportImportTests::line).containsExactly(
				"    Cảnh báo file.note",
				"Quý I 8 Kết nạp mười Lỗi value.not_number",
				"Quý I 9 Mã đơn vị 74-KCQDN-099 Lỗi org.unknown",
				"Tổng hợp 7 Số ĐV giới thiệu về nơi cư trú  Cảnh báo wide.column_unknown");
		assertThat(report(report).get(3).get(6))
			.startsWith("Cột “Số ĐV giới thiệu về nơi cư trú” không khớp chỉ tiêu nào: bỏ qua");
	}

	@Test
	void an_xls_report_with_a_three_row_header_finds_each_part_from_its_group_and_its_units_within_their_committee()
			throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("r1.csv");
		ImportSummary s = imports.importPaths(List.of(WIDE.resolve("bao-cao-9-thang-nam-2021.xls")), false, report);

		assertThat(s.exitCode()).isZero();
		assertThat(s.files().getFirst().status()).isEqualTo("LOADED");
		// "Đảng bộ Sở Y tế" and "Chi bộ Cục Thống kê" are also units of Nam Định's bloc: the file's
		// other unit (Chi bộ Cục Thuế tỉnh) is only Bình Dương's, so the names are read within it.
		assertThat(rows("SELECT source_row, org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
				+ "CAST(value AS BIGINT) FROM fact ORDER BY source_row, metric_code"))
			.containsExactly(
					"8|74-KCQDN-001|admissions|2021-01-01|2021-09-30|30",
					"8|74-KCQDN-001|training_professional|2021-01-01|2021-09-30|1198",
					"8|74-KCQDN-001|training_theory_intermediate|2021-01-01|2021-09-30|11",
					"8|74-KCQDN-001|training_theory_senior|2021-01-01|2021-09-30|5",
					"8|74-KCQDN-001|transfers_in|2021-01-01|2021-09-30|4",
					"8|74-KCQDN-001|transfers_out|2021-01-01|2021-09-30|2",
					"9|74-KCQDN-002|admissions|2021-01-01|2021-09-30|5",
					"9|74-KCQDN-002|training_professional|2021-01-01|2021-09-30|86",
					"9|74-KCQDN-002|training_theory_intermediate|2021-01-01|2021-09-30|2",
					"9|74-KCQDN-002|transfers_in|2021-01-01|2021-09-30|1",
					"10|74-KCQDN-005|admissions|2021-01-01|2021-09-30|2",
					"10|74-KCQDN-005|training_professional|2021-01-01|2021-09-30|40",
					"10|74-KCQDN-005|training_theory_intermediate|2021-01-01|2021-09-30|1",
					"10|74-KCQDN-005|transfers_out|2021-01-01|2021-09-30|1");
		// The typed total (with "1.198" read as 1198) and the formula totals all add up.
		assertThat(report(report)).isEmpty();
	}

	@Test
	void a_total_that_does_not_add_up_an_as_of_title_and_a_missing_period_are_reported_where_they_are() throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("r1.csv");
		ImportSummary s = imports.importPaths(List.of(WIDE.resolve("bao-cao-nam-2021-tong-sai.xlsx")), false, report);

		assertThat(s.files().getFirst().rejected()).isEqualTo(2);
		List<CSVRecord> lines = report(report);
		assertThat(lines).extracting(WideReportImportTests::line).containsExactly(
				"Không kỳ 3   Lỗi wide.period_missing",
				"Không kỳ 4   Lỗi wide.period_missing",
				"Lũy kế 3 Kết nạp đảng viên mới  Cảnh báo wide.cumulative",
				"Năm 2021 6 Kết nạp đảng viên 110 Cảnh báo wide.total_mismatch");
		assertThat(lines.get(0).get(6)).startsWith("Không tìm thấy kỳ báo cáo của trang “Không kỳ”");
		assertThat(lines.get(3).get(6)).isEqualTo("Dòng tổng: cột “Kết nạp đảng viên” ghi 110 nhưng cộng các dòng phía trên được 108");
		// The year's figures load; the total row does not. "Tính đến ngày 30/6/2020": admissions are
		// cumulative since the start of the term, the members a stock on that date.
		assertThat(rows("SELECT source_sheet, org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
				+ "basis, CAST(value AS BIGINT) FROM fact ORDER BY source_sheet, source_row, metric_code"))
			.containsExactly(
					"Lũy kế|74-KCQDN-001|admissions|2020-06-30|2020-06-30|luy_ke|310",
					"Lũy kế|74-KCQDN-001|members_total|2020-06-30|2020-06-30|ky|1200",
					"Lũy kế|74-KCQDN-003|admissions|2020-06-30|2020-06-30|luy_ke|275",
					"Lũy kế|74-KCQDN-003|members_total|2020-06-30|2020-06-30|ky|980",
					"Năm 2021|74-KCQDN-001|admissions|2021-01-01|2021-12-31|ky|61",
					"Năm 2021|74-KCQDN-001|cards_issued|2021-01-01|2021-12-31|ky|40",
					"Năm 2021|74-KCQDN-003|admissions|2021-01-01|2021-12-31|ky|47",
					"Năm 2021|74-KCQDN-003|cards_issued|2021-01-01|2021-12-31|ky|25");
	}

	@Test
	void an_ambiguous_name_is_rejected_with_its_candidates_and_a_title_naming_a_committee_restricts_the_names() throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("r1.csv");
		imports.importPaths(List.of(WIDE.resolve("bao-cao-hai-khoi.xlsx")), false, report);

		List<CSVRecord> lines = report(report);
		assertThat(lines).extracting(WideReportImportTests::line).containsExactly(
				"Nam Định 7 Đơn vị Chi bộ Cục Thuế tỉnh Lỗi org.name_unknown_in",
				"Tổng hợp 3 Đơn vị Đảng bộ Sở Y tế Lỗi org.name_ambiguous");
		assertThat(lines.get(0).get(6)).isEqualTo("Không tìm thấy đơn vị tên “Chi bộ Cục Thuế tỉnh” thuộc Đảng bộ Khối các cơ quan "
				+ "và doanh nghiệp tỉnh Nam Định có hiệu lực vào ngày 1/4/2022: hãy ghi mã đơn vị");
		assertThat(lines.get(1).get(6))
			.isEqualTo("Tên “Đảng bộ Sở Y tế” trùng với nhiều đơn vị (36-KCQDN-001, 74-KCQDN-001): hãy ghi mã đơn vị");
		assertThat(rows("SELECT source_sheet, org_code, CAST(value AS BIGINT) FROM fact ORDER BY source_sheet, source_row"))
			.containsExactly("Nam Định|36-KCQDN-001|6", "Tổng hợp|74-KCQDN-002|2", "Tổng hợp|36-KCQDN|1");
	}

	@Test
	void an_unknown_column_becomes_known_once_an_administrator_adds_an_alias() throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		imports.importPaths(List.of(HALF_YEAR), false, dir.resolve("r1.csv"));
		assertThat(rows("SELECT count(*) FROM fact WHERE metric_code = 'residence_introductions'")).containsExactly("0");

		// What "./blocstats alias add" does.
		try (DuckDBConnection c = warehouse.connection()) {
			MetricCatalog.addAlias(c, "Số ĐV giới thiệu về nơi cư trú", "residence_introductions");
		}
		Path report = dir.resolve("r2.csv");
		imports.importPaths(List.of(HALF_YEAR), false, report);

		assertThat(rows("SELECT org_code, CAST(value AS BIGINT) FROM fact WHERE metric_code = 'residence_introductions' "
				+ "ORDER BY org_code")).containsExactly("74-KCQDN-001|30", "74-KCQDN-002|11", "74-KCQDN-003|25",
						"74-KCQDN-004|12", "74-KCQDN-005|3");
		assertThat(report(report)).extracting(r -> r.get(7)).doesNotContain("wide.column_unknown");
		// The second import superseded the figures it repeated.
		assertThat(rows("SELECT count(*) FROM fact WHERE superseded_by IS NULL AND source_sheet = 'Tổng hợp'")).containsExactly("29");
	}

	private static String line(CSVRecord r) {
		return r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4) + " " + r.get(5) + " " + r.get(7);
	}

}
