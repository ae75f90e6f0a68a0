package vn.blocstats.warehouse.period;

import java.util.Optional;

/** Parses the period notations of FORMATS.md §4 (to be implemented by the parsing work). */
public final class PeriodParser {

	private PeriodParser() {
	}

	/** The period written as {@code text}, or empty when the notation is not understood. */
	public static Optional<Period> parse(String text) {
		throw new UnsupportedOperationException("PeriodParser.parse");
	}
}
