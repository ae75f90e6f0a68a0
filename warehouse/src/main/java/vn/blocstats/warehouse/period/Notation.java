package vn.blocstats.warehouse.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.blocstats.warehouse.base.VietDates;
import vn.blocstats.warehouse.period.Period.Kind;

/**
 * One way of writing a period, matched against the {@linkplain PeriodParser#plain plain form} of the
 * text (lower case, no diacritics, single spaces, no spaces around {@code / . -}). A notation whose
 * pattern matches can still refuse the numbers (month 13, quarter 5, year 1800, a range that ends
 * before it starts). Patterns name their parts: {@code year}, {@code month}, {@code quarter},
 * {@code half}, {@code first} and {@code last} (years of a range), {@code date}.
 */
enum Notation {

	YEAR("(?:nam )?" + Part.YEAR, Notation::year),
	QUARTER("(?:quy|q) ?(?<quarter>\\d{1,2}|[ivx]{1,4})" + Part.OF + Part.YEAR, Notation::quarter),
	HALF_YEAR("0?6 thang(?: (?<half>dau|cuoi))?" + Part.OF + Part.YEAR, Notation::halfYear),
	HALF_YEAR_CODE("h(?<half>[12])" + Part.OF + Part.YEAR, Notation::halfYear),
	NINE_MONTHS("0?9 thang(?: dau)?" + Part.OF + Part.YEAR, Notation::nineMonths),
	MONTH("(?:thang ?|t)" + Part.MONTH + Part.OF + Part.YEAR, Notation::month),
	MONTH_NUMERIC(Part.MONTH + "[/.-]" + Part.YEAR, Notation::month),
	MONTH_ISO(Part.YEAR + "-(?<month>\\d{2})", Notation::month),
	TERM("(?:nhiem ky|nk) ?" + Part.YEARS, Notation::term),
	YEARS("(?:giai doan |tu nam |tu |cac nam |nam )?" + Part.YEARS, Notation::years),
	AS_OF_DATE("(?:" + Part.UNTIL + " )?(?:ngay )?(?<date>\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})", Notation::asOfDate),
	AS_OF_MONTH_END(Part.UNTIL + " (?:thang ?|t)" + Part.MONTH + Part.OF + Part.YEAR, Notation::asOfMonthEnd),
	AS_OF_YEAR_END("(?:(?:co|tinh) )?(?:den|toi) (?:het|cuoi) (?:nam )?" + Part.YEAR, Notation::asOfYearEnd);

	private static final int FIRST_YEAR = 1945;
	private static final int LAST_YEAR = 2100;
	private static final Map<String, Integer> ROMAN_QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

	final Pattern pattern;
	private final Reader reader;

	Notation(String regex, Reader reader) {
		this.pattern = Pattern.compile(regex);
		this.reader = reader;
	}

	/** The period {@code m} (a match of {@link #pattern}) describes, or empty when its numbers are out of range. */
	Optional<Period> read(Matcher m, String text) {
		return reader.read(m, text);
	}

	private static Optional<Period> year(Matcher m, String text) {
		return year(m).map(y -> Period.of(Kind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text));
	}

	private static Optional<Period> quarter(Matcher m, String text) {
		String written = m.group("quarter");
		Optional<Integer> quarter = Character.isDigit(written.charAt(0))
				? Optional.of(Integer.parseInt(written)).filter(q -> q >= 1 && q <= 4)
				: Optional.ofNullable(ROMAN_QUARTERS.get(written));
		return quarter.flatMap(q -> year(m).map(y -> {
			LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
			return Period.of(Kind.QUARTER, start, start.plusMonths(3).minusDays(1), text);
		}));
	}

	/** No half written ("6 tháng năm 2022") is the first half. */
	private static Optional<Period> halfYear(Matcher m, String text) {
		boolean second = "cuoi".equals(m.group("half")) || "2".equals(m.group("half"));
		return year(m).map(y -> second
				? Period.of(Kind.HALF_YEAR, LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31), text)
				: Period.of(Kind.HALF_YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), text));
	}

	private static Optional<Period> nineMonths(Matcher m, String text) {
		return year(m).map(y -> Period.of(Kind.NINE_MONTHS, LocalDate.of(y, 1, 1), LocalDate.of(y, 9, 30), text));
	}

	private static Optional<Period> month(Matcher m, String text) {
		return yearMonth(m).map(ym -> Period.of(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(), text));
	}

	private static Optional<Period> term(Matcher m, String text) {
		return span(m).map(s -> Period.term(s.first(), s.last(), text));
	}

	private static Optional<Period> years(Matcher m, String text) {
		return span(m).map(s -> Period.of(Kind.YEARS, LocalDate.of(s.first(), 1, 1), LocalDate.of(s.last(), 12, 31), text));
	}

	private static Optional<Period> asOfDate(Matcher m, String text) {
		return VietDates.parse(m.group("date")).filter(d -> inRange(d.getYear())).map(d -> Period.asOf(d, text));
	}

	private static Optional<Period> asOfMonthEnd(Matcher m, String text) {
		return yearMonth(m).map(ym -> Period.asOf(ym.atEndOfMonth(), text));
	}

	private static Optional<Period> asOfYearEnd(Matcher m, String text) {
		return year(m).map(y -> Period.asOf(LocalDate.of(y, 12, 31), text));
	}

	private static Optional<Integer> year(Matcher m) {
		return year(m.group("year"));
	}

	private static Optional<Integer> year(String digits) {
		return Optional.of(Integer.parseInt(digits)).filter(Notation::inRange);
	}

	private static boolean inRange(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	private static Optional<YearMonth> yearMonth(Matcher m) {
		int month = Integer.parseInt(m.group("month"));
		return month >= 1 && month <= 12 ? year(m).map(y -> YearMonth.of(y, month)) : Optional.empty();
	}

	/** The years {@code first} to {@code last}, both in range and in order. */
	private static Optional<Span> span(Matcher m) {
		return year(m.group("first")).flatMap(f -> year(m.group("last")).filter(l -> l >= f).map(l -> new Span(f, l)));
	}

	/** Builds the period of a match. */
	@FunctionalInterface
	private interface Reader {

		Optional<Period> read(Matcher m, String text);
	}

	private record Span(int first, int last) {
	}

	/** Pieces of the patterns above. */
	private static final class Part {

		/** A four-digit year; its range is checked by {@link Notation#year(String)}. */
		static final String YEAR = "(?<year>\\d{4})";

		static final String MONTH = "(?<month>\\d{1,2})";

		/** Two years: "2015-2020", "2016 đến năm 2020" (spaces around '-' are already gone). */
		static final String YEARS = "(?<first>\\d{4})(?:-| den (?:nam )?)(?<last>\\d{4})";

		/** Between a month or quarter and its year: "6/2020", "6-2020", "6.2020", "6 năm 2020", "6 2020". */
		static final String OF = "(?:[/.-]| nam | )";

		/** "đến", "có đến", "tính đến", "tính tới", "đến hết", "tính đến cuối". */
		static final String UNTIL = "(?:(?:co|tinh) )?(?:den|toi)(?: het| cuoi)?";

		private Part() {
		}
	}
}
