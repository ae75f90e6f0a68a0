package vn.blocstats.warehouse.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as offices write them: day first ({@code 30/6/2020}, {@code 30-6-2020}, {@code 31.8.2025}) or
 * ISO ({@code 2020-06-30}), with or without leading zeros.
 *
 * <p>Strict: an impossible day ({@code 31/2/2020}) is no date, one date uses one separator
 * ({@code 30/6-2020} is rejected), and the year has four digits (a two-digit year is rejected rather than
 * guessed). Stateless and thread-safe.
 */
public final class VietDates {

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private VietDates() {
	}

	/**
	 * The date written as d/M/yyyy, d-M-yyyy, d.M.yyyy or yyyy-MM-dd (surrounding spaces ignored), or
	 * empty when {@code text} is null, another notation or an impossible date.
	 */
	public static Optional<LocalDate> parse(String text) {
		String s = TextKey.nfc(text);
		if (s == null) {
			return Optional.empty();
		}
		Matcher m = DAY_FIRST.matcher(s);
		if (m.matches()) {
			return date(m.group(4), m.group(3), m.group(1));
		}
		m = ISO.matcher(s);
		if (m.matches()) {
			return date(m.group(1), m.group(2), m.group(3));
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException impossible) {
			return Optional.empty();
		}
	}
}
