package vn.blocstats.dashboard.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of hostile or broken file of the issue, dropped into the inbox together with good
 * ones, through ONE run of {@code import --inbox} in a child JVM whose heap is capped at 256 MB:
 * each broken file gets its own clear Vietnamese error in the report beside it and goes to
 * {@code rejected/}, the legitimate ones load and go to {@code processed/}, and the run goes on to
 * the end. (The readers themselves are tested in the etl module's {@code source} tests.)
 */
class HostileFilesInboxTests {

	static final Path FIXTURES = Path.of("../etl/src/test/resources/fixtures/hostile");

	@TempDir
	Path dir;

	@Test
	void each_broken_file_gets_its_own_clear_error_the_good_ones_load_and_the_run_goes_on_in_a_bounded_heap() throws Exception {
		Path db = dir.resolve("data/w.duckdb");
		Path inbox = dir.resolve("data/inbox");
		Files.createDirectories(inbox);
		for (String name : List.of("don-vi.csv", "bom-nen.xlsx", "thuc-the-xml.xlsx", "bi-cat.xlsx", "trang-web.xls",
				"so-lieu-csv.xlsx", "rong.csv", "chi-tieu-de.csv", "rac.csv", "ghi-chu-dai.csv")) {
			Files.copy(FIXTURES.resolve(name), inbox.resolve(name));
		}
		millionRows(inbox.resolve("trieu-dong.xlsx"));
		try (Stream<Path> s = Files.list(inbox)) {
			for (Path p : s.toList()) {
				Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
			}
		}

		ChildApplication child = ChildApplication.start(dir, "256m", List.of(), "import", "--inbox", "--db", db.toString());
		int code = child.waitFor(300);
		String out = child.output();

		assertThat(code).as(out).isEqualTo(2);
		assertThat(out).doesNotContain("OutOfMemoryError");
		String today = LocalDate.now().toString();
		Path processed = dir.resolve("data/processed").resolve(today);
		Path rejected = dir.resolve("data/rejected").resolve(today);
		try (Stream<Path> s = Files.list(inbox)) {
			assertThat(s.toList()).as(out).isEmpty();
		}
		// Broken files: rejected, each with its own reason, in Vietnamese, in the report beside it.
		Map<String, String> broken = new LinkedHashMap<>();
		broken.put("bom-nen.xlsx", "Tệp Excel bị từ chối: dữ liệu nén phình ra quá lớn");
		broken.put("thuc-the-xml.xlsx", "Tệp Excel bị từ chối vì lý do an toàn");
		broken.put("bi-cat.xlsx", "Tệp Excel bị hỏng hoặc không đầy đủ");
		broken.put("trang-web.xls", "thực ra là trang HTML");
		broken.put("rong.csv", "Tệp rỗng");
		broken.put("rac.csv", "không phải CSV hay Excel");
		broken.put("chi-tieu-de.csv", "chỉ có dòng tiêu đề");
		for (Map.Entry<String, String> e : broken.entrySet()) {
			assertThat(rejected.resolve(e.getKey())).as(out).exists();
			assertThat(report(rejected, e.getKey())).as(e.getKey()).contains(e.getValue()).doesNotContain("Exception");
		}
		// Legitimate files: loaded, moved to processed/.
		for (String name : List.of("don-vi.csv", "so-lieu-csv.xlsx", "ghi-chu-dai.csv", "trieu-dong.xlsx")) {
			assertThat(processed.resolve(name)).as(out).exists();
			assertThat(processed.resolve(name + ".bao-cao.csv")).exists();
		}
		assertThat(report(processed, "so-lieu-csv.xlsx")).contains("Tệp có đuôi .xlsx nhưng nội dung là văn bản CSV");

		try (Connection c = ChildApplication.warehouseReadOnly(db)) {
			assertThat(rows(c, "SELECT file_name, status, rows_loaded FROM load ORDER BY file_name")).containsExactly(
					"inbox/bi-cat.xlsx|UNREADABLE|0",
					"inbox/bom-nen.xlsx|UNREADABLE|0",
					"inbox/chi-tieu-de.csv|LOADED|0",
					"inbox/don-vi.csv|LOADED|5",
					"inbox/ghi-chu-dai.csv|LOADED|1",
					"inbox/rac.csv|UNREADABLE|0",
					"inbox/rong.csv|UNREADABLE|0",
					"inbox/so-lieu-csv.xlsx|LOADED|1",
					"inbox/thuc-the-xml.xlsx|UNREADABLE|0",
					"inbox/trang-web.xls|UNREADABLE|0",
					"inbox/trieu-dong.xlsx|LOADED|2");
			// The last row of the million-row sheet was read; the 32,767-character note is kept whole.
			assertThat(rows(c, "SELECT org_code, CAST(value AS BIGINT), source_row FROM fact WHERE source_sheet = 'Trang1' "
					+ "ORDER BY source_row")).containsExactly("H-KCQ-0003|5|2", "H-KCQ-0003|9|1048576");
			assertThat(rows(c, "SELECT length(note) FROM fact WHERE org_code = 'H-KCQ-0002'")).containsExactly("32767");
		}
	}

	/**
	 * A sheet of 1,048,576 rows, Excel's maximum, as when someone formats whole columns: a header,
	 * one figure, a million formatted empty rows, and a last figure on row 1,048,576.
	 */
	private static void millionRows(Path file) throws IOException {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			wb.setCompressTempFiles(true);
			CellStyle shaded = wb.createCellStyle();
			shaded.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Sheet sheet = wb.createSheet("Trang1");
			figure(sheet.createRow(0), "Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị");
			figure(sheet.createRow(1), "H-KCQ-0003", "năm 2021", "admissions", 5);
			for (int r = 2; r < 1_048_575; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellStyle(shaded);
				row.createCell(3).setCellStyle(shaded);
			}
			figure(sheet.createRow(1_048_575), "H-KCQ-0003", "năm 2022", "admissions", 9);
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
			wb.dispose();
		}
	}

	private static void figure(Row row, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Integer n) {
				row.createCell(i).setCellValue(n);
			}
			else {
				row.createCell(i).setCellValue((String) values[i]);
			}
		}
	}

	private static String report(Path folder, String file) throws IOException {
		return Files.readString(folder.resolve(file + ".bao-cao.csv"), StandardCharsets.UTF_8);
	}

	private static List<String> rows(Connection c, String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
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
}
