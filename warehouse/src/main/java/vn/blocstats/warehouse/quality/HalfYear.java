package vn.blocstats.warehouse.quality;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year, the reporting period of the completeness figures: the first (1/1–30/6) or the
 * second (1/7–31/12) half of a year. Written {@code 2021-H1} / {@code 2021-H2} (in URLs).
 */
public record HalfYear(int year, int half) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-H([12])");

	public HalfYear {
		if (half != 1 && half != 2) {
			throw new IllegalArgumentException("A half-year is 1 or 2, not " + half);
		}
	}

	/** The half-year written {@code 2021-H1}, or empty for anything else. */
	public static Optional<HalfYear> parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.strip());
		return m.matches() ? Optional.of(new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
				: Optional.empty();
	}

	public LocalDate start() {
		return LocalDate.of(year, half == 1 ? 1 : 7, 1);
	}

	public LocalDate end() {
		return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

	/** {@code 2021-H1}. */
	@Override
	public String toString() {
		return year + "-H" + half;
	}
}
