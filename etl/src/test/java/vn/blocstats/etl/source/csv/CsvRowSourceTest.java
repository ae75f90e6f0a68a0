package vn.blocstats.etl.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.blocstats.etl.source.SourceTesting.fixture;
import static vn.blocstats.etl.source.SourceTesting.readAll;
import static vn.blocstats.etl.source.SourceTesting.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceFixtures;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.UnreadableFileException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvRowSourceTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			chi_tieu_utf8_bom.csv | Mã hóa: UTF-8 có BOM; dấu phân cách: ','
			chi_tieu_utf8.csv     | Mã hóa: UTF-8 không BOM; dấu phân cách: ';'
			chi_tieu_utf16le.csv  | Mã hóa: UTF-16 LE có BOM; dấu phân cách: tab
			chi_tieu_cp1258.csv   | Mã hóa: Windows-1258; dấu phân cách: ';'
			""")
	void every_encoding_and_separator_is_read_to_the_same_cells_with_a_note_saying_which(String name, String note)
			throws Exception {
		RowSource source = CsvRowSource.open(fixture(name), name);
		assertThat(source.notes()).isEmpty();
		String description = source.description();
		List<SourceRow> rows = readAll(source);

		assertThat(description).isEqualTo(note);
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactlyElementsOf(SourceFixtures.CSV_LINES);
		assertThat(rows).extracting(row -> texts(row)).containsExactlyElementsOf(SourceFixtures.TABLE);
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.sheet()).isNull();
			assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.number()).isNull());
		});
	}

	@Test
	void the_windows_1258_fixture_really_holds_combining_tone_marks_and_reads_as_the_NFC_original() throws Exception {
		byte[] bytes = Files.readAllBytes(fixture("chi_tieu_cp1258.csv"));
		// 0xDE combining tilde (Mã), 0xEC combining acute (cáo), 0xD2 hook above (Chỉ), 0xF2 dot below (trị).
		assertThat(bytes).contains((byte) 0xDE, (byte) 0xEC, (byte) 0xD2, (byte) 0xF2);

		List<SourceRow> rows = readAll(CsvRowSource.open(fixture("chi_tieu_cp1258.csv"), "chi_tieu_cp1258.csv"));

		assertThat(rows).flatExtracting(SourceRow::cells)
				.allSatisfy(cell -> assertThat(Normalizer.isNormalized(cell.text(), Normalizer.Form.NFC)).isTrue());
		assertThat(texts(rows.get(0))).containsExactly("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Cách tính");
	}

	@Test
	void a_quoted_cell_may_hold_separators_quotes_and_a_line_break_and_the_next_row_keeps_its_physical_line() throws Exception {
		Path file = write("a.csv", "Mã;Ghi chú\r\n1;\"dòng một\r\ndòng \"\"hai\"\"; hết\"\r\n2;x\r\n");

		List<SourceRow> rows = readAll(CsvRowSource.open(file, "a.csv"));

		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1, 2, 4);
		assertThat(texts(rows.get(1))).containsExactly("1", "dòng một\r\ndòng \"hai\"; hết");
	}

	@Test
	void excels_sep_line_sets_the_separator_and_is_not_a_row() throws Exception {
		Path file = write("sep.csv", "sep=;\r\nMã đơn vị;Giá trị\r\n74;2,5\r\n");

		RowSource source = CsvRowSource.open(file, "sep.csv");
		String description = source.description();
		List<SourceRow> rows = readAll(source);

		assertThat(description).contains("dấu phân cách: ';'").contains("sep=;");
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 3);
		assertThat(texts(rows.get(1))).containsExactly("74", "2,5");
	}

	@Test
	void a_title_line_without_separators_does_not_hide_the_separator_of_the_table_below() throws Exception {
		Path file = write("title.csv", "BÁO CÁO KẾT QUẢ NĂM 2022\r\nMã đơn vị;Giá trị\r\n74;2.096\r\n");

		List<SourceRow> rows = readAll(CsvRowSource.open(file, "title.csv"));

		assertThat(texts(rows.get(1))).containsExactly("Mã đơn vị", "Giá trị");
	}

	@Test
	void a_cell_of_32767_characters_is_read_whole() throws Exception {
		String longText = "Đảng ".repeat(6553) + "Đả";
		assertThat(longText).hasSize(32_767);
		Path file = write("long.csv", "Mã,Nội dung\r\n74,\"" + longText + "\"\r\n");

		List<SourceRow> rows = readAll(CsvRowSource.open(file, "long.csv"));

		assertThat(rows.get(1).cell(1).text()).isEqualTo(longText);
	}

	@Test
	void an_unclosed_quote_swallowing_the_file_is_refused_instead_of_read_into_memory() throws IOException {
		Path file = write("open.csv", "Mã,Ghi chú\r\n74,\"không đóng\r\n" + "x,y\r\n".repeat(300_000));

		assertThatThrownBy(() -> CsvRowSource.open(file, "open.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("open.csv: Dòng 2 dài quá")
				.hasMessageContaining("ngoặc kép");
	}

	@Test
	void binary_junk_with_nul_bytes_is_refused_with_a_vietnamese_message() throws IOException {
		Path file = dir.resolve("rac.csv");
		Files.write(file, new byte[] {'M', 'a', ',', 0, 1, 2, 3, (byte) 0x90, 0x7F, 0, 0, '\n'});

		assertThatThrownBy(() -> CsvRowSource.open(file, "rac.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("rac.csv: Không đọc được tệp: không phải CSV hay Excel (có ký tự NUL ở dòng 1, như trong tệp nhị phân)");
	}

	@Test
	void text_full_of_control_characters_is_refused_as_binary() throws IOException {
		Path file = dir.resolve("dieu_khien.csv");
		byte[] bytes = new byte[4000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 7 == 0 ? 0x02 : 'a' + i % 26);
		}
		Files.write(file, bytes);

		assertThatThrownBy(() -> CsvRowSource.open(file, "dieu_khien.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageContaining("không phải CSV hay Excel");
	}

	@Test
	void utf_16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes() throws Exception {
		Path file = dir.resolve("u16.csv");
		Files.write(file, "Mã đơn vị\tGiá trị\r\n74\t2.096\r\n".getBytes(StandardCharsets.UTF_16LE));

		RowSource source = CsvRowSource.open(file, "u16.csv");
		String description = source.description();
		List<SourceRow> rows = readAll(source);

		assertThat(description).isEqualTo("Mã hóa: UTF-16 LE không BOM; dấu phân cách: tab");
		assertThat(texts(rows.get(1))).containsExactly("74", "2.096");
	}

	@Test
	void a_utf_16_file_cut_in_the_middle_of_a_character_is_refused_as_damaged() throws IOException {
		byte[] bytes = Files.readAllBytes(fixture("chi_tieu_utf16le.csv"));
		Path file = dir.resolve("cut.csv");
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));

		assertThatThrownBy(() -> CsvRowSource.open(file, "cut.csv"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("cut.csv: Tệp văn bản bị hỏng: có chuỗi byte không hợp lệ với mã hóa UTF-16 LE có BOM");
	}

	@Test
	void a_file_that_is_utf_8_until_one_bad_byte_is_read_as_windows_1258() throws Exception {
		Path file = dir.resolve("mixed.csv");
		byte[] utf8 = "Mã,Tên\r\n74,Khối\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 4);
		bytes[utf8.length] = '7';
		bytes[utf8.length + 1] = '5';
		bytes[utf8.length + 2] = ',';
		bytes[utf8.length + 3] = (byte) 0xEC;
		Files.write(file, bytes);

		RowSource source = CsvRowSource.open(file, "mixed.csv");

		assertThat(source.description()).isEqualTo("Mã hóa: Windows-1258; dấu phân cách: ','");
		source.close();
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
