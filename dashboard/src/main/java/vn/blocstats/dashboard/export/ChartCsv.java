package vn.blocstats.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.warehouse.base.SpreadsheetText;

/**
 * A chart's figures as CSV for Excel: UTF-8 with a byte-order mark (so that Excel reads the
 * Vietnamese letters), CRLF line ends, fields quoted when needed.
 * <ul>
 * <li>Separator {@code ,} (the default): numbers plain with a decimal point — {@code 2096},
 * {@code 104.8} — as any program and an English Excel parse them.</li>
 * <li>Separator {@code ;} (Excel in a Vietnamese locale, whose list separator it is): numbers with a
 * decimal comma — {@code 104,8} — as that Excel parses them. No thousands separator in either.</li>
 * </ul>
 * Figures are written as the screen shows them: a count whole, a decimal and a percent with one
 * decimal (half up) — never "26.437941473259333"; the XLSX holds every figure unrounded (shown
 * rounded by its cell format) for whoever needs the full precision.
 * A percent is written in per cent (104.8) with "(%)" added to its header. The caption is the first
 * row and the source line the last (one cell each), so that the file opened in Excel reads like the
 * table in the report; a program reading the figures skips the first and the last row. An export of
 * a demo warehouse has one more row first: "Dữ liệu mẫu — số liệu giả lập …". Every text
 * cell is neutralised against formula injection ({@link SpreadsheetText}). Stateless.
 */
final class ChartCsv {

	private ChartCsv() {
	}

	/** The CSV; {@code notice} (a demo warehouse's, else null) is its first row, before the caption. */
	static byte[] write(DataTable table, String notice, String caption, String source, char separator) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, format)) {
			w.write('\uFEFF');
			if (notice != null) {
				csv.printRecord(SpreadsheetText.neutralise(notice));
			}
			csv.printRecord(SpreadsheetText.neutralise(caption));
			List<String> header = new ArrayList<>();
			for (DataTable.Column c : table.columns()) {
				String label = c.kind() == DataTable.Kind.PERCENT && !c.label().contains("%") ? c.label() + " (%)" : c.label();
				header.add(SpreadsheetText.neutralise(label));
			}
			csv.printRecord(header);
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.size(); i++) {
					Object v = row.get(i);
					if (v == null) {
						cells.add("");
					}
					else if (v instanceof String s) {
						cells.add(SpreadsheetText.neutralise(s));
					}
					else {
						cells.add(number(shown((Double) v, table.columns().get(i).kind()), separator));
					}
				}
				csv.printRecord(cells);
			}
			csv.printRecord(SpreadsheetText.neutralise(source));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** {@code value} rounded as the screen shows it: a count to a whole number, a decimal or a percent to one decimal (half up). */
	static double shown(double value, DataTable.Kind kind) {
		return java.math.BigDecimal.valueOf(value).setScale(kind == DataTable.Kind.COUNT ? 0 : 1, java.math.RoundingMode.HALF_UP)
			.doubleValue();
	}

	/** 2096 · 104.8 (separator ',') · 104,8 (separator ';'); never an exponent. */
	static String number(double value, char separator) {
		String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		if (plain.equals("-0")) {
			plain = "0";
		}
		return separator == ';' ? plain.replace('.', ',') : plain;
	}
}
