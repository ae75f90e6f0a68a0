package vn.blocstats.warehouse.base;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as offices write them, Vietnamese style first and English style from other software.
 *
 * <ul>
 * <li>Vietnamese: {@code 2.096} = 2096, {@code 1.234.567}, {@code 104,8} = 104.8, {@code 4.718,6} = 4718.6.</li>
 * <li>English: {@code 1,234.5}, {@code 2,096} = 2096.</li>
 * <li>Plain: {@code 2096}, {@code -12}, {@code +5}; accounting negatives {@code (12)} = -12.</li>
 * <li>Spaces, no-break spaces and thin spaces as group separators: {@code 2 096}, {@code 2 096,5}.</li>
 * <li>A trailing {@code %} is allowed and ignored: {@code 104,8%} = 104.8 (the caller decides what a
 * share means).</li>
 * </ul>
 *
 * <p>How a lone separator is read: when both {@code .} and {@code ,} occur, the last one is the decimal
 * mark. A mark that occurs several times groups thousands. A mark that occurs once groups thousands
 * when exactly three digits follow it and one to three digits (not starting with 0) precede it
 * ({@code 2.096} and {@code 2,096} are 2096: counts of people are integers); otherwise it is the
 * decimal mark ({@code 2,5}, {@code 2.5}, {@code 0,125}, {@code 1234,567}). Groups must be well formed:
 * {@code 12.34.567} and {@code 1.2.3,4,5} are rejected, as is anything with letters. Stateless and
 * thread-safe.
 */
public final class VietNumbers {

	private static final Pattern DIGITS_AND_MARKS = Pattern.compile("\\d(?:[\\d., ]*\\d)?");
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]");
	private static final Pattern GROUP_HEAD = Pattern.compile("[1-9]\\d{0,2}");
	private static final Pattern GROUP = Pattern.compile("\\d{3}");
	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private VietNumbers() {
	}

	/** The number written as {@code text} ("2.096", "104,8", "4.718,6", "2096", "90%", "(12)"), or empty. */
	public static OptionalDouble parse(String text) {
		long plain = plainDigits(text);
		if (plain >= 0) {
			return OptionalDouble.of(plain);
		}
		String s = TextKey.nfc(text);
		if (s == null) {
			return OptionalDouble.empty();
		}
		boolean percent = s.endsWith("%");
		if (percent) {
			s = TextKey.nfc(s.substring(0, s.length() - 1));
		}
		boolean negative = false;
		if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
			negative = true;
			s = TextKey.nfc(s.substring(1, s.length() - 1));
			if (!percent && s.endsWith("%")) {
				s = TextKey.nfc(s.substring(0, s.length() - 1));
			}
		}
		if (!s.isEmpty() && isSign(s.charAt(0))) {
			if (negative) {
				return OptionalDouble.empty();
			}
			negative = s.charAt(0) != '+';
			s = s.substring(1);
		}
		OptionalDouble magnitude = magnitude(SPACES.matcher(s).replaceAll(" "));
		if (negative && magnitude.isPresent()) {
			return OptionalDouble.of(0.0 - magnitude.getAsDouble());
		}
		return magnitude;
	}

	/**
	 * The value of a string of 1 to 15 ASCII digits and nothing else (the common case, read without
	 * regular expressions), or -1.
	 */
	private static long plainDigits(String text) {
		if (text == null) {
			return -1;
		}
		int n = text.length();
		if (n == 0 || n > 15) {
			return -1;
		}
		long v = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	/** True when {@code value} is a finite whole number: what a count of people or organisations must be. */
	public static boolean isWhole(double value) {
		return Double.isFinite(value) && value == Math.rint(value);
	}

	private static boolean isSign(char c) {
		return c == '-' || c == '+' || c == '\u2212';
	}

	/** {@code s} holds digits, '.', ',' and plain spaces only when it is a number. */
	private static OptionalDouble magnitude(String s) {
		if (!DIGITS_AND_MARKS.matcher(s).matches()) {
			return OptionalDouble.empty();
		}
		int dots = count(s, '.');
		int commas = count(s, ',');
		char group;
		char decimal;
		if (s.indexOf(' ') >= 0) {
			if (dots + commas > 1) {
				return OptionalDouble.empty();
			}
			group = ' ';
			decimal = dots == 1 ? '.' : ',';
		}
		else if (dots > 0 && commas > 0) {
			decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
			group = decimal == '.' ? ',' : '.';
			if (count(s, decimal) != 1) {
				return OptionalDouble.empty();
			}
		}
		else if (dots + commas == 0) {
			return OptionalDouble.of(Double.parseDouble(s));
		}
		else {
			char mark = dots > 0 ? '.' : ',';
			int at = s.indexOf(mark);
			boolean thousands = dots + commas > 1
					|| (s.length() - at - 1 == 3 && GROUP_HEAD.matcher(s.substring(0, at)).matches());
			group = thousands ? mark : ' ';
			decimal = thousands ? ' ' : mark;
		}
		int at = s.indexOf(decimal);
		String whole = at < 0 ? s : s.substring(0, at);
		String fraction = at < 0 ? "" : s.substring(at + 1);
		if (!fraction.isEmpty() && !DIGITS.matcher(fraction).matches()) {
			return OptionalDouble.empty();
		}
		String digits = ungroup(whole, group);
		if (digits == null) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Double.parseDouble(fraction.isEmpty() ? digits : digits + "." + fraction));
	}

	/** The digits of {@code whole} once its well-formed thousand groups are joined, or null. */
	private static String ungroup(String whole, char group) {
		if (whole.indexOf(group) < 0) {
			return DIGITS.matcher(whole).matches() ? whole : null;
		}
		String[] groups = whole.split(Pattern.quote(String.valueOf(group)), -1);
		if (!GROUP_HEAD.matcher(groups[0]).matches()) {
			return null;
		}
		for (int i = 1; i < groups.length; i++) {
			if (!GROUP.matcher(groups[i]).matches()) {
				return null;
			}
		}
		return String.join("", groups);
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter(x -> x == c).count();
	}
}
