package vn.blocstats.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.grid.GridTester;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureTables;

/**
 * The import screen without a browser: real uploads through the Upload component's handler (the
 * browserless tester sends the bytes as a browser would), the real import service over a real
 * warehouse into which the good fixtures were imported first, a signed-in steward. Uploads are
 * limited to 20.000 bytes here, to test the limit with small files.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard",
				"blocstats.upload.max-bytes=20000" })
@ViewPackages(classes = ImportView.class)
@WithMockUser(username = "quan", roles = "STEWARD")
class ImportViewTests extends SpringBrowserlessTest {

	private static final Path FIXTURES = Path.of("../etl/src/test/resources/fixtures/import");
	private static final String CSV = "text/csv";

	@TempDir
	static Path dir;

	@Autowired
	Warehouse warehouse;

	@Autowired
	vn.blocstats.dashboard.audit.AuditLog audit;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(),
				FIXTURES.resolve("good").toString() }, quiet, quiet);
		assertThat(code).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@AfterEach
	void leaveNothingUploaded() throws Exception {
		// Each test ends with its files loaded or discarded; a test that leaves some would confuse the next.
		ImportView view = (ImportView) getCurrentView();
		if (view.step == ImportView.Step.RECEIVED || view.step == ImportView.Step.CHECKED) {
			test(view.cancel).click();
		}
	}

	@Test
	void a_dry_run_reports_every_rejected_row_and_leaves_the_warehouse_unchanged_then_confirm_loads_those_bytes() throws Exception {
		ImportView view = navigate(ImportView.class);
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve("bad/figures-bad-rows.csv"));
		List<String> before = counts();

		test(view.upload).upload("so-lieu-2022.csv", CSV, bytes);

		assertThat(view.step).isEqualTo(ImportView.Step.RECEIVED);
		assertThat(view.status.getText()).isEqualTo("1 tệp đã tải lên, sẵn sàng để kiểm tra.");
		test(view.check).click();
		finish(view);

		assertThat(view.step).isEqualTo(ImportView.Step.CHECKED);
		assertThat(counts()).as("a dry run keeps nothing").isEqualTo(before);
		GridTester<?, ?> results = test(view.results);
		assertThat(IntStream.range(0, 6).mapToObj(c -> results.getCellText(0, c))).containsExactly("so-lieu-2022.csv",
				"nạp được một phần", "17", "1", "16", "0");
		GridTester<?, ?> lines = test(view.lines);
		assertThat(lines.size()).isEqualTo(16);
		assertThat(lines.getCellText(6, 6)).isEqualTo("Giá trị “mười” không phải là số");
		assertThat(view.status.getText()).startsWith("Kết quả kiểm tra: 1 tệp, đọc 17 dòng, nạp 1, loại 16, 0 cảnh báo.");
		assertThat(view.confirm.isEnabled()).isTrue();

		test(view.confirm).click();
		finish(view);

		assertThat(view.step).isEqualTo(ImportView.Step.LOADED);
		assertThat(view.status.getText()).isEqualTo(
				"Đã nạp: 1 tệp, đọc 17 dòng, nạp 1, loại 16, 0 cảnh báo. Số liệu trên các màn hình đã được cập nhật.");
		// (the file's own figures: another test may load a template with recognitions of other periods)
		assertThat(rows("SELECT org_code, metric_code, CAST(value AS INTEGER) FROM fact WHERE metric_code = 'recognitions' "
				+ "AND load_id IN (SELECT load_id FROM load WHERE file_name = 'so-lieu-2022.csv')"))
			.containsExactly("74-KCQDN-001|recognitions|11");
		List<String> load = rows("SELECT file_name, file_path, file_sha256, status, rows_rejected FROM load ORDER BY load_id DESC LIMIT 1");
		String[] l = load.getFirst().split("\\|");
		assertThat(l[0]).isEqualTo("so-lieu-2022.csv");
		assertThat(Path.of(l[1]).getParent()).isEqualTo(uploads());
		assertThat(Path.of(l[1]).getFileName().toString()).matches("[0-9a-f-]{36}\\.csv");
		assertThat(l[2]).as("the very bytes uploaded").isEqualTo(sha256(bytes));
		assertThat(l[3] + " " + l[4]).isEqualTo("PARTIAL 16");
		assertThat(rows("SELECT imported_by FROM load ORDER BY load_id DESC LIMIT 1")).as("who confirmed it").containsExactly("quan");
		assertThat(rows("SELECT count(*) FROM load_issue WHERE load_id = (SELECT max(load_id) FROM load)")).containsExactly("16");
		try (DuckDBConnection c = warehouse.connection()) {
			assertThat(FigureTables.fresh(c)).as("the figures were refreshed at the end of the import's turn").isTrue();
		}
		var audited = audit.recent(2);
		assertThat(audited).extracting(e -> e.username() + " " + e.action()).as("who loaded and who checked, newest first")
			.containsExactly("quan import", "quan import");
		assertThat(audited.get(0).detail()).startsWith("nạp “so-lieu-2022.csv” (" + bytes.length + " B, ").contains(l[1].substring(l[1].lastIndexOf('/') + 1));
		assertThat(audited.get(1).detail()).startsWith("kiểm tra (chạy thử) “so-lieu-2022.csv”");
	}

	@Autowired
	UploadService uploads;

	@Test
	void a_load_says_which_file_it_reads_and_then_that_the_screens_figures_are_refreshed() throws Exception {
		navigate(ImportView.class);
		List<UploadService.Received> files = new java.util.ArrayList<>();
		for (String f : new String[] { "good/04-figures-1258.csv", "good/06-figures-by-name.xls" }) {
			byte[] bytes = Files.readAllBytes(FIXTURES.resolve(f));
			files.add(uploads.store("tien-do-" + Path.of(f).getFileName(), bytes.length, new java.io.ByteArrayInputStream(bytes)));
		}
		List<UploadService.Progress> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<UploadService.Progress> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();

		UploadService.Outcome check = uploads.check(files, checked::add);
		uploads.discard(List.of(), check.report());
		uploads.load(files, loaded::add);

		assertThat(checked).extracting(p -> p.file() + "/" + p.files() + " " + p.name() + " " + p.refreshing()).containsExactlyInAnyOrder(
				"1/2 tien-do-04-figures-1258.csv false", "2/2 tien-do-06-figures-by-name.xls false")
			.as("a check changes nothing: nothing to refresh").doesNotContain("2/2 null true");
		assertThat(loaded).hasSize(3);
		assertThat(loaded.getLast().refreshing()).as("the refresh comes last").isTrue();
		assertThat(loaded.subList(0, 2)).extracting(UploadService.Progress::file).containsExactly(1, 2);
		// (the other tests count the files in the uploads folder: this one's loaded files and reports go)
		for (UploadService.Received r : files) {
			String base = r.path().getFileName().toString().replaceFirst("\\.[^.]+$", "");
			Files.deleteIfExists(r.path());
			Files.deleteIfExists(r.path().resolveSibling(base + ".bao-cao.csv"));
		}
	}

	@Test
	void a_clients_file_name_is_never_a_path_only_a_name_shown() throws Exception {
		ImportView view = navigate(ImportView.class);
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve("bad/figures-warnings.csv"));

		test(view.upload).upload("../../etc/passwd.csv", CSV, bytes);
		test(view.upload).upload("=cmd|' /C calc'!A0.csv", CSV, bytes);

		assertThat(Files.exists(dir.resolve("../etc/passwd.csv"))).isFalse();
		assertThat(Files.exists(dir.getParent().resolve("etc"))).isFalse();
		assertThat(storedFiles()).hasSize(2).allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f-]{36}\\.csv"));
		test(view.check).click();
		finish(view);
		assertThat(IntStream.range(0, 2).mapToObj(r -> test(view.results).getCellText(r, 0)))
			.containsExactly("../../etc/passwd.csv", "=cmd|' /C calc'!A0.csv");
		test(view.confirm).click();
		finish(view);

		assertThat(rows("SELECT file_name FROM load ORDER BY load_id DESC LIMIT 2"))
			.containsExactly("=cmd|' /C calc'!A0.csv", "../../etc/passwd.csv");
		assertThat(rows("SELECT file_path FROM load ORDER BY load_id DESC LIMIT 2"))
			.allSatisfy(f -> assertThat(Path.of(f).getParent()).isEqualTo(uploads()));
		// Each file's report lies beside it under a server-made name, the client's name neutralised inside.
		try (Stream<Path> files = Files.list(uploads())) {
			assertThat(files.filter(p -> p.toString().endsWith(".bao-cao.csv")).map(ImportViewTests::read)
				.filter(r -> r.contains("calc")).toList()).singleElement().satisfies(r -> assertThat(r).startsWith("\uFEFF")
					.contains("\r\n'=cmd|' /C calc'!A0.csv,,2,Giá trị,1.250,Cảnh báo,"));
		}
	}

	@Test
	void a_file_of_another_type_or_over_the_size_limit_is_refused_and_nothing_is_kept() throws Exception {
		ImportView view = navigate(ImportView.class);

		test(view.upload).upload("bao-cao.txt", "text/plain", "Mã đơn vị,Kỳ báo cáo\n".getBytes(StandardCharsets.UTF_8));
		assertThat(view.status.getText()).isEqualTo("Tệp “bao-cao.txt” không được nhận: chỉ nhận tệp .csv, .xlsx, .xls.");
		test(view.upload).upload("lon.csv", CSV, new byte[20_001]);
		assertThat(view.status.getText()).isEqualTo("Tệp “lon.csv” lớn hơn giới hạn 20 KB: hãy chia nhỏ tệp.");

		assertThat(view.step).isEqualTo(ImportView.Step.EMPTY);
		assertThat(storedFiles()).isEmpty();
		assertThat(view.check.isEnabled()).isFalse();
	}

	@Test
	void at_most_twenty_files_are_received() throws Exception {
		ImportView view = navigate(ImportView.class);
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve("good/04-figures-1258.csv"));

		for (int i = 1; i <= 21; i++) {
			test(view.upload).upload("tep-" + i + ".csv", CSV, bytes);
		}

		assertThat(view.status.getText()).isEqualTo("20 tệp đã tải lên, sẵn sàng để kiểm tra.");
		assertThat(storedFiles()).hasSize(20);
	}

	@Test
	void cancel_deletes_the_files_and_the_check_report_and_the_warehouse_never_changed() throws Exception {
		ImportView view = navigate(ImportView.class);
		List<String> before = counts();
		test(view.upload).upload("so-lieu.csv", CSV, Files.readAllBytes(FIXTURES.resolve("bad/figures-bad-rows.csv")));
		test(view.check).click();
		finish(view);
		assertThat(storedFiles()).extracting(p -> p.getFileName().toString().replaceAll("[0-9a-f-]{36}", "ID"))
			.containsExactlyInAnyOrder("ID.csv", "ID.kiem-tra.csv");

		test(view.cancel).click();

		assertThat(view.step).isEqualTo(ImportView.Step.EMPTY);
		assertThat(storedFiles()).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void a_file_that_loads_no_row_cannot_be_confirmed() throws Exception {
		ImportView view = navigate(ImportView.class);
		test(view.upload).upload("rong.csv", CSV, new byte[0]);

		test(view.check).click();
		finish(view);

		assertThat(test(view.results).getCellText(0, 1)).isEqualTo("không đọc được");
		assertThat(view.confirm.isEnabled()).isFalse();
		assertThat(view.status.getText()).contains("Không có dòng nào nạp được");
	}

	/** Waits for the check or load running in the background, then lets the page take its result (as a poll would). */
	@Test
	void before_confirming_the_steward_sees_the_corrections_old_and_new_the_term_figures_they_change_and_the_outliers()
			throws Exception {
		ImportView view = navigate(ImportView.class);
		// The good fixtures hold 74-KCQDN-001's admissions 12 (H1/2021) and 15 (H2/2021); 74-KCQDN's 2020–2025 admissions
		// are its units' 12 + 15 + 8 + 4 = 39, and 3,2 per 100 of the 1.234 members of 30/6/2020.
		byte[] bytes = """
				Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị
				74-KCQDN-001,6 tháng cuối năm 2021,Kết nạp đảng viên mới,4
				74-KCQDN-001,6 tháng đầu năm 2022,Kết nạp đảng viên mới,40
				""".getBytes(StandardCharsets.UTF_8);
		List<String> before = counts();
		test(view.upload).upload("sua-so-lieu.csv", CSV, bytes);
		test(view.check).click();
		finish(view);

		assertThat(counts()).as("a dry run keeps nothing").isEqualTo(before);
		GridTester<?, ?> lines = test(view.lines);
		// after: 12 + 4 + 8 + 4 + 40 = 68, and 100 × 68 / 1.234 = 5,5; 4 → 40 against the corrected H2/2021
		assertThat(IntStream.range(0, lines.size()).mapToObj(r -> lines.getCellText(r, 2) + " | " + lines.getCellText(r, 5) + " | "
				+ lines.getCellText(r, 6))).containsExactly(
					" | Thông tin (sửa số liệu) | Số liệu nhiệm kỳ thay đổi: Kết nạp đảng viên mới, 74-KCQDN, nhiệm kỳ 2020–2025: 39 → 68",
					" | Thông tin (sửa số liệu) | Số liệu nhiệm kỳ thay đổi: Kết nạp trên 100 đảng viên, 74-KCQDN, nhiệm kỳ 2020–2025: "
							+ "3,2 ‰ → 5,5 ‰",
					"2 | Thông tin (sửa số liệu) | Sửa số liệu: Kết nạp đảng viên mới, 74-KCQDN-001, 6 tháng cuối năm 2021: 15 → 4",
					"3 | Cảnh báo | Kết nạp đảng viên mới, 74-KCQDN-001, 6 tháng đầu năm 2022: 4 → 40: gấp 10 lần kỳ trước "
							+ "(6 tháng cuối năm 2021)");
		// corrections are information, not warnings: one warning
		assertThat(view.status.getText()).startsWith("Kết quả kiểm tra: 1 tệp, đọc 2 dòng, nạp 2, loại 0, 1 cảnh báo.");
		test(view.cancel).click();
	}

	@Test
	void the_template_downloaded_for_a_committee_and_half_year_filled_and_uploaded_loads_every_value_by_unit_code() throws Exception {
		ImportView view = navigate(ImportView.class);
		view.templateCommittee.setValue(view.templateCommittee.getListDataView().getItems()
			.filter(c -> c.code().equals("74-KCQDN")).findFirst().orElseThrow());
		view.templatePeriod.setValue(new vn.blocstats.warehouse.quality.HalfYear(2022, 2));
		java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream();

		test(com.vaadin.flow.component.html.AnchorTester.class, view.templateDownload).download(template);

		byte[] filled;
		List<String> expected = new ArrayList<>();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()))) {
			var sh = wb.getSheet(vn.blocstats.etl.template.TemplateWorkbook.DATA);
			int first = vn.blocstats.etl.template.TemplateWorkbook.FIRST_METRIC_COLUMN;
			var header = sh.getRow(vn.blocstats.etl.template.TemplateWorkbook.HEADER_ROW);
			long v = 1;
			for (var row : sh) {
				var code = row.getCell(1);
				if (row.getRowNum() <= vn.blocstats.etl.template.TemplateWorkbook.HEADER_ROW + 1 || code == null
						|| code.getStringCellValue().isEmpty()) {
					continue;
				}
				for (int c = first; c < header.getLastCellNum(); c++) {
					row.getCell(c).setCellValue(v);
					expected.add(code.getStringCellValue() + "|" + v);
					v++;
				}
			}
			assertThat(expected).isNotEmpty();
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			wb.write(out);
			filled = out.toByteArray();
		}
		test(view.upload).upload("mau-bao-cao-74-KCQDN-2022-H2.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
		test(view.check).click();
		finish(view);
		GridTester<?, ?> results = test(view.results);
		// Tệp, Kết quả, Đọc, Nạp, Loại: every unit row and the total row read, every cell loaded, nothing rejected.
		assertThat(results.getCellText(0, 4)).isEqualTo("0");
		assertThat(results.getCellText(0, 3)).isEqualTo(String.valueOf(expected.size()));
		test(view.confirm).click();
		finish(view);

		assertThat(rows("SELECT org_code || '|' || CAST(value AS BIGINT) FROM fact WHERE load_id = (SELECT max(load_id) FROM load) "
				+ "ORDER BY value")).isEqualTo(expected);
	}

	private static void finish(ImportView view) {
		view.work.join();
		MockVaadin.clientRoundtrip();
	}

	private Path uploads() {
		return dir.resolve("uploads").toAbsolutePath().normalize();
	}

	/** The files kept in the uploads folder but the reports of loads done by earlier tests. */
	private List<Path> storedFiles() throws Exception {
		if (!Files.isDirectory(uploads())) {
			return List.of();
		}
		List<String> loaded = rows("SELECT file_path FROM load WHERE file_path LIKE '%/uploads/%'");
		try (Stream<Path> files = Files.list(uploads())) {
			return files.filter(p -> loaded.stream().noneMatch(f -> {
				String base = f.substring(0, f.lastIndexOf('.'));
				return p.toString().startsWith(base);
			})).toList();
		}
	}

	/** Facts, loads and issues in the warehouse. */
	private List<String> counts() throws SQLException {
		return rows("SELECT (SELECT count(*) FROM fact), (SELECT count(*) FROM load), (SELECT count(*) FROM load_issue), "
				+ "(SELECT count(*) FROM org_unit)");
	}

	private List<String> rows(String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder sb = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					sb.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				out.add(sb.toString());
			}
		}
		return out;
	}

	private static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
