package vn.blocstats.etl.source.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.legacy.LegacyEncoding;

/** The cell semantics shared by the .xlsx and .xls readers. Stateless and thread-safe. */
final class ExcelValues {

	/** Excel shows and compares at most 15 significant digits; the text of a number is rounded to them. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

	private ExcelValues() {
	}

	/**
	 * A number's plain machine form: "2096", "104.8", "-0.25", never an exponent or a Vietnamese
	 * decimal mark; rounded to Excel's 15 significant digits, so a cached 0.1+0.2 reads "0.3"
	 * (the cell's {@link Cell#number()} keeps the exact double).
	 */
	static String plainNumber(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		String plain = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
		return plain.equals("-0") ? "0" : plain;
	}

	static Cell number(double value) {
		return new Cell(plainNumber(value), value, null);
	}

	/** A numeric cell formatted as a date: its calendar day (the time of day, if any, is dropped). */
	static Cell date(double serial, boolean date1904) {
		if (!DateUtil.isValidExcelDate(serial)) {
			return number(serial);
		}
		LocalDate day = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
		return new Cell(day.toString(), null, day);
	}

	static Cell bool(boolean value) {
		return new Cell(value ? "TRUE" : "FALSE", null, null);
	}

	static Cell text(String raw) {
		return Cell.text(ReaderSupport.cleanText(raw));
	}

	/** How legacy text was handled, for a reader's description; "" if there was none. */
	static String legacyDescription(java.util.Set<LegacyEncoding> converted) {
		if (converted.isEmpty()) {
			return "";
		}
		return "Đã chuyển sang Unicode các ô gõ bằng phông chữ cũ: " + String.join("; ",
				converted.stream().map(LegacyEncoding::label).toList());
	}

	static String hiddenSheetNote(String sheetName) {
		return "Bỏ qua trang ẩn '" + sheetName + "'";
	}
}
