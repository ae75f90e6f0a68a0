package vn.blocstats.warehouse.base;

import java.util.OptionalDouble;

/** Numbers as offices write them (to be implemented by the parsing work). */
public final class VietNumbers {

	private VietNumbers() {
	}

	/** The number written as {@code text} ("2.096", "104,8", "4.718,6", "2096", "90%"), or empty. */
	public static OptionalDouble parse(String text) {
		throw new UnsupportedOperationException("VietNumbers.parse");
	}
}
