package vn.blocstats.warehouse.period;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.blocstats.warehouse.base.TextKey;

/**
 * Parses the period notations of docs/import-formats.md.
 *
 * <p>Case-insensitive, diacritics optional ("Quy I/2020" = "Quý I/2020"), decomposed (NFD) input
 * accepted, any run of spaces (no-break and thin spaces included) counts as one, spaces around
 * {@code / . -} are ignored and the dashes – and — count as {@code -}. What is understood:
 * <ul>
 * <li>{@link Period.Kind#YEAR}: "2021", "năm 2021".</li>
 * <li>{@link Period.Kind#QUARTER}: "Q1/2020", "Quý I/2020", "quý 1 năm 2020", "quý IV-2021".</li>
 * <li>{@link Period.Kind#HALF_YEAR}: "6 tháng đầu năm 2022" and "6 tháng năm 2022" (1/1–30/6),
 * "6 tháng cuối năm 2022" (1/7–31/12), "H1/2022", "H2/2022".</li>
 * <li>{@link Period.Kind#NINE_MONTHS}: "9 tháng năm 2020", "9 tháng đầu năm 2020" (1/1–30/9).</li>
 * <li>{@link Period.Kind#MONTH}: "T6/2020", "tháng 6/2020", "tháng 6 năm 2020", "06/2020", "6-2020",
 * "6.2020", "2020-06".</li>
 * <li>{@link Period.Kind#TERM}: "nhiệm kỳ 2015-2020", "nhiệm kỳ 2015 – 2020", "NK 2015-2020".</li>
 * <li>{@link Period.Kind#YEARS} (1 January of the first year to 31 December of the last):
 * "giai đoạn 2016 - 2020", "2016-2020", "từ năm 2016 đến năm 2020".</li>
 * <li>{@link Period.Kind#AS_OF}: a date ("30/6/2020", "30-6-2020", "31.8.2025", "2020-06-30") alone or
 * after "có đến", "tính đến", "đến", "đến hết", "tính tới" and/or "ngày"; the last day of a month
 * ("tính đến tháng 6-2020", "đến hết T6/2020"); the last day of a year ("tính đến hết năm 2021",
 * "đến cuối năm 2021").</li>
 * </ul>
 * Anything else is not understood: nonsense, an impossible date (31/2/2020), a month above 12, a quarter
 * above 4, a year outside 1945–2100, a range that ends before it starts, a date without its year
 * ("30/6", which needs the report's context) and "tính đến năm 2021" without "hết"/"cuối" (the start
 * or the end of the year?). Stateless and thread-safe.
 */
public final class PeriodParser {

	private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
	private static final Pattern SPACED_SEPARATOR = Pattern.compile(" ?([/.-]) ?");
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"':,;]+|[\\p{Pe}\\p{Pf}\"':,;.!?]+$");
	/** The longest notation, "từ năm 2016 đến năm 2020", has six words. */
	private static final int MAX_WORDS = 8;

	private PeriodParser() {
	}

	/**
	 * The period written as {@code text}, or empty when the notation is not understood (or {@code text}
	 * is null). The period's {@link Period#text} is {@code text} in NFC, trimmed.
	 */
	public static Optional<Period> parse(String text) {
		String written = TextKey.nfc(text);
		if (written == null || written.isEmpty()) {
			return Optional.empty();
		}
		String plain = plain(written);
		for (Notation notation : Notation.values()) {
			Matcher m = notation.pattern.matcher(plain);
			if (m.matches()) {
				Optional<Period> period = notation.read(m, written);
				if (period.isPresent()) {
					return period;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The period written somewhere inside a longer text: a report's title ("BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY
	 * DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2022") or a cell such as "Kỳ báo cáo: Quý I/2020". The notation is made of
	 * whole words (punctuation around it is dropped); the one with the most words wins, and of equally long
	 * ones the first. Its {@link Period#text} is the notation alone, words separated by single spaces. Empty
	 * when {@code text} holds no notation (or is null).
	 *
	 * <p>A title can hold numbers that look like years ("Báo cáo số 2021"); prefer {@link #parse} on a
	 * period column or cell, and use this only where the period has to be picked out of prose.
	 */
	public static Optional<Period> find(String text) {
		String written = TextKey.nfc(text);
		if (written == null || written.isEmpty()) {
			return Optional.empty();
		}
		String[] words = SPACES.split(written);
		for (int length = Math.min(MAX_WORDS, words.length); length >= 1; length--) {
			for (int first = 0; first + length <= words.length; first++) {
				String candidate = String.join(" ", Arrays.copyOfRange(words, first, first + length));
				Optional<Period> period = parse(EDGE_PUNCTUATION.matcher(candidate).replaceAll(""));
				if (period.isPresent()) {
					return period;
				}
			}
		}
		return Optional.empty();
	}

	/** The form the notations are matched against: "Quý I / 2020" → "quy i/2020", "2015 – 2020" → "2015-2020". */
	static String plain(String written) {
		String s = DASHES.matcher(TextKey.fold(written)).replaceAll("-");
		s = SPACES.matcher(s).replaceAll(" ").strip();
		return SPACED_SEPARATOR.matcher(s).replaceAll("$1");
	}
}
