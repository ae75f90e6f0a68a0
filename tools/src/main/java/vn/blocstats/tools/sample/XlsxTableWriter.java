package vn.blocstats.tools.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * Tables as an .xlsx workbook, one sheet each, the header in the first row. POI stamps the time
 * into the package (creation date, zip entry times): both are fixed here so that the bytes depend on
 * the tables only.
 */
final class XlsxTableWriter implements TableWriter {

	/** 1/1/2026 00:00 UTC: the date the workbooks say they were created. */
	static final long FIXED_TIME = 1_767_225_600_000L;

	@Override
	public void write(List<Table> tables, OutputStream out) throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			WorkbookTables.fill(wb, tables);
			wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
			wb.getProperties().getCoreProperties().setCreator("blocstats sample");
			wb.write(raw);
		}
		normalise(raw.toByteArray(), out);
	}

	/** Rewrites a zip with fixed entry times (same order, same content). */
	static void normalise(byte[] zip, OutputStream out) throws IOException {
		ZipOutputStream z = new ZipOutputStream(out);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTime(FIXED_TIME);
				z.putNextEntry(copy);
				in.transferTo(z);
				z.closeEntry();
			}
		}
		z.finish();
	}

	/** Fills a workbook of either kind with the tables (shared by the .xls writer). */
	static final class WorkbookTables {

		private WorkbookTables() {
		}

		static void fill(Workbook wb, List<Table> tables) {
			fill(wb, tables, null);
		}

		/**
		 * Fills a workbook with the tables; with a legacy encoding, every text cell is typed in its font
		 * (".VnTime" for TCVN3, "VNI-Times" for VNI): the font is set on the cell and the text is the
		 * encoding's bytes shown as Windows-1252 characters, as an old office's workbook holds them.
		 */
		static void fill(Workbook wb, List<Table> tables, LegacyEncoding legacy) {
			var dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			var bold = wb.createCellStyle();
			var font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = null;
			if (legacy != null) {
				String name = legacy == LegacyEncoding.VNI_WINDOWS ? "VNI-Times" : ".VnTime";
				font.setFontName(name);
				var plain = wb.createFont();
				plain.setFontName(name);
				text = wb.createCellStyle();
				text.setFont(plain);
			}
			for (Table t : tables) {
				var sheet = wb.createSheet(t.sheet());
				var header = sheet.createRow(0);
				for (int c = 0; c < t.header().size(); c++) {
					var cell = header.createCell(c);
					cell.setCellValue(legacy == null ? t.header().get(c) : legacy.encodeToAnsiText(t.header().get(c)));
					cell.setCellStyle(bold);
				}
				int r = 1;
				for (List<Object> row : t.rows()) {
					var line = sheet.createRow(r++);
					for (int c = 0; c < row.size(); c++) {
						Object v = row.get(c);
						if (v == null) {
							continue;
						}
						var cell = line.createCell(c);
						switch (v) {
							case Long l -> cell.setCellValue(l);
							case java.time.LocalDate d -> {
								cell.setCellValue(d);
								cell.setCellStyle(dateStyle);
							}
							default -> {
								if (legacy == null) {
									cell.setCellValue(v.toString());
								}
								else {
									cell.setCellValue(legacy.encodeToAnsiText(v.toString()));
									cell.setCellStyle(text);
								}
							}
						}
					}
				}
				for (int c = 0; c < t.header().size(); c++) {
					sheet.setColumnWidth(c, Math.min(60, Math.max(10, t.header().get(c).length() + 4)) * 256);
				}
			}
		}
	}
}
