package vn.blocstats.tools.sample;

import java.time.LocalDate;

/** A half-year: {@code half} 1 is 1/1–30/6, 2 is 1/7–31/12. Indexed from H1/2010 ({@link #index()} 0). */
record Half(int year, int half) implements Comparable<Half> {

	static final int FIRST_YEAR = 2010;
	static final int LAST_YEAR = 2025;
	static final int COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 2;

	static Half of(int index) {
		return new Half(FIRST_YEAR + index / 2, index % 2 + 1);
	}

	int index() {
		return (year - FIRST_YEAR) * 2 + half - 1;
	}

	LocalDate start() {
		return LocalDate.of(year, half == 1 ? 1 : 7, 1);
	}

	LocalDate end() {
		return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

	/** The anchor the warehouse gives a flow of this span (its midpoint). */
	LocalDate midpoint() {
		return start().plusDays((end().toEpochDay() - start().toEpochDay()) / 2);
	}

	@Override
	public int compareTo(Half o) {
		return Integer.compare(index(), o.index());
	}
}
