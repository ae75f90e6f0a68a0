package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code importFile} job on real fixture files (every encoding and workbook format of
 * docs/import-formats.md, the long-form tables) into a real DuckDB file: what was loaded, what was rejected and why.
 */
class ImportFileJobFunctionalTests extends ImportingTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/import");
	static final Path GOOD = FIXTURES.resolve("good");
	static final Path BAD = FIXTURES.resolve("bad");

	@Autowired
	ImportHistory history;

	@Test
	void loads_every_table_from_every_encoding_and_format_whatever_the_order_given() throws Exception {
		List<Path> reversed = new ArrayList<>(files(GOOD));
		java.util.Collections.reverse(reversed);
		ImportSummary s = imports.importPaths(reversed, false, dir.resolve("r1.csv"));

		assertThat(s.exitCode()).isZero();
		assertThat(s.files()).extracting(FileResult::name, FileResult::tables, FileResult::status, FileResult::read,
				FileResult::loaded, FileResult::rejected)
			.containsExactly(
					tuple(GOOD.resolve("01-units.csv").toString(), "units", "LOADED", 8L, 8L, 0L),
					tuple(GOOD.resolve("02-terms.csv").toString(), "terms", "LOADED", 2L, 2L, 0L),
					tuple(GOOD.resolve("05-targets.xlsx").toString(), "targets", "LOADED", 4L, 4L, 0L),
					tuple(GOOD.resolve("06-figures-by-name.xls").toString(), "figures", "LOADED", 3L, 3L, 0L),
					tuple(GOOD.resolve("04-figures-1258.csv").toString(), "figures", "LOADED", 4L, 4L, 0L),
					tuple(GOOD.resolve("03-figures-unicode.txt").toString(), "figures", "LOADED", 5L, 5L, 0L));

		assertThat(rows("SELECT org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), basis, "
				+ "CAST(value AS BIGINT), coalesce(source_sheet, ''), source_row FROM fact ORDER BY ALL"))
			.containsExactly(
					"74-KCQDN|admissions|2017-12-31|2017-12-31|luy_ke|1000||2",
					"74-KCQDN|admissions|2020-06-30|2020-06-30|luy_ke|2096||3",
					"74-KCQDN-001|admissions|2021-01-01|2021-06-30|ky|12||2",
					"74-KCQDN-001|admissions|2021-07-01|2021-12-31|ky|15||4",
					"74-KCQDN-001|badges_awarded|2021-01-01|2021-12-31|ky|5|Năm 2021|2",
					"74-KCQDN-001|members_official|2020-06-30|2020-06-30|ky|1200||5",
					"74-KCQDN-001|members_probationary|2020-06-30|2020-06-30|ky|34||6",
					"74-KCQDN-001|members_total|2020-06-30|2020-06-30|ky|1234||4",
					"74-KCQDN-002|admissions|2021-01-01|2021-06-30|ky|8||3",
					"74-KCQDN-002|admissions|2021-07-01|2021-09-30|ky|4||5",
					"74-KCQDN-002|cards_issued|2021-01-01|2021-12-31|ky|1002|Năm 2021|4",
					"74-KCQDN-002|members_total|2021-12-31|2021-12-31|ky|45|Năm 2021|3");

		// Units: effective-dated rows, names in NFC, successions with their shares.
		assertThat(rows("SELECT code, name, type, coalesce(parent_code, ''), CAST(valid_from AS VARCHAR), "
				+ "CAST(valid_to AS VARCHAR) FROM org_unit WHERE code LIKE '74-KCQDN%' ORDER BY code, valid_from"))
			.containsExactly(
					"74-KCQDN|Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương|dang_bo_khoi|74|0001-01-01|2025-01-31",
					"74-KCQDN-001|Đảng bộ Sở Y tế|dang_bo_co_so|74-KCQDN|0001-01-01|2025-01-31",
					"74-KCQDN-001|Đảng bộ Sở Y tế|dang_bo_co_so|79-DUB|2025-02-01|9999-12-31",
					"74-KCQDN-002|Chi bộ Cục Thuế tỉnh|chi_bo_co_so|74-KCQDN|2010-01-01|2025-01-31");
		assertThat(rows("SELECT predecessor_code, successor_code, weight, CAST(effective_date AS VARCHAR) FROM org_succession ORDER BY ALL"))
			.containsExactly("74|79|1.0|2025-07-01", "74-KCQDN|79-DCQD|0.6|2025-02-01", "74-KCQDN|79-DUB|0.4|2025-02-01");
		// Terms: Roman congress numbers, "2020 – 2025" with an en dash, a missing end inferred from the next congress.
		assertThat(rows("SELECT committee_code, term_label, congress_number, CAST(start_date AS VARCHAR), CAST(end_date AS VARCHAR) "
				+ "FROM term ORDER BY ALL"))
			.containsExactly("74-KCQDN|2015-2020|6|2015-07-15|2020-07-13", "74-KCQDN|2020-2025|7|2020-07-14|2025-01-31");
		// Targets: English headers, a label instead of a code, "2.202", "90%" and an empty source.
		assertThat(rows("SELECT committee_code, term_label, metric_code, target_kind, source, value FROM target ORDER BY ALL"))
			.containsExactly(
					"74-KCQDN|2015-2020|admissions|tong_nhiem_ky|nghi_quyet|2000.0",
					"74-KCQDN|2015-2020|admissions|tong_nhiem_ky|tinh_uy_giao|2202.0",
					"74-KCQDN|2020-2025|admissions|hang_nam|nghi_quyet|200.0",
					"74-KCQDN|2020-2025|share_orgs_good_or_better|ty_le_toi_thieu|nghi_quyet|90.0");
		// Lineage: every fact points at the load of its file.
		assertThat(rows("SELECT l.file_name, l.status, count(*) FROM fact f JOIN load l USING (load_id) GROUP BY ALL ORDER BY 1"))
			.containsExactly(GOOD.resolve("03-figures-unicode.txt") + "|LOADED|5", GOOD.resolve("04-figures-1258.csv") + "|LOADED|4",
					GOOD.resolve("06-figures-by-name.xls") + "|LOADED|3");
		// The hidden sheet of the targets workbook was skipped, with a warning.
		assertThat(s.files().get(2).warnings()).isEqualTo(1);
		assertThat(rows("SELECT reason FROM load_issue WHERE rule = 'file.note'")).containsExactly("Bỏ qua trang ẩn 'Nháp'");
		// The history is in the job repository.
		assertThat(history.latest(20)).extracting(ImportHistory.Entry::status).containsOnly("LOADED").hasSize(6);
		// … each entry also found by its execution id (the id the load row keeps), an unknown id not at all.
		long execution = Long.parseLong(rows("SELECT job_execution_id FROM load WHERE file_name LIKE '%02-terms.csv'").getFirst());
		assertThat(history.entry(execution)).get().extracting(ImportHistory.Entry::file, ImportHistory.Entry::read)
			.containsExactly(GOOD.resolve("02-terms.csv").toString(), 2L);
		assertThat(history.entry(999_999)).isEmpty();
	}

	@Test
	void a_file_with_bad_rows_loads_its_good_rows_and_reports_each_bad_one_with_its_reason() throws Exception {
		imports.importPaths(List.of(GOOD), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("bad.csv");
		ImportSummary s = imports.importPaths(List.of(BAD.resolve("figures-bad-rows.csv")), false, report);

		assertThat(s.exitCode()).isEqualTo(3);
		FileResult f = s.files().getFirst();
		assertThat(f.status()).isEqualTo("PARTIAL");
		assertThat(f.read()).isEqualTo(17);
		assertThat(f.rejected()).isEqualTo(16);
		assertThat(f.loaded()).isEqualTo(1);
		assertThat(rows("SELECT org_code, metric_code, CAST(value AS BIGINT) FROM fact WHERE metric_code = 'recognitions'"))
			.containsExactly("74-KCQDN-001|recognitions|11");

		List<CSVRecord> lines = report(report);
		assertThat(lines).extracting(r -> r.get(2) + " " + r.get(3) + " " + r.get(7)).containsExactly(
				"2 Mã đơn vị org.unknown",
				"3 Mã đơn vị org.not_valid",
				"4 Chỉ tiêu metric.unknown",
				"5 Kỳ báo cáo period.unparseable",
				"6 Kỳ báo cáo period.stock_needs_date",
				"7 Kỳ báo cáo period.flow_needs_span",
				"8 Giá trị value.not_number",
				"9 Giá trị value.fractional",
				"10 Giá trị value.negative",
				"11 Giá trị row.duplicate_conflict",
				"12 Giá trị row.duplicate_conflict",
				"13 Cách tính basis.unknown",
				"14 Chỉ tiêu metric.indicator",
				"15 Cách tính basis.stock_cumulative",
				"16 Mã đơn vị org.missing",
				"17 Giá trị required.missing");
		assertThat(lines).allSatisfy(r -> {
			assertThat(r.get(0)).isEqualTo(BAD.resolve("figures-bad-rows.csv").toString());
			assertThat(r.get(5)).isEqualTo("Lỗi");
		});
		assertThat(lines.get(1).get(6)).isEqualTo("Đơn vị “79-DUB” không có hiệu lực vào ngày 2/7/2021");
		assertThat(lines.get(9).get(6)).isEqualTo(
				"Trùng đơn vị, kỳ, chỉ tiêu và cách tính với dòng 12 nhưng khác giá trị (7 và 9): hãy giữ một dòng đúng");
		// A value beginning with '-' is neutralised so that Excel does not read it as a formula.
		assertThat(lines.get(8).get(4)).isEqualTo("'-3");
		// The same problems stay in the warehouse's load history.
		assertThat(rows("SELECT count(*) FROM load_issue WHERE severity = 'error'")).containsExactly("16");
	}

	@Test
	void rejects_unit_rows_whose_parent_successor_type_or_validity_is_wrong() throws Exception {
		imports.importPaths(List.of(GOOD.resolve("01-units.csv")), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("units.csv");
		ImportSummary s = imports.importPaths(List.of(BAD.resolve("units-bad-rows.csv")), false, report);

		assertThat(s.exitCode()).isEqualTo(3);
		assertThat(report(report)).extracting(r -> r.get(2) + " " + r.get(7)).containsExactly(
				"2 unit.parent_unknown", "3 unit.successor_unknown", "4 unit.type_unknown", "5 unit.parent_missing",
				"6 date.order", "8 unit.overlap");
		assertThat(rows("SELECT code FROM org_unit WHERE code IN ('74-KCQDN-003', '74-KCQDN-004', '74-KCQDN-005', "
				+ "'74-KCQDN-006', '74-KCQDN-007', '74-KCQDN-008') ORDER BY code")).containsExactly("74-KCQDN-008");
	}

	@Test
	void loads_suspicious_values_with_a_warning() throws Exception {
		imports.importPaths(List.of(GOOD), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("warn.csv");
		ImportSummary s = imports.importPaths(List.of(BAD.resolve("figures-warnings.csv")), false, report);

		assertThat(s.exitCode()).isZero();
		assertThat(s.files().getFirst().loaded()).isEqualTo(7);
		// Parts that do not add up and more rated than assessed: validation rules (V005), at the file's first figure compared.
		assertThat(report(report)).extracting(r -> r.get(2) + " " + r.get(5) + " " + r.get(6)).containsExactly(
				"2 Cảnh báo Quy tắc kiểm tra không thỏa: Tổng số đảng viên bằng số đảng viên chính thức cộng số đảng viên dự bị. "
						+ "Tổng số đảng viên (1.250) > Đảng viên chính thức + Đảng viên dự bị (1.240); đơn vị 74-KCQDN-001, 31/12/2021",
				"5 Cảnh báo Quy tắc kiểm tra không thỏa: Số đảng viên hoàn thành tốt nhiệm vụ trở lên không vượt quá số đảng viên "
						+ "được đánh giá. Đảng viên hoàn thành xuất sắc nhiệm vụ + Đảng viên hoàn thành tốt nhiệm vụ (110) > "
						+ "Đảng viên được đánh giá, xếp loại (100); đơn vị 74-KCQDN-001, 31/12/2021",
				"8 Cảnh báo Số lũy kế giảm: 900 đến ngày 31/12/2018, sau 1000 đến ngày 31/12/2017");
	}

	@Test
	void a_file_that_cannot_be_read_is_reported_and_the_run_goes_on() throws Exception {
		imports.importPaths(List.of(GOOD.resolve("01-units.csv")), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("unreadable.csv");
		ImportSummary s = imports.importPaths(List.of(BAD.resolve("empty.csv"), BAD.resolve("report.xls"),
				BAD.resolve("not-a-table.csv"), GOOD.resolve("02-terms.csv")), false, report);

		assertThat(s.exitCode()).isEqualTo(2);
		assertThat(s.files()).extracting(FileResult::status).containsExactly("LOADED", "UNREADABLE", "UNREADABLE", "UNREADABLE");
		assertThat(report(report)).extracting(r -> r.get(6)).containsExactly("empty.csv: Tệp rỗng",
				"report.xls: Tệp .xls này thực ra là trang HTML: hãy mở bằng Excel và lưu lại dạng .xlsx",
				"Không nhận ra bảng nào trong tệp: dòng đầu của mỗi trang phải là dòng tiêu đề (ví dụ: Mã đơn vị, Kỳ báo cáo, Chỉ tiêu, Giá trị)");
		assertThat(history.latest(10)).extracting(ImportHistory.Entry::status)
			.containsExactly("UNREADABLE", "UNREADABLE", "UNREADABLE", "LOADED", "LOADED");
		assertThat(rows("SELECT count(*) FROM term")).containsExactly("2");
	}

	@Test
	void an_office_report_saved_as_csv_is_read_like_its_workbook() throws Exception {
		imports.importPaths(List.of(GOOD.resolve("01-units.csv")), false, dir.resolve("r0.csv"));
		Path report = dir.resolve("bao-cao.csv");
		Files.writeString(report, """
				ĐẢNG BỘ TỈNH BÌNH DƯƠNG,,,,
				ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH,,,,
				BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2022,,,,
				,,,,
				STT,Tên đơn vị,Kết nạp đảng viên,Tinh giản biên chế,
				,,,Cơ quan Đảng đoàn thể,Cơ quan QLNN đơn vị sự nghiệp
				1,2,3,4,5
				1,Đảng bộ Sở Y tế,12,1,3
				2,Chi bộ Cục Thuế tỉnh,8,0,2
				,Tổng cộng,20,1,5
				Ghi chú: số liệu tính đến 30/6/2022,,,,
				""", StandardCharsets.UTF_8);
		ImportSummary s = imports.importPaths(List.of(report), false, dir.resolve("r1.csv"));

		assertThat(s.exitCode()).isZero();
		assertThat(rows("SELECT org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
				+ "CAST(value AS BIGINT) FROM fact ORDER BY ALL")).containsExactly(
					"74-KCQDN-001|admissions|2022-01-01|2022-06-30|12",
					"74-KCQDN-001|staff_reductions_party|2022-01-01|2022-06-30|1",
					"74-KCQDN-001|staff_reductions_state|2022-01-01|2022-06-30|3",
					"74-KCQDN-002|admissions|2022-01-01|2022-06-30|8",
					"74-KCQDN-002|staff_reductions_party|2022-01-01|2022-06-30|0",
					"74-KCQDN-002|staff_reductions_state|2022-01-01|2022-06-30|2");
	}

	@Test
	void a_folder_reached_through_a_symbolic_link_is_read_whole() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("link-" + System.nanoTime()), GOOD.toAbsolutePath());
		ImportSummary s = imports.importPaths(List.of(link), false, dir.resolve("r-link.csv"));
		assertThat(s.exitCode()).isZero();
		assertThat(s.files()).hasSize(6).extracting(FileResult::status).containsOnly("LOADED");
	}

	@Test
	void a_dry_run_reports_everything_and_leaves_the_warehouse_untouched() throws Exception {
		imports.importPaths(List.of(GOOD.resolve("01-units.csv")), false, dir.resolve("r0.csv"));
		List<String> before = rows("SELECT count(*) FROM fact UNION ALL SELECT count(*) FROM load UNION ALL SELECT count(*) FROM load_issue");
		Path report = dir.resolve("dry.csv");
		ImportSummary s = imports.importPaths(List.of(BAD.resolve("figures-bad-rows.csv")), true, report);

		assertThat(s.dryRun()).isTrue();
		assertThat(s.files().getFirst().rejected()).isGreaterThan(0);
		assertThat(report(report)).isNotEmpty();
		assertThat(rows("SELECT count(*) FROM fact UNION ALL SELECT count(*) FROM load UNION ALL SELECT count(*) FROM load_issue"))
			.isEqualTo(before);
		assertThat(rows("SELECT count(*) FROM stg_figure UNION ALL SELECT count(*) FROM stg_issue")).containsExactly("0", "0");
	}

	@Test
	void a_corrected_file_supersedes_the_figures_it_repeats_and_keeps_the_old_ones_in_history() throws Exception {
		imports.importPaths(List.of(GOOD), false, dir.resolve("r0.csv"));
		Path corrected = dir.resolve("corrected.csv");
		Files.writeString(corrected, """
				Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị
				74-KCQDN-001,6 tháng đầu năm 2021,Kết nạp đảng viên mới,13
				""", StandardCharsets.UTF_8);
		imports.importPaths(List.of(corrected), false, dir.resolve("r1.csv"));

		assertThat(rows("SELECT CAST(value AS BIGINT), superseded_by IS NULL FROM fact WHERE org_code = '74-KCQDN-001' "
				+ "AND metric_code = 'admissions' AND period_end = DATE '2021-06-30' ORDER BY load_id"))
			.containsExactly("12|false", "13|true");
		assertThat(rows("SELECT count(*) FROM fact WHERE superseded_by IS NULL")).containsExactly("12");
	}

	@Test
	void term_totals_and_attainment_read_back_through_the_views() throws Exception {
		imports.importPaths(List.of(GOOD), false, dir.resolve("r0.csv"));
		assertThat(rows("SELECT CAST(value AS BIGINT) FROM v_figure_term WHERE committee_code = '74-KCQDN' "
				+ "AND term = '2015-2020' AND metric = 'admissions'")).containsExactly("2096");
		assertThat(rows("SELECT source, attainment_pct, met FROM v_target_attainment WHERE committee_code = '74-KCQDN' "
				+ "AND term = '2015-2020' AND metric = 'admissions' ORDER BY source"))
			.containsExactly("nghi_quyet|104.8|true", "tinh_uy_giao|95.2|false");
		// The run rebuilt the screens' tables: they hold the same figures and every load.
		assertThat(rows("SELECT source, attainment_pct, met FROM target_attainment WHERE committee_code = '74-KCQDN' "
				+ "AND term = '2015-2020' AND metric = 'admissions' ORDER BY source"))
			.containsExactly("nghi_quyet|104.8|true", "tinh_uy_giao|95.2|false");
		try (DuckDBConnection c = warehouse.connection()) {
			assertThat(vn.blocstats.warehouse.figures.FigureTables.fresh(c)).isTrue();
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (var s = Files.list(folder)) {
			return s.sorted().toList();
		}
	}

}
