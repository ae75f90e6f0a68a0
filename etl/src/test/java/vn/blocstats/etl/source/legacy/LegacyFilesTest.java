package vn.blocstats.etl.source.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.blocstats.etl.source.SourceTesting.readAll;
import static vn.blocstats.etl.source.SourceTesting.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.Sources;

/** The readers on the legacy fixtures (written by {@link LegacyFixtures}), through {@link Sources#open}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LegacyFilesTest {

	static final Path FIXTURES = LegacyDetectorTest.FIXTURES;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			chi_tieu_tcvn3.csv  | Mã hóa: TCVN3 (ABC); dấu phân cách: ';'
			chi_tieu_vni.csv    | Mã hóa: VNI-Windows; dấu phân cách: ','
			chi_tieu_cp1258.csv | Mã hóa: Windows-1258; dấu phân cách: ';'
			chi_tieu_utf8.csv   | Mã hóa: UTF-8 không BOM; dấu phân cách: ';'
			""")
	void a_CSV_file_in_a_legacy_encoding_reads_as_the_Unicode_original_and_the_others_keep_their_encoding(String name,
			String description) throws Exception {
		RowSource source = Sources.open(FIXTURES.resolve(name), name);
		String described = source.description();
		List<SourceRow> rows = readAll(source);

		assertThat(described).isEqualTo(description);
		assertThat(rows).extracting(row -> texts(row)).containsExactlyElementsOf(LegacyFixtures.TABLE);
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void the_legacy_CSV_fixtures_really_hold_legacy_bytes() throws Exception {
		String tcvn3 = Files.readString(FIXTURES.resolve("chi_tieu_tcvn3.csv"), java.nio.charset.StandardCharsets.ISO_8859_1);
		String vni = Files.readString(FIXTURES.resolve("chi_tieu_vni.csv"), java.nio.charset.StandardCharsets.ISO_8859_1);

		assertThat(tcvn3).contains("KÕt n¹p ®¶ng viªn míi", "Tæng sè ®¶ng viªn", "§¶ng bé Khèi c¸c c¬ quan tØnh");
		assertThat(vni).contains("Keát naïp ñaûng vieân môùi", "Toång soá ñaûng vieân", "Ñaûng boä Khoái caùc cô quan tænh");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"bao_cao_phong_cu.xlsx", "bao_cao_phong_cu.xls"})
	void workbook_cells_in_legacy_fonts_read_as_the_Unicode_original_and_other_cells_are_untouched(String name) throws Exception {
		RowSource source = Sources.open(FIXTURES.resolve(name), name);
		List<SourceRow> rows = readAll(source);

		for (int r = 0; r < LegacyFixtures.WORKBOOK.size(); r++) {
			List<String> expected = LegacyFixtures.WORKBOOK.get(r).stream().map(LegacyFixtures.TypedCell::text).toList();
			assertThat(texts(rows.get(r)).subList(0, expected.size())).as("row %d", r + 1).containsExactlyElementsOf(expected);
		}
		// A number in a cell formatted with .VnTime stays a number.
		assertThat(rows.get(3).cell(2)).isEqualTo(new Cell("2096", 2096.0, null));
		assertThat(source.description()).isEqualTo("Đã chuyển sang Unicode các ô gõ bằng phông chữ cũ: TCVN3 (ABC);"
				+ " TCVN3 (ABC), phông chữ hoa; VNI-Windows");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"bao_cao_phong_cu.xlsx", "bao_cao_phong_cu.xls"})
	void the_workbook_fixtures_really_hold_legacy_text_in_legacy_fonts(String name) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(FIXTURES.resolve(name).toFile(), null, true)) {
			org.apache.poi.ss.usermodel.Cell title = workbook.getSheetAt(0).getRow(0).getCell(0);
			org.apache.poi.ss.usermodel.Cell vni = workbook.getSheetAt(0).getRow(2).getCell(0);

			assertThat(title.getStringCellValue()).isEqualTo("TINH GI¶N BI£N CHÕ");
			assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getFontName()).isEqualTo(".VnTimeH");
			assertThat(vni.getStringCellValue()).isEqualTo("Toång soá ñaûng vieân");
			assertThat(workbook.getFontAt(vni.getCellStyle().getFontIndex()).getFontName()).isEqualTo("VNI-Times");
			assertThat(workbook instanceof HSSFWorkbook).isEqualTo(name.endsWith(".xls"));
		}
	}
}
