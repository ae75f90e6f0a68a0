package vn.blocstats.tools.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;

import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * Tables as an Excel 97–2003 .xls workbook, one sheet each (at most 65.535 rows), the header in the
 * first row; with a legacy encoding, the text cells typed in its font (".VnTime").
 */
final class XlsTableWriter implements TableWriter {

	private final LegacyEncoding legacy;

	/** @param legacy the font encoding of the text cells, or null for Unicode text */
	XlsTableWriter(LegacyEncoding legacy) {
		this.legacy = legacy;
	}

	@Override
	public void write(List<Table> tables, OutputStream out) throws IOException {
		for (Table t : tables) {
			if (t.rows().size() >= 65_535) {
				throw new IllegalArgumentException("an .xls sheet holds at most 65.535 rows: " + t.sheet());
			}
		}
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			XlsxTableWriter.WorkbookTables.fill(wb, tables, legacy);
			wb.write(out);
		}
	}
}
