package vn.blocstats.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.router.QueryParameters;

import com.vaadin.flow.component.html.Anchor;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.export.ExportFormat;
import vn.blocstats.dashboard.export.TableDownloads;
import vn.blocstats.dashboard.congress.CongressPackTests;

/**
 * The data-quality screen without a browser, over a real warehouse into which the import test
 * fixtures — good and bad files — were imported by the command line (its reject report kept for
 * comparison), a signed-in viewer.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = QualityView.class)
@WithMockUser(username = "thu", roles = "VIEWER")
class QualityViewTests extends SpringBrowserlessTest {

	private static final String FIXTURES = "../etl/src/test/resources/fixtures/import/";

	@TempDir
	static Path dir;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(), "--report",
				cliReport().toString(), FIXTURES + "good", FIXTURES + "bad" }, quiet, quiet);
		// 2: three of the bad files cannot be read at all
		assertThat(code).isEqualTo(2);
		// and a dry run, which the job repository remembers and the warehouse does not
		assertThat(BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(), "--dry-run",
				"--report", dir.resolve("dry-run.csv").toString(), DRY_RUN }, quiet, quiet)).isZero();
	}

	private static final String DRY_RUN = FIXTURES + "good/02-terms.csv";

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	static Path cliReport() {
		return dir.resolve("cli-report.csv");
	}

	@Test
	void the_history_shows_every_load_newest_first_with_its_counts_in_vietnamese() {
		QualityView view = open("chat-luong");

		GridTester<Grid<QualityService.HistoryRow>, QualityService.HistoryRow> history = test(view.history);
		assertThat(history.size()).isEqualTo(13);
		assertThat(history.getRow(0).file()).isEqualTo(DRY_RUN);
		assertThat(history.getCellText(0, 3)).isEqualTo("đã nạp (chạy thử, không lưu)");
		String cli = "Dòng lệnh (" + System.getProperty("user.name") + ")";
		assertThat(history.getCellText(0, 2)).as("who ran the dry run").isEqualTo(cli);
		assertThat(history.getRow(0).loadId()).isNull();
		assertThat(history.getRow(1).file()).isEqualTo("bad/report.xls");
		assertThat(history.getRow(12).file()).isEqualTo("good/01-units.csv");
		int bad = row(history, "bad/figures-bad-rows.csv");
		// Bắt đầu, Tệp, Người nạp, Kết quả, Đọc, Nạp, Loại, Cảnh báo
		assertThat(IntStream.rangeClosed(1, 7).mapToObj(c -> history.getCellText(bad, c)))
			.containsExactly("bad/figures-bad-rows.csv", cli, "nạp một phần", "17", "1", "16", "0");
		assertThat(history.getCellText(bad, 0)).matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
		assertThat(history.getCellText(bad, 8)).matches("\\d+,\\d");
		int empty = row(history, "bad/empty.csv");
		assertThat(history.getCellText(empty, 3)).isEqualTo("không đọc được");
		assertThat(history.getCellText(empty, 9)).isEqualTo("empty.csv: Tệp rỗng");
		assertThat(history.getCellText(empty, 2)).as("a file that could not be read: who tried").isEqualTo(cli);
		assertThat(history.getCellText(row(history, "bad/figures-warnings.csv"), 7)).isEqualTo("3");
	}

	@Test
	void without_a_load_in_the_url_the_newest_loads_issues_are_shown() {
		QualityView view = open("chat-luong");

		assertThat(test(view.history).getSelected()).extracting(QualityService.HistoryRow::file).containsExactly("bad/report.xls");
		assertThat(view.issuesTitle.getText()).startsWith("Lần nạp số 12 · bad/report.xls");
	}

	@Test
	void choosing_a_load_puts_it_in_the_url_and_lists_its_rejected_rows_with_vietnamese_reasons() {
		QualityView view = open("chat-luong");
		GridTester<Grid<QualityService.HistoryRow>, QualityService.HistoryRow> history = test(view.history);

		history.select(row(history, "bad/figures-bad-rows.csv"));

		assertLocation("chat-luong", "load=8");
		assertThat(view.issuesTitle.getText()).isEqualTo("Lần nạp số 8 · bad/figures-bad-rows.csv: 16 dòng bị loại và cảnh báo");
		GridTester<?, ?> issues = test(view.issues);
		assertThat(issues.size()).isEqualTo(16);
		// Mức độ, Trang, Dòng, Lý do, Cột, Giá trị (the file is in the title)
		assertThat(IntStream.range(0, 6).mapToObj(c -> issues.getCellText(6, c))).containsExactly("Lỗi (dòng bị loại)", "", "8",
				"Giá trị “mười” không phải là số", "Giá trị", "mười");
		assertThat(issues.getCellText(0, 3)).isEqualTo("Không có đơn vị mã “74-XXX” trong danh mục đơn vị: hãy nạp tệp đơn vị trước hoặc sửa mã");
	}

	@Test
	void a_dry_run_has_no_rows_to_list_so_choosing_it_keeps_the_load_shown() {
		QualityView view = open("chat-luong?load=8");

		test(view.history).select(0);

		assertLocation("chat-luong", "load=8");
		assertThat(test(view.history).getSelected()).extracting(QualityService.HistoryRow::loadId).containsExactly(8L);
		assertThat(view.issuesTitle.getText()).startsWith("Lần nạp số 8 · ");
	}

	@Test
	void a_loads_report_downloads_exactly_as_the_import_wrote_it_with_the_bom_and_neutralised_cells() throws Exception {
		QualityView view = open("chat-luong?load=8");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		test(AnchorTester.class, view.download).download(out);

		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFTệp,Trang,Dòng,Cột,Giá trị,Mức độ,Lý do,Mã lỗi\r\n")
			.contains("bad/figures-bad-rows.csv,,10,Giá trị,'-3,Lỗi,Giá trị âm (-3): số liệu báo cáo không thể âm,value.negative\r\n");
		assertThat(body(text)).isEqualTo(cliLines("bad/figures-bad-rows.csv"));
	}

	@Test
	void the_report_of_a_file_that_could_not_be_read_says_why_as_the_imports_report_did() throws Exception {
		QualityView view = open("chat-luong?load=10");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		test(AnchorTester.class, view.download).download(out);

		assertThat(body(out.toString(StandardCharsets.UTF_8))).containsExactly("bad/empty.csv,,,,,Lỗi,empty.csv: Tệp rỗng,file.unreadable")
			.isEqualTo(cliLines("bad/empty.csv"));
	}

	@Test
	void completeness_per_half_year_is_units_that_reported_over_units_expected() {
		QualityView view = open("chat-luong?tab=completeness&committee=74-KCQDN");

		// Hand-computed from the fixtures: 74-KCQDN-001 and -002 (until 31/1/2025), -008 (2010–2020, from the bad
		// units file); -001 reported for 30/6/2020, both halves of 2021 and the year 2022; -002 for 2021 only.
		GridTester<?, ?> grid = test(view.completeness);
		assertThat(IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 0) + " | " + grid.getCellText(r, 1) + "/"
				+ grid.getCellText(r, 2) + " | " + grid.getCellText(r, 3) + " | " + grid.getCellText(r, 4)))
			.containsExactly(
					"6 tháng cuối năm 2022 | 1/2 | 50,0% | 1",
					"6 tháng đầu năm 2022 | 0/2 | 0,0% | 2",
					"6 tháng cuối năm 2021 | 2/2 | 100,0% | 0",
					"6 tháng đầu năm 2021 | 2/2 | 100,0% | 0",
					"6 tháng cuối năm 2020 | 0/3 | 0,0% | 3",
					"6 tháng đầu năm 2020 | 1/3 | 33,3% | 2",
					"6 tháng cuối năm 2019 | 0/3 | 0,0% | 3",
					"6 tháng đầu năm 2019 | 0/3 | 0,0% | 3",
					"6 tháng cuối năm 2018 | 0/3 | 0,0% | 3",
					"6 tháng đầu năm 2018 | 0/3 | 0,0% | 3",
					"6 tháng cuối năm 2017 | 0/3 | 0,0% | 3");
		// The newest half-year is chosen: its missing unit.
		assertThat(view.missingTitle.getText()).isEqualTo("Đơn vị chưa báo cáo, 6 tháng cuối năm 2022: 1");
		assertThat(units(view)).containsExactly("74-KCQDN-002 | Chi bộ Cục Thuế tỉnh | Chi bộ cơ sở");
	}

	@Test
	void choosing_a_half_year_puts_it_in_the_url_and_lists_the_units_that_did_not_report() {
		QualityView view = open("chat-luong?tab=completeness&committee=74-KCQDN");

		test(view.completeness).select(5);

		assertLocation("chat-luong", "tab=completeness&committee=74-KCQDN&period=2020-H1");
		assertThat(units(view)).containsExactly("74-KCQDN-002 | Chi bộ Cục Thuế tỉnh | Chi bộ cơ sở",
				"74-KCQDN-008 | Chi bộ Sở Xây dựng | Chi bộ cơ sở");
	}

	@Test
	void a_year_in_the_url_keeps_only_its_half_years_and_choosing_another_navigates() {
		QualityView view = open("chat-luong?tab=completeness&committee=74-KCQDN&year=2021");

		assertThat(test(view.completeness).size()).isEqualTo(2);
		assertThat(view.year.getValue()).isEqualTo(2021);
		assertThat(view.year.getListDataView().getItems()).containsExactly(2022, 2021, 2020, 2019, 2018, 2017);

		test(view.year).selectItem("2020");

		assertLocation("chat-luong", "tab=completeness&committee=74-KCQDN&year=2020");
		assertThat(units(view)).containsExactly("74-KCQDN-001 | Đảng bộ Sở Y tế | Đảng bộ cơ sở",
				"74-KCQDN-002 | Chi bộ Cục Thuế tỉnh | Chi bộ cơ sở", "74-KCQDN-008 | Chi bộ Sở Xây dựng | Chi bộ cơ sở");
	}

	@Test
	void the_flags_of_a_committee_are_listed_with_what_they_mean_in_vietnamese() {
		QualityView view = open("chat-luong?tab=flags&committee=74-KCQDN");

		GridTester<?, ?> flags = test(view.flags);
		assertThat(flags.size()).isEqualTo(2);
		// newest first: bad/figures-warnings.csv's 1.250 members on 31/12/2021 against its parts 1.200 + 40
		assertThat(IntStream.range(0, 6).mapToObj(c -> flags.getCellText(0, c))).containsExactly("Tổng số khác tổng các thành phần",
				"Đảng bộ Sở Y tế (74-KCQDN-001)", "Tổng số đảng viên", "31/12/2021", "1.250", "1.240");
		assertThat(flags.getCellText(0, 6)).startsWith("Đơn vị báo cáo cả tổng số và đủ các thành phần");
		assertThat(IntStream.range(0, 6).mapToObj(c -> flags.getCellText(1, c))).containsExactly("Số lũy kế giảm",
				"Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương (74-KCQDN)", "Kết nạp đảng viên mới",
				"1/1/2018 – 31/12/2018", "900", "1.000");
		assertThat(flags.getCellText(1, 6)).startsWith("Số lũy kế từ đầu nhiệm kỳ nhỏ hơn lần báo cáo trước");
		assertThat(view.flagsNote.getText()).startsWith("2 cảnh báo.");
	}

	/**
	 * Issue 14, point 10: every grid downloads as it is shown — the same columns and rows, the figures
	 * unformatted (no thousands separator), the caption naming the committee, the source line last.
	 */
	@Test
	void the_flags_and_the_history_download_as_the_grids_show_them() throws Exception {
		QualityView view = open("chat-luong?tab=flags&committee=74-KCQDN");
		String name = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương";

		String[] flags = csv(view.flagsDownloads, ';');
		assertThat(flags).hasSize(1 + 1 + 2 + 1);
		assertThat(flags[0]).isEqualTo("\uFEFFCảnh báo số liệu — " + name);
		assertThat(flags[1]).startsWith("Cảnh báo;Đơn vị;Chỉ tiêu;Kỳ;");
		assertThat(flags[2]).startsWith("Tổng số khác tổng các thành phần;Đảng bộ Sở Y tế (74-KCQDN-001);Tổng số đảng viên;31/12/2021;1250;1240;"
				+ "\"Đơn vị báo cáo cả tổng số và đủ các thành phần");
		assertThat(flags[3]).startsWith("Số lũy kế giảm;" + name + " (74-KCQDN);Kết nạp đảng viên mới;1/1/2018 – 31/12/2018;900;1000;");
		assertThat(flags[4]).isEqualTo("Nguồn: " + name);

		view = open("chat-luong");
		GridTester<?, ?> grid = test(view.history);
		String[] history = csv(view.historyDownloads, ',');
		assertThat(history).hasSize(1 + 1 + grid.size() + 1);
		assertThat(history[0]).isEqualTo("\uFEFFLịch sử nạp số liệu (các lần nạp mới nhất)");
		assertThat(history[1]).isEqualTo("Bắt đầu,Tệp,Người nạp,Kết quả,Đọc,Nạp,Loại,Cảnh báo,Thời gian (giây),Ghi chú");
		for (int r = 0; r < grid.size(); r++) {
			// the file, who and the outcome as on screen
			assertThat(history[2 + r]).contains(grid.getCellText(r, 1)).contains(grid.getCellText(r, 3));
		}
		assertThat(history[history.length - 1]).startsWith("\"Nguồn: kho số liệu blocstats, lúc ");

		view = open("chat-luong?tab=rules&committee=74-KCQDN");
		byte[] xlsx = TableDownloads.write(view.rulesDownloads.table(), java.util.Optional.empty(), ExportFormat.XLSX, ',', VI);
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Quy tắc kiểm tra số liệu");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã quy tắc");
			// caption, header, a row per rule, a blank row, the source line
			assertThat(sheet.getLastRowNum() - 3).isEqualTo(test(view.rules).size());
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).startsWith("Nguồn: kho số liệu blocstats");
		}
	}

	/** Issue 14, point 11: the link copied or saved from this screen names its tab and every choice it fell back to. */
	@Test
	void the_shown_view_names_the_tab_and_every_choice_the_screen_fell_back_to() {
		QualityView view = open("chat-luong");
		assertThat(view.shown().getParameters().keySet()).containsExactlyInAnyOrder("tab", "load");
		assertThat(view.shown().getParameters().get("tab")).containsExactly("history");

		view = open("chat-luong?tab=flags&committee=74-KCQDN");
		assertThat(view.shown().getParameters()).isEqualTo(java.util.Map.of("tab", List.of("flags"), "committee", List.of("74-KCQDN")));
	}

	private static final java.util.Locale VI = java.util.Locale.of("vi", "VN");

	/** The grid's download as CSV with {@code separator}, line by line (what the menu's link writes; the browser test clicks one). */
	private static String[] csv(TableDownloads downloads, char separator) {
		return new String(TableDownloads.write(downloads.table(), java.util.Optional.empty(), ExportFormat.CSV, separator, VI), StandardCharsets.UTF_8).split("\r\n");
	}

	@Test
	void a_committee_without_flags_says_so_and_choosing_it_navigates() {
		QualityView view = open("chat-luong?tab=flags&committee=74-KCQDN");

		test(view.committee).selectItem("Thành phố Hồ Chí Minh");

		assertLocation("chat-luong", "tab=flags&committee=79");
		assertThat(test(view.flags).size()).isZero();
		assertThat(view.flagsNote.getText()).startsWith("Không có cảnh báo nào");
	}

	@Test
	void the_rules_tab_lists_the_violations_under_the_committee_with_both_sides_and_every_rule() {
		QualityView view = open("chat-luong?tab=rules&committee=74-KCQDN");

		// bad/figures-warnings.csv, 74-KCQDN-001 on 31/12/2021: 1.250 members ≠ 1.200 + 40; 30 + 80 rated good or better > 100 assessed
		GridTester<?, ?> v = test(view.violations);
		assertThat(v.size()).isEqualTo(2);
		assertThat(IntStream.range(0, 4).mapToObj(c -> v.getCellText(0, c))).containsExactly("Đảng bộ Sở Y tế (74-KCQDN-001)",
				"31/12/2021", "Tổng số đảng viên bằng số đảng viên chính thức cộng số đảng viên dự bị",
				"Tổng số đảng viên (1.250) > Đảng viên chính thức + Đảng viên dự bị (1.240)");
		assertThat(v.getCellText(1, 3)).isEqualTo("Đảng viên hoàn thành xuất sắc nhiệm vụ + Đảng viên hoàn thành tốt nhiệm vụ (110) > "
				+ "Đảng viên được đánh giá, xếp loại (100)");
		assertThat(view.violationsNote.getText()).startsWith("2 vi phạm.");
		GridTester<?, ?> rules = test(view.rules);
		assertThat(IntStream.range(0, rules.size()).mapToObj(r -> rules.getCellText(r, 1)))
			.contains("members_total = members_official + members_probationary", "members_assessed <= members_total");
		// a viewer reads the rules; only an administrator edits them
		assertThat(view.ruleForm.isVisible()).isFalse();
	}

	@Test
	@WithMockUser(username = "an", roles = "ADMIN")
	void an_administrator_adds_a_rule_parsed_against_the_catalog_and_disables_and_enables_one() {
		QualityView view = open("chat-luong?tab=rules&committee=74-KCQDN");
		assertThat(view.ruleForm.isVisible()).isTrue();

		test(view.ruleCode).setValue("members_excellent_le_total");
		test(view.ruleExpression).setValue("members_excelent <= members_total");
		test(view.ruleVi).setValue("Số đảng viên xuất sắc không vượt quá tổng số đảng viên");
		test(view.addRule).click();
		assertThat(view.ruleMessage.getText()).startsWith("Không có chỉ tiêu mã “members_excelent” trong danh mục");

		test(view.ruleExpression).setValue("members_excellent <= members_total");
		test(view.addRule).click();
		assertThat(view.ruleMessage.getText()).isEqualTo("Đã thêm quy tắc members_excellent_le_total và kiểm tra lại mọi đơn vị.");
		GridTester<Grid<vn.blocstats.warehouse.rules.ValidationRule>, vn.blocstats.warehouse.rules.ValidationRule> rules = test(view.rules);
		int added = IntStream.range(0, rules.size()).filter(r -> rules.getRow(r).code().equals("members_excellent_le_total")).findFirst()
			.orElseThrow();
		assertThat(rules.getCellText(added, 4)).isEqualTo("quản trị viên thêm");

		int parts = IntStream.range(0, rules.size()).filter(r -> rules.getRow(r).code().equals("members_total_parts")).findFirst()
			.orElseThrow();
		rules.select(parts);
		test(view.toggleRule).click();
		assertThat(view.ruleMessage.getText()).isEqualTo("Đã tắt quy tắc members_total_parts.");
		assertThat(test(view.violations).size()).isEqualTo(1);
		test(view.toggleRule).click();
		assertThat(view.ruleMessage.getText()).isEqualTo("Đã bật quy tắc members_total_parts và kiểm tra lại mọi đơn vị.");
		assertThat(test(view.violations).size()).isEqualTo(2);
	}

	@Test
	void the_reminders_of_the_chosen_half_year_download_as_list_letter_and_templates_committee_and_unit() throws Exception {
		QualityView view = open("chat-luong?tab=completeness&committee=74-KCQDN&period=2022-H2");
		assertThat(view.reminders.isVisible()).isTrue();

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(AnchorTester.class, view.remindersCsv).download(csv);
		assertThat(csv.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
				"\uFEFFSTT,Mã đơn vị,Tên đơn vị,Loại,Kỳ báo cáo,Mẫu báo cáo",
				"1,74-KCQDN-002,Chi bộ Cục Thuế tỉnh,Chi bộ cơ sở,6 tháng cuối năm 2022,mau-bao-cao-74-KCQDN-002-2022-H2.xlsx");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		test(AnchorTester.class, view.remindersXlsx).download(xlsx);
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
			assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("74-KCQDN-002");
		}

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		test(AnchorTester.class, view.remindersDocx).download(docx);
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray()));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("V/v nhắc gửi báo cáo số liệu 6 tháng cuối năm 2022")
				.contains("chưa nhận được báo cáo số liệu 6 tháng cuối năm 2022 của 1 trong số 2 tổ chức cơ sở đảng")
				.contains("74-KCQDN-002\tChi bộ Cục Thuế tỉnh\tmau-bao-cao-74-KCQDN-002-2022-H2.xlsx");
			assertThat(doc.getParagraphs().get(1).getRuns().getFirst().getFontFamily()).isEqualTo("Times New Roman");
		}

		// The committee's template: every unit it expects, by code, the half-year written in.
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		test(AnchorTester.class, view.committeeTemplate).download(template);
		assertThat(sheetCodes(template.toByteArray())).containsExactly("74-KCQDN-001", "74-KCQDN-002");
		// A unit's own template, from its row of the list: its row only.
		GridTester<?, ?> missing = test(view.missing);
		Anchor own = (Anchor) missing.getCellComponent(0, 3);
		ByteArrayOutputStream unit = new ByteArrayOutputStream();
		test(AnchorTester.class, own).download(unit);
		assertThat(sheetCodes(unit.toByteArray())).containsExactly("74-KCQDN-002");

		// LibreOffice Calc opens the template and prints its Vietnamese headers.
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!CongressPackTests.onPath("soffice")) {
			if (ci) {
				org.junit.jupiter.api.Assertions.fail("soffice is needed in CI: .ci/run installs libreoffice-calc-nogui");
			}
			org.junit.jupiter.api.Assumptions.abort("LibreOffice (soffice) is not installed here");
		}
		Path xlsxFile = dir.resolve("mau.xlsx");
		Files.write(xlsxFile, template.toByteArray());
		Path out = dir.resolve("lo-template");
		Files.createDirectories(out);
		CongressPackTests.exec(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", out.toString(), xlsxFile.toString()), 300);
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("mau.pdf").toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertThat(text).contains("BÁO CÁO SỐ LIỆU 6 THÁNG CUỐI NĂM 2022", "Kỳ báo cáo: 6 tháng cuối năm 2022", "Mã đơn vị",
					"Tên đơn vị", "Chi bộ Cục Thuế tỉnh", "Tổng cộng", "HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO SỐ LIỆU");
		}
	}

	/** The unit codes of a template's data sheet. */
	private static List<String> sheetCodes(byte[] xlsx) throws Exception {
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sh = wb.getSheet(vn.blocstats.etl.template.TemplateWorkbook.DATA);
			List<String> codes = new java.util.ArrayList<>();
			for (var row : sh) {
				var c = row.getCell(1);
				if (row.getRowNum() > vn.blocstats.etl.template.TemplateWorkbook.HEADER_ROW + 1 && c != null
						&& c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getStringCellValue().isEmpty()) {
					codes.add(c.getStringCellValue());
				}
			}
			return codes;
		}
	}

	private static int row(GridTester<Grid<QualityService.HistoryRow>, QualityService.HistoryRow> grid, String file) {
		return IntStream.range(0, grid.size()).filter(r -> grid.getRow(r).file().equals(file)).findFirst().orElseThrow();
	}

	private List<String> units(QualityView view) {
		GridTester<?, ?> grid = test(view.missing);
		return IntStream.range(0, grid.size())
			.mapToObj(r -> grid.getCellText(r, 0) + " | " + grid.getCellText(r, 1) + " | " + grid.getCellText(r, 2))
			.toList();
	}

	/** The lines of a report after its header. */
	private static List<String> body(String report) {
		List<String> lines = List.of(report.split("\r\n"));
		return lines.subList(1, lines.size());
	}

	/** The lines of the command line's report about one file. */
	private static List<String> cliLines(String file) throws Exception {
		return body(Files.readString(cliReport(), StandardCharsets.UTF_8)).stream().filter(l -> l.startsWith(file + ",")).toList();
	}

	/** Opens a URL as the browser's address bar would (path and query). */
	private QualityView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(q < 0 ? url : url.substring(0, q),
				q < 0 ? QueryParameters.empty() : QueryParameters.fromString(url.substring(q + 1)));
		return (QualityView) getCurrentView();
	}

	/** The browser is at {@code path} with the query parameters {@code query} (in any order). */
	private static void assertLocation(String path, String query) {
		var location = UI.getCurrent().getInternals().getActiveViewLocation();
		assertThat(location.getPath()).isEqualTo(path);
		assertThat(location.getQueryParameters().getParameters()).isEqualTo(QueryParameters.fromString(query).getParameters());
	}
}
