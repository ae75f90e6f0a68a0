package vn.blocstats.warehouse.base;

/**
 * Text bound for a cell that a spreadsheet will open (CSV or XLSX written by blocstats). A value
 * an office typed may begin with a formula character; Excel and LibreOffice would run it
 * ("CSV injection"). {@link #neutralise} prefixes such a value with an apostrophe so that it is
 * shown as text.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** {@code s} made safe to put in a spreadsheet cell; null stays null. */
	public static String neutralise(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		char c = s.charAt(0);
		if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\uFF1D' || c == '\uFF0B'
				|| c == '\uFF0D' || c == '\uFF20') {
			return "'" + s;
		}
		return s;
	}
}
