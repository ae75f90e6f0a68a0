package vn.blocstats.tools.sample;

import java.time.LocalDate;

/**
 * The period of a generated figure: a half-year or a year (flows), or an as-of date (stocks and
 * cumulative flows). How it is written depends on the file (see {@link Notation}).
 */
record Span(Kind kind, int year, int half, LocalDate asOf) {

	enum Kind { HALF, YEAR, AS_OF }

	static Span half(Half h) {
		return new Span(Kind.HALF, h.year(), h.half(), null);
	}

	static Span year(int year) {
		return new Span(Kind.YEAR, year, 0, null);
	}

	static Span asOf(LocalDate date) {
		return new Span(Kind.AS_OF, date.getYear(), 0, date);
	}

	LocalDate end() {
		return switch (kind) {
			case HALF -> new Half(year, half).end();
			case YEAR -> LocalDate.of(year, 12, 31);
			case AS_OF -> asOf;
		};
	}
}
