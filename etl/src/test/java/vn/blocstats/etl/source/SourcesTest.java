package vn.blocstats.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.blocstats.etl.source.SourceTesting.fixture;
import static vn.blocstats.etl.source.SourceTesting.readAll;
import static vn.blocstats.etl.source.SourceTesting.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourcesTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"chi_tieu_utf8_bom.csv", "chi_tieu_utf8.csv", "chi_tieu_utf16le.csv", "chi_tieu_cp1258.csv"})
	void a_csv_file_is_read_as_csv(String name) throws Exception {
		List<SourceRow> rows = readAll(Sources.open(fixture(name), name));

		assertThat(rows).extracting(row -> texts(row)).containsExactlyElementsOf(SourceFixtures.TABLE);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"chi_tieu.xlsx", "chi_tieu.xls"})
	void a_workbook_is_read_by_its_content_with_only_the_hidden_sheet_notes(String name) throws Exception {
		try (RowSource source = Sources.open(fixture(name), name)) {
			assertThat(source.notes()).containsExactly("Bỏ qua trang ẩn 'Ẩn'", "Bỏ qua trang ẩn 'Rất ẩn'");
			assertThat(source.next().sheet()).isEqualTo("Số liệu");
		}
	}

	@Test
	void an_xlsx_named_xls_is_still_read_with_a_note() throws Exception {
		Path file = copy("chi_tieu.xlsx", "bao_cao.xls");

		try (RowSource source = Sources.open(file, "bao_cao.xls")) {
			assertThat(source.notes()).first().isEqualTo("Tệp có đuôi .xls nhưng nội dung là Excel .xlsx; đã đọc theo nội dung");
			assertThat(texts(source.next())).startsWith("Mã đơn vị");
		}
	}

	@Test
	void an_xls_named_xlsx_is_still_read_with_a_note() throws Exception {
		Path file = copy("chi_tieu.xls", "bao_cao.xlsx");

		try (RowSource source = Sources.open(file, "bao_cao.xlsx")) {
			assertThat(source.notes()).first().isEqualTo("Tệp có đuôi .xlsx nhưng nội dung là Excel .xls (97–2003); đã đọc theo nội dung");
			assertThat(texts(source.next())).startsWith("Mã đơn vị");
		}
	}

	@Test
	void a_csv_named_xls_is_still_read_with_a_note() throws Exception {
		Path file = copy("chi_tieu_utf8_bom.csv", "bao_cao.xls");

		RowSource source = Sources.open(file, "bao_cao.xls");
		List<String> notes = source.notes();
		List<SourceRow> rows = readAll(source);

		assertThat(notes).containsExactly("Tệp có đuôi .xls nhưng nội dung là văn bản CSV; đã đọc theo nội dung");
		assertThat(source.description()).isEqualTo("Mã hóa: UTF-8 có BOM; dấu phân cách: ','");
		assertThat(rows).extracting(row -> texts(row)).containsExactlyElementsOf(SourceFixtures.TABLE);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\"></head><body><table><tr><td>Mã</td></tr></table></body></html>",
			"\uFEFF\r\n  <!DOCTYPE html>\n<html><body><table></table></body></html>",
			"<table border=1><tr><td>Mã đơn vị</td></tr></table>"})
	void an_html_page_named_xls_is_refused_with_advice(String html) throws IOException {
		Path file = dir.resolve("bao_cao.xls");
		Files.writeString(file, html, StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Sources.open(file, "bao_cao.xls"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("bao_cao.xls: Tệp .xls này thực ra là trang HTML: hãy mở bằng Excel và lưu lại dạng .xlsx");
	}

	@Test
	void an_excel_2003_xml_spreadsheet_named_xls_is_refused_with_advice() throws IOException {
		Path file = dir.resolve("bao_cao.xls");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
				+ "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Sources.open(file, "bao_cao.xls"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageContaining("XML Spreadsheet").hasMessageContaining("lưu lại dạng .xlsx");
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = {0, 3})
	void an_empty_file_or_one_with_only_a_byte_order_mark_is_refused_as_empty(int length) throws IOException {
		Path file = dir.resolve("rong.csv");
		Files.write(file, Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, length));

		assertThatThrownBy(() -> Sources.open(file, "rong.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("rong.csv: Tệp rỗng");
	}

	@Test
	void binary_junk_named_csv_is_refused() throws IOException {
		Path file = dir.resolve("so_lieu.csv");
		byte[] junk = new byte[2048];
		new java.util.Random(7).nextBytes(junk);
		junk[0] = 'M';
		Files.write(file, junk);

		assertThatThrownBy(() -> Sources.open(file, "so_lieu.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("so_lieu.csv: Không đọc được tệp: không phải CSV hay Excel");
	}

	@Test
	void a_pdf_named_xlsx_is_refused() throws IOException {
		Path file = dir.resolve("bao_cao.xlsx");
		Files.writeString(file, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> Sources.open(file, "bao_cao.xlsx"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("bao_cao.xlsx: Không đọc được tệp: không phải CSV hay Excel");
	}

	@Test
	void a_truncated_xlsx_is_refused_as_damaged() throws IOException {
		byte[] bytes = Files.readAllBytes(fixture("chi_tieu.xlsx"));
		Path file = dir.resolve("cut.xlsx");
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));

		assertThatThrownBy(() -> Sources.open(file, "bao_cao_thang_6.xlsx"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("bao_cao_thang_6.xlsx: Tệp Excel bị hỏng hoặc không đầy đủ: hãy mở bằng Excel, kiểm tra và lưu lại");
	}

	@Test
	void a_missing_file_is_named_in_the_message_by_its_own_name_when_no_display_name_is_given() {
		assertThatThrownBy(() -> Sources.open(dir.resolve("khong_co.csv"), null))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("khong_co.csv: Không tìm thấy tệp");
	}

	private Path copy(String fixture, String name) throws IOException {
		return Files.copy(fixture(fixture), dir.resolve(name));
	}
}
