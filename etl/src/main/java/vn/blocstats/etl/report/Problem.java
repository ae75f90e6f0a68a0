package vn.blocstats.etl.report;

/**
 * Something wrong with a row (an error: the row is rejected), worth a look (a warning: the row
 * is loaded) or worth knowing (information: a correction, old → new). Messages are in Vietnamese; {@code rule} is a stable code for tests and filters.
 *
 * @param severity error, warning or information
 * @param sheet the sheet (null for CSV)
 * @param row the row number as the office sees it, or 0 for a file-level problem
 * @param column the column header as written in the file, or null
 * @param value the offending value as written, or null
 * @param reason what is wrong and what to do, in Vietnamese
 * @param rule the rule's code
 */
public record Problem(Severity severity, String sheet, int row, String column, String value, String reason, String rule) {

	public enum Severity {
		ERROR("error"), WARNING("warning"),
		/** Neither wrong nor suspicious, worth knowing: a correction (old → new). */
		INFO("info");

		private final String code;

		Severity(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Severity of(String code) {
			return "error".equals(code) ? ERROR : "info".equals(code) ? INFO : WARNING;
		}
	}

	public static Problem error(String sheet, int row, String column, String value, String rule, Object... args) {
		return new Problem(Severity.ERROR, sheet, row, column, value, Messages.text(rule, args), rule);
	}

	public static Problem warning(String sheet, int row, String column, String value, String rule, Object... args) {
		return new Problem(Severity.WARNING, sheet, row, column, value, Messages.text(rule, args), rule);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
