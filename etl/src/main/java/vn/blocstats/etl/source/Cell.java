package vn.blocstats.etl.source;

import java.time.LocalDate;

/**
 * One cell of a source row.
 *
 * @param text the text as the office typed it, Unicode NFC, trimmed; "" for an empty cell. For a
 *     numeric Excel cell, the number in plain machine form ("2096", "104.8"), never Vietnamese style.
 * @param number the value of a numeric Excel cell (a formula cell's cached value), else null
 * @param date the value of an Excel cell formatted as a date, else null
 */
public record Cell(String text, Double number, LocalDate date) {

	public static final Cell EMPTY = new Cell("", null, null);

	public static Cell text(String text) {
		return text == null || text.isEmpty() ? EMPTY : new Cell(text, null, null);
	}

	public boolean isEmpty() {
		return text.isEmpty() && number == null && date == null;
	}
}
