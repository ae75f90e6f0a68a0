package vn.blocstats.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.warehouse.base.SpreadsheetText;

/**
 * A chart's figures as an XLSX workbook of one sheet: the caption in bold on the first row (after a
 * demo warehouse's notice in dark red, "Dữ liệu mẫu — số liệu giả lập …"), the
 * header, a row per figure row, the source line in italics below. Numbers are numeric cells with
 * formats that Excel shows in the reader's locale ({@code #,##0} is 2.096 in a Vietnamese Excel;
 * a percent is stored as a fraction with {@code 0.0%}); every text cell is neutralised against
 * formula injection ({@link SpreadsheetText}). Times New Roman, as the report it goes into. Stateless.
 */
final class ChartXlsx {

	private ChartXlsx() {
	}

	/** The workbook; {@code notice} (a demo warehouse's, else null) is its first row, in bold red, before the caption. */
	static byte[] write(DataTable table, String notice, String caption, String source, Locale locale) {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			XSSFSheet sheet = wb.createSheet(Texts.get(locale, "export.sheet"));
			Font regular = font(wb, false, false);
			Font bold = font(wb, true, false);
			Font italic = font(wb, false, true);
			CellStyle captionStyle = wb.createCellStyle();
			captionStyle.setFont(bold);
			CellStyle sourceStyle = wb.createCellStyle();
			sourceStyle.setFont(italic);
			CellStyle header = boxed(wb, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setWrapText(true);
			CellStyle text = boxed(wb, regular);
			CellStyle count = boxed(wb, regular);
			count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
			CellStyle decimal = boxed(wb, regular);
			decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
			CellStyle percent = boxed(wb, regular);
			percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

			int columns = table.columns().size();
			int r = 0;
			if (notice != null) {
				Font red = font(wb, true, false);
				red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
				CellStyle noticeStyle = wb.createCellStyle();
				noticeStyle.setFont(red);
				Row noticeRow = sheet.createRow(r++);
				noticeRow.createCell(0).setCellValue(SpreadsheetText.neutralise(notice));
				noticeRow.getCell(0).setCellStyle(noticeStyle);
			}
			Row captionRow = sheet.createRow(r++);
			captionRow.createCell(0).setCellValue(SpreadsheetText.neutralise(caption));
			captionRow.getCell(0).setCellStyle(captionStyle);
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, columns - 1));
			}
			Row headerRow = sheet.createRow(r++);
			int longestHeader = 0;
			for (int c = 0; c < columns; c++) {
				String label = table.columns().get(c).label();
				headerRow.createCell(c).setCellValue(SpreadsheetText.neutralise(label));
				headerRow.getCell(c).setCellStyle(header);
				longestHeader = Math.max(longestHeader, label.length());
			}
			int[] widths = new int[columns];
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns; c++) {
					Object v = values.get(c);
					var cell = row.createCell(c);
					DataTable.Kind kind = table.columns().get(c).kind();
					switch (kind) {
						case TEXT -> {
							String s = v == null ? "" : SpreadsheetText.neutralise((String) v);
							cell.setCellValue(s);
							cell.setCellStyle(text);
							widths[c] = Math.max(widths[c], s.length());
						}
						case COUNT, DECIMAL, PERCENT -> {
							if (v != null) {
								double d = (Double) v;
								cell.setCellValue(kind == DataTable.Kind.PERCENT ? d / 100 : d);
							}
							cell.setCellStyle(kind == DataTable.Kind.COUNT ? count : kind == DataTable.Kind.DECIMAL ? decimal : percent);
							widths[c] = Math.max(widths[c], 12);
						}
					}
				}
			}
			r++;
			Row sourceRow = sheet.createRow(r);
			sourceRow.createCell(0).setCellValue(SpreadsheetText.neutralise(source));
			sourceRow.getCell(0).setCellStyle(sourceStyle);
			for (int c = 0; c < columns; c++) {
				// Header labels wrap over two or three lines; a column is as wide as its longest value, within bounds.
				int chars = Math.max(widths[c] + 2, Math.min(table.columns().get(c).label().length() / 2 + 2, 30));
				sheet.setColumnWidth(c, Math.min(Math.max(chars, 8), 60) * 256);
			}
			sheet.createFreezePane(0, notice == null ? 2 : 3);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Font font(XSSFWorkbook wb, boolean bold, boolean italic) {
		Font f = wb.createFont();
		f.setFontName("Times New Roman");
		f.setFontHeightInPoints((short) 12);
		f.setBold(bold);
		f.setItalic(italic);
		return f;
	}

	private static CellStyle boxed(XSSFWorkbook wb, Font font) {
		CellStyle s = wb.createCellStyle();
		s.setFont(font);
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
		return s;
	}
}
