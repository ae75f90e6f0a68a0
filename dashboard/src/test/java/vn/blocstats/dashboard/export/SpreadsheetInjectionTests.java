package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.DataTable.Column;
import vn.blocstats.dashboard.chart.DataTable.Kind;

/**
 * A unit's name or a label that begins with a formula character reaches the XLSX and the CSV as
 * text that Excel shows and never runs; numbers stay numbers.
 */
class SpreadsheetInjectionTests {

	static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1");

	static DataTable table() {
		List<List<Object>> rows = HOSTILE.stream().map(s -> List.<Object>of(s, 2096.0, 104.8)).toList();
		return new DataTable(List.of(new Column("=Đơn vị", Kind.TEXT), new Column("Kết nạp", Kind.COUNT),
				new Column("Mức đạt", Kind.PERCENT)), rows);
	}

	@Test
	void every_text_cell_beginning_with_a_formula_character_is_neutralised_in_the_xlsx() throws Exception {
		byte[] xlsx = ChartXlsx.write(table(), null, "=HYPERLINK(\"http://x\")", "@nguồn", Locale.of("vi", "VN"));

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=Đơn vị");
			for (int i = 0; i < HOSTILE.size(); i++) {
				var row = sheet.getRow(2 + i);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + HOSTILE.get(i));
				assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2096.0);
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1.048);
				assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			}
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("'@nguồn");
		}
	}

	@Test
	void every_text_field_beginning_with_a_formula_character_is_neutralised_in_the_csv_with_either_separator() throws Exception {
		for (char sep : new char[] { ',', ';' }) {
			String csv = new String(ChartCsv.write(table(), null, "=HYPERLINK(\"http://x\")", "-nguồn", sep), StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFF");
			List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(sep).get().parse(new StringReader(csv.substring(1)))
				.getRecords();
			assertThat(records.get(0).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(records.get(1).get(0)).isEqualTo("'=Đơn vị");
			assertThat(records.get(1).get(2)).isEqualTo("Mức đạt (%)");
			for (int i = 0; i < HOSTILE.size(); i++) {
				CSVRecord r = records.get(2 + i);
				assertThat(r.get(0)).isEqualTo("'" + HOSTILE.get(i));
				assertThat(r.get(1)).isEqualTo("2096");
				assertThat(r.get(2)).isEqualTo(sep == ';' ? "104,8" : "104.8");
			}
			assertThat(records.getLast().get(0)).isEqualTo("'-nguồn");
		}
	}
}
