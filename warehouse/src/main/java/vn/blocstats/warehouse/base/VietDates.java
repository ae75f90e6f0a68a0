package vn.blocstats.warehouse.base;

import java.time.LocalDate;
import java.util.Optional;

/** Dates as offices write them (to be implemented by the parsing work). */
public final class VietDates {

	private VietDates() {
	}

	/** The date written as d/M/yyyy, d-M-yyyy, d.M.yyyy or yyyy-MM-dd, or empty. */
	public static Optional<LocalDate> parse(String text) {
		throw new UnsupportedOperationException("VietDates.parse");
	}
}
