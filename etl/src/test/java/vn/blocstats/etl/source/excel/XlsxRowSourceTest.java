package vn.blocstats.etl.source.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.blocstats.etl.source.SourceTesting.fixture;
import static vn.blocstats.etl.source.SourceTesting.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.UnreadableFileException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class XlsxRowSourceTest {

	@TempDir
	Path dir;

	@Test
	void the_fixture_workbook_is_read_sheet_by_sheet_with_cells_as_specified() throws Exception {
		List<SourceRow> rows = readAll(XlsxRowSource.open(fixture("chi_tieu.xlsx"), "chi_tieu.xlsx"));

		ExcelFixture.assertFixtureRows(rows);
	}

	@Test
	void hidden_and_very_hidden_sheets_are_skipped_with_a_note() throws Exception {
		try (RowSource source = XlsxRowSource.open(fixture("chi_tieu.xlsx"), "chi_tieu.xlsx")) {
			assertThat(source.notes()).containsExactly("Bỏ qua trang ẩn 'Ẩn'", "Bỏ qua trang ẩn 'Rất ẩn'");
		}
	}

	@Test
	void inline_strings_formula_strings_errors_and_cells_without_references_are_read() throws Exception {
		Path file = XlsxPackages.write(dir.resolve("inline.xlsx"), XlsxPackages.text(XlsxPackages.sheet("""
				<row r="2"><c r="B2" t="inlineStr"><is><r><t>Đảng </t></r><r><t xml:space="preserve">bộ  </t></r>\
				<rPh><t>phiên âm</t></rPh></is></c><c t="str"><f>B2&amp;""</f><v>Đảng &amp; bộ</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c>\
				<c t="n"><v>1.5E3</v></c><c><f>A1</f></c><c t="s"><v>0</v></c></row>
				<row><c><v>-0.25</v></c></row>""")), """
				<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				count="1" uniqueCount="1"><si><t>chuỗi dùng chung</t></si></sst>""");

		RowSource source = XlsxRowSource.open(file, "inline.xlsx");
		List<SourceRow> rows = readAll(source);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).rowNumber()).isEqualTo(2);
		assertThat(rows.get(0).sheet()).isEqualTo("Trang1");
		assertThat(rows.get(0).cells()).containsExactly(Cell.EMPTY, Cell.text("Đảng bộ"), Cell.text("Đảng & bộ"),
				Cell.text("#DIV/0!"), new Cell("1500", 1500.0, null), Cell.EMPTY, Cell.text("chuỗi dùng chung"));
		assertThat(rows.get(1).rowNumber()).isEqualTo(3);
		assertThat(rows.get(1).cells()).containsExactly(new Cell("-0.25", -0.25, null));
		assertThat(source.notes()).singleElement().asString().startsWith("Có ô công thức chưa có giá trị lưu sẵn");
	}

	@Test
	void a_cell_of_32767_characters_is_read_whole() throws Exception {
		String longText = "Đảng ".repeat(6553) + "Đả";
		Path file = dir.resolve("long.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Dài").createRow(0).createCell(1).setCellValue(longText);
			workbook.write(out);
		}

		List<SourceRow> rows = readAll(XlsxRowSource.open(file, "long.xlsx"));

		assertThat(rows.get(0).cell(1).text()).hasSize(32_767).isEqualTo(longText);
	}

	@Test
	void a_truncated_workbook_is_refused_as_damaged() throws IOException {
		byte[] bytes = Files.readAllBytes(fixture("chi_tieu.xlsx"));
		Path file = dir.resolve("cut.xlsx");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> XlsxRowSource.open(file, "cut.xlsx"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("cut.xlsx: Tệp Excel bị hỏng hoặc không đầy đủ");
	}

	@Test
	void entity_expansion_in_a_sheet_is_refused() throws IOException {
		Path file = XlsxPackages.write(dir.resolve("laughs.xlsx"), XlsxPackages.text(XlsxPackages.billionLaughs("worksheet")
				+ "<worksheet xmlns=\"" + XlsxPackages.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>&lol9;</t></is></c></row></sheetData></worksheet>"), null);

		assertThatThrownBy(() -> readAll(XlsxRowSource.open(file, "laughs.xlsx")))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("laughs.xlsx: Tệp Excel bị từ chối vì lý do an toàn");
	}

	@Test
	void entity_expansion_in_the_shared_strings_is_refused() throws IOException {
		Path file = XlsxPackages.write(dir.resolve("laughs-sst.xlsx"), XlsxPackages.text(XlsxPackages.sheet(
				"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")), XlsxPackages.billionLaughs("sst")
						+ "<sst xmlns=\"" + XlsxPackages.MAIN + "\"><si><t>&lol9;</t></si></sst>");

		assertThatThrownBy(() -> readAll(XlsxRowSource.open(file, "laughs-sst.xlsx")))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("laughs-sst.xlsx: Tệp Excel bị từ chối vì lý do an toàn");
	}

	@Test
	void a_zip_bomb_of_200_MB_of_rows_is_refused_without_inflating_it() throws IOException {
		byte[] rows = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		long target = 200L * 1024 * 1024;
		Path file = XlsxPackages.write(dir.resolve("bomb.xlsx"), out -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + XlsxPackages.MAIN + "\"><sheetData>")
					.getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < target; written += rows.length) {
				out.write(rows);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}, null);
		assertThat(Files.size(file)).isLessThan(1024 * 1024);
		long heapBefore = usedHeap();

		assertThatThrownBy(() -> readAll(XlsxRowSource.open(file, "bomb.xlsx")))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("bomb.xlsx: Tệp Excel bị từ chối: dữ liệu nén phình ra quá lớn");
		assertThat(usedHeap() - heapBefore).isLessThan(64L * 1024 * 1024);
	}

	@Test
	void a_zip_bomb_whose_directory_lies_about_the_size_is_stopped_while_inflating() throws IOException {
		byte[] rows = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		Path file = XlsxPackages.write(dir.resolve("liar.xlsx"), out -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + XlsxPackages.MAIN + "\"><sheetData>")
					.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 100; i++) {
				out.write(rows);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}, null);
		XlsxPackages.declareSize(file, "xl/worksheets/sheet1.xml", 50_000);

		assertThatThrownBy(() -> readAll(XlsxRowSource.open(file, "liar.xlsx")))
				.isInstanceOf(IOException.class)
				.hasMessageStartingWith("liar.xlsx: Tệp Excel bị từ chối: dữ liệu nén phình ra quá lớn")
				.hasMessageContaining("trang 'Trang1'");
	}

	@Test
	void a_zip_that_is_not_a_workbook_is_refused() throws IOException {
		Path file = dir.resolve("khac.xlsx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write("không phải Excel".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		assertThatThrownBy(() -> XlsxRowSource.open(file, "khac.xlsx"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("khac.xlsx: Tệp nén (zip) này không phải sổ tính Excel .xlsx");
	}

	@Test
	void an_office_package_that_is_not_a_workbook_is_refused() throws IOException {
		Path file = XlsxPackages.write(dir.resolve("van_ban.xlsx"), XlsxPackages.text(XlsxPackages.sheet("")), null);
		XlsxPackages.replace(file, "xl/workbook.xml", "<?xml version=\"1.0\"?><w:document "
				+ "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");

		assertThatThrownBy(() -> XlsxRowSource.open(file, "van_ban.xlsx"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessage("van_ban.xlsx: Tệp nén (zip) này không phải sổ tính Excel .xlsx");
	}

	@Test
	void numbers_are_written_in_plain_machine_form() {
		assertThat(ExcelValues.plainNumber(2096)).isEqualTo("2096");
		assertThat(ExcelValues.plainNumber(104.8)).isEqualTo("104.8");
		assertThat(ExcelValues.plainNumber(0.1 + 0.2)).isEqualTo("0.3");
		assertThat(ExcelValues.plainNumber(-0.0)).isEqualTo("0");
		assertThat(ExcelValues.plainNumber(1e20)).isEqualTo("100000000000000000000");
		assertThat(ExcelValues.plainNumber(1.5e-7)).isEqualTo("0.00000015");
	}

	@Test
	void a_date_formatted_number_becomes_a_date_in_the_1904_system_too() {
		assertThat(ExcelValues.date(44742, false)).isEqualTo(new Cell("2022-06-30", null, LocalDate.of(2022, 6, 30)));
		assertThat(ExcelValues.date(44742 - 1462, true).date()).isEqualTo(LocalDate.of(2022, 6, 30));
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
