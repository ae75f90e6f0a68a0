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
 * before it starts).
 */
enum Notation {

	YEAR("(?:nam )?" + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return year(m.group(1)).map(y -> Period.of(Kind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text));
		}
	},

	QUARTER("(?:quy|q) ?(\\d{1,2}|[ivx]{1,4})" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return quarter(m.group(1)).flatMap(q -> year(m.group(2)).map(y -> {
				LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
				return Period.of(Kind.QUARTER, start, start.plusMonths(3).minusDays(1), text);
			}));
		}
	},

	HALF_YEAR("0?6 thang(?: (dau|cuoi))?" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return year(m.group(2)).map(y -> half(y, "cuoi".equals(m.group(1)), text));
		}
	},

	HALF_YEAR_CODE("h([12])" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return year(m.group(2)).map(y -> half(y, "2".equals(m.group(1)), text));
		}
	},

	NINE_MONTHS("0?9 thang(?: dau)?" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return year(m.group(1)).map(y -> Period.of(Kind.NINE_MONTHS, LocalDate.of(y, 1, 1), LocalDate.of(y, 9, 30), text));
		}
	},

	MONTH("(?:thang ?|t)(\\d{1,2})" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return month(m.group(2), m.group(1)).map(ym -> Period.of(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(), text));
		}
	},

	MONTH_NUMERIC("(\\d{1,2})[/.-]" + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return month(m.group(2), m.group(1)).map(ym -> Period.of(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(), text));
		}
	},

	MONTH_ISO(Part.YEAR + "-(\\d{2})") {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return month(m.group(1), m.group(2)).map(ym -> Period.of(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(), text));
		}
	},

	TERM("(?:nhiem ky|nk) ?" + Part.YEAR + "-" + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return span(m.group(1), m.group(2)).map(s -> Period.term(s.first(), s.last(), text));
		}
	},

	YEARS("(?:giai doan |tu nam |tu |cac nam |nam )?" + Part.YEAR + "(?:-| den (?:nam )?)" + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return span(m.group(1), m.group(2))
				.map(s -> Period.of(Kind.YEARS, LocalDate.of(s.first(), 1, 1), LocalDate.of(s.last(), 12, 31), text));
		}
	},

	AS_OF_DATE("(?:" + Part.UNTIL + " )?(?:ngay )?(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})") {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return VietDates.parse(m.group(1))
				.filter(d -> year(String.valueOf(d.getYear())).isPresent())
				.map(d -> Period.asOf(d, text));
		}
	},

	AS_OF_MONTH_END(Part.UNTIL + " (?:thang ?|t)(\\d{1,2})" + Part.OF + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return month(m.group(2), m.group(1)).map(ym -> Period.asOf(ym.atEndOfMonth(), text));
		}
	},

	AS_OF_YEAR_END("(?:(?:co|tinh) )?(?:den|toi) (?:het|cuoi) (?:nam )?" + Part.YEAR) {
		@Override
		Optional<Period> read(Matcher m, String text) {
			return year(m.group(1)).map(y -> Period.asOf(LocalDate.of(y, 12, 31), text));
		}
	};

	private static final int FIRST_YEAR = 1945;
	private static final int LAST_YEAR = 2100;
	private static final Map<String, Integer> ROMAN_QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

	final Pattern pattern;

	Notation(String regex) {
		this.pattern = Pattern.compile(regex);
	}

	/** The period {@code m} describes, or empty when its numbers are out of range. */
	abstract Optional<Period> read(Matcher m, String text);

	private static Optional<Integer> year(String digits) {
		int y = Integer.parseInt(digits);
		return y >= FIRST_YEAR && y <= LAST_YEAR ? Optional.of(y) : Optional.empty();
	}

	/** Quarter 1 to 4, Arabic or Roman. */
	private static Optional<Integer> quarter(String written) {
		if (Character.isDigit(written.charAt(0))) {
			int q = Integer.parseInt(written);
			return q >= 1 && q <= 4 ? Optional.of(q) : Optional.empty();
		}
		return Optional.ofNullable(ROMAN_QUARTERS.get(written));
	}

	/** The years {@code first} to {@code last}, both in range and in order. */
	private static Optional<Span> span(String first, String last) {
		return year(first).flatMap(f -> year(last).filter(l -> l >= f).map(l -> new Span(f, l)));
	}

	private static Optional<YearMonth> month(String year, String month) {
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12 ? year(year).map(y -> YearMonth.of(y, m)) : Optional.empty();
	}

	private static Period half(int year, boolean second, String text) {
		return second
				? Period.of(Kind.HALF_YEAR, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), text)
				: Period.of(Kind.HALF_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), text);
	}

	private record Span(int first, int last) {
	}

	/** Pieces of the patterns above. */
	private static final class Part {

		/** A four-digit year; its range is checked by {@link Notation#year}. */
		static final String YEAR = "(\\d{4})";

		/** Between a month or quarter and its year: "6/2020", "6-2020", "6.2020", "6 năm 2020", "6 2020". */
		static final String OF = "(?:[/.-]| nam | )";

		/** "đến", "có đến", "tính đến", "tính tới", "đến hết", "tính đến cuối". */
		static final String UNTIL = "(?:(?:co|tinh) )?(?:den|toi)(?: het| cuoi)?";

		private Part() {
		}
	}
}
