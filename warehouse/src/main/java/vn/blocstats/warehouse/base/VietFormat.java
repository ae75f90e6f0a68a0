package vn.blocstats.warehouse.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers and dates for people to read, in the user's locale: Vietnamese ({@link #VIETNAMESE}, the
 * default) or English.
 *
 * <table>
 * <caption>What each method writes</caption>
 * <tr><th>method</th><th>vi</th><th>en</th></tr>
 * <tr><td>{@code count(2096)}</td><td>2.096</td><td>2,096</td></tr>
 * <tr><td>{@code decimal(4718.6, 1)}</td><td>4.718,6</td><td>4,718.6</td></tr>
 * <tr><td>{@code percent(104.8)}</td><td>104,8%</td><td>104.8%</td></tr>
 * <tr><td>{@code date(2020-07-14)}</td><td>14/7/2020</td><td>14/7/2020</td></tr>
 * </table>
 *
 * <p>The symbols are fixed here, never taken from the JVM's default locale or its locale data: a locale
 * whose language is English gets the English marks, every other locale the Vietnamese ones. Dates are
 * written d/M/yyyy without leading zeros, as in Vietnamese official text, in both languages: the
 * readers are Vietnamese analysts and the source files write dates that way, so an English screen does
 * not switch to the American month-first order. Rounding is half up on the decimal value as written
 * ({@code 104.85} gives {@code 104,9}), and a value that rounds to zero never shows a minus sign.
 * Non-finite values are programming errors and throw {@link IllegalArgumentException}. Stateless and
 * thread-safe.
 */
public final class VietFormat {

	/** vi-VN, the product's first locale and the default of every method without a {@code Locale}. */
	public static final Locale VIETNAMESE = Locale.of("vi", "VN");

	private static final DecimalFormatSymbols VI_SYMBOLS = symbols('.', ',');
	private static final DecimalFormatSymbols EN_SYMBOLS = symbols(',', '.');
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private VietFormat() {
	}

	/** A count in Vietnamese: {@code 2096} → "2.096". */
	public static String count(long count) {
		return count(count, VIETNAMESE);
	}

	/** A count in {@code locale}: {@code 2096} → "2.096" (vi), "2,096" (en). */
	public static String count(long count, Locale locale) {
		return decimal(BigDecimal.valueOf(count), 0, locale);
	}

	/** A count in Vietnamese, rounded half up to a whole number (a share of a split unit): {@code 2096.0} → "2.096". */
	public static String count(double count) {
		return count(count, VIETNAMESE);
	}

	/** A count in {@code locale}, rounded half up to a whole number. */
	public static String count(double count, Locale locale) {
		return decimal(count, 0, locale);
	}

	/** {@code value} in Vietnamese with exactly {@code digits} decimals: {@code (4718.6, 1)} → "4.718,6". */
	public static String decimal(double value, int digits) {
		return decimal(value, digits, VIETNAMESE);
	}

	/** {@code value} in {@code locale} with exactly {@code digits} decimals: "4.718,6" (vi), "4,718.6" (en). */
	public static String decimal(double value, int digits, Locale locale) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("Not a finite number: " + value);
		}
		return decimal(BigDecimal.valueOf(value), digits, locale);
	}

	/** A percentage in Vietnamese with one decimal; {@code 104.8} means 104.8 %: → "104,8%". */
	public static String percent(double pct) {
		return percent(pct, 1, VIETNAMESE);
	}

	/** A percentage in {@code locale} with one decimal: "104,8%" (vi), "104.8%" (en). */
	public static String percent(double pct, Locale locale) {
		return percent(pct, 1, locale);
	}

	/** A percentage in Vietnamese with exactly {@code digits} decimals: {@code (90, 0)} → "90%". */
	public static String percent(double pct, int digits) {
		return percent(pct, digits, VIETNAMESE);
	}

	/** A percentage in {@code locale} with exactly {@code digits} decimals; {@code pct} is in per cent, not a fraction. */
	public static String percent(double pct, int digits, Locale locale) {
		return decimal(pct, digits, locale) + "%";
	}

	/** A date as Vietnamese official text writes it: {@code 2020-07-14} → "14/7/2020". */
	public static String date(LocalDate date) {
		return date(date, VIETNAMESE);
	}

	/** A date in {@code locale}: d/M/yyyy in both languages (see the class comment). */
	public static String date(LocalDate date, Locale locale) {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(locale, "locale");
		return DATE.format(date);
	}

	/**
	 * A new {@link java.text.NumberFormat} writing numbers as the methods above do (group separator,
	 * decimal mark of {@code locale}, up to {@code maxDigits} decimals): for chart axes and labels,
	 * which take a format object rather than a string. Not thread-safe, like every NumberFormat.
	 */
	public static java.text.NumberFormat numberFormat(int maxDigits, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0", symbols(locale));
		format.setMaximumFractionDigits(maxDigits);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	private static String decimal(BigDecimal value, int digits, Locale locale) {
		if (digits < 0) {
			throw new IllegalArgumentException("Negative number of decimals: " + digits);
		}
		BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_UP);
		DecimalFormat format = new DecimalFormat("#,##0", symbols(locale));
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(rounded);
	}

	private static DecimalFormatSymbols symbols(Locale locale) {
		Objects.requireNonNull(locale, "locale");
		return "en".equals(locale.getLanguage()) ? EN_SYMBOLS : VI_SYMBOLS;
	}

	private static DecimalFormatSymbols symbols(char group, char decimal) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(group);
		symbols.setMonetaryGroupingSeparator(group);
		symbols.setDecimalSeparator(decimal);
		symbols.setMonetaryDecimalSeparator(decimal);
		symbols.setMinusSign('-');
		return symbols;
	}
}
