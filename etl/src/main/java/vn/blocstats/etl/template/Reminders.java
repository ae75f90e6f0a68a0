package vn.blocstats.etl.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.SpreadsheetText;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * The units a committee still waits for in a half-year: those the completeness figures expect a
 * report from and that have none ({@link QualityQueries#expected}, the one definition), with
 * their exports — a list as CSV (UTF-8 with BOM, so Excel opens it) or XLSX, text neutralised
 * against formulas ({@link SpreadsheetText}). The letter (DOCX) is the dashboard's.
 *
 * @param expected how many units the committee expects a report from
 * @param missing the units that have not reported, by code
 */
public record Reminders(String committeeCode, String committeeName, HalfYear period, int expected, List<Unit> missing) {

	public Reminders {
		missing = List.copyOf(missing);
	}

	/** The reminders of {@code committee} for {@code period}, as the warehouse has it now. */
	public static Reminders of(Warehouse warehouse, String committee, HalfYear period) throws SQLException {
		String name;
		try (DuckDBConnection c = warehouse.connection()) {
			name = TemplateContents.committee(c, committee, period)[0];
		}
		List<QualityQueries.Expected> all = new QualityQueries(warehouse).expected(committee, period);
		return new Reminders(committee, name, period, all.size(),
				all.stream().filter(e -> !e.reported()).map(QualityQueries.Expected::unit).toList());
	}

	/** The heading of the list: "Đơn vị chưa báo cáo 6 tháng đầu năm 2026 — Đảng bộ …: 3 / 40". */
	public String heading() {
		return "Đơn vị chưa gửi báo cáo " + TemplateContent.periodText(period) + " — " + committeeName + " (" + committeeCode
				+ "): " + missing.size() + "/" + expected;
	}

	/** Vietnamese names of the unit types. */
	public static String typeVi(String type) {
		return switch (type) {
			case "dang_bo_co_so" -> "Đảng bộ cơ sở";
			case "chi_bo_co_so" -> "Chi bộ cơ sở";
			default -> type;
		};
	}

	private static final String[] HEADER = { "STT", "Mã đơn vị", "Tên đơn vị", "Loại", "Kỳ báo cáo", "Mẫu báo cáo" };

	/** The list as CSV: UTF-8 with BOM, comma, CRLF; the last column names the unit's own template file. */
	public void writeCsv(OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
		p.printRecord((Object[]) HEADER);
		int i = 0;
		for (Unit u : missing) {
			p.printRecord(++i, SpreadsheetText.neutralise(u.code()), SpreadsheetText.neutralise(u.name()), typeVi(u.type()),
					TemplateContent.periodText(period), templateFileName(u.code(), period));
		}
		p.flush();
	}

	/** The list as a workbook of one sheet, a heading line over the table. */
	public void writeXlsx(OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sh = wb.createSheet("Chưa báo cáo");
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle b = wb.createCellStyle();
			b.setFont(bold);
			Row title = sh.createRow(0);
			title.createCell(0).setCellValue(SpreadsheetText.neutralise(heading()));
			title.getCell(0).setCellStyle(b);
			Row h = sh.createRow(2);
			for (int c = 0; c < HEADER.length; c++) {
				Cell cell = h.createCell(c);
				cell.setCellValue(HEADER[c]);
				cell.setCellStyle(b);
			}
			int r = 3;
			for (Unit u : missing) {
				Row row = sh.createRow(r);
				row.createCell(0).setCellValue(r - 2);
				row.createCell(1).setCellValue(SpreadsheetText.neutralise(u.code()));
				row.createCell(2).setCellValue(SpreadsheetText.neutralise(u.name()));
				row.createCell(3).setCellValue(typeVi(u.type()));
				row.createCell(4).setCellValue(TemplateContent.periodText(period));
				row.createCell(5).setCellValue(templateFileName(u.code(), period));
				r++;
			}
			int[] widths = { 6, 16, 48, 16, 24, 30 };
			for (int c = 0; c < widths.length; c++) {
				sh.setColumnWidth(c, widths[c] * 256);
			}
			wb.write(out);
		}
	}

	/** The name of a template file: {@code mau-bao-cao-74-KCQDN-2026-H1.xlsx} (a committee's or a unit's). */
	public static String templateFileName(String code, HalfYear period) {
		return "mau-bao-cao-" + code.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + period + ".xlsx";
	}
}
