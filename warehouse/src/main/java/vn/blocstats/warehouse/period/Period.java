package vn.blocstats.warehouse.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period as written in a file, parsed.
 *
 * <p>Every kind but {@link Kind#TERM} has both dates. An {@link Kind#AS_OF} period is a single day
 * ({@code start == end}): it gives a stock its date, or a cumulative flow its end. A {@code TERM}
 * ("nhiệm kỳ 2015-2020") has no dates of its own: they are the congress dates of the committee's
 * term with that label, looked up in the warehouse; {@link #termStartYear} and
 * {@link #termEndYear} carry the years.
 *
 * @param kind what was written
 * @param start first day, inclusive (null for TERM)
 * @param end last day, inclusive (null for TERM)
 * @param termStartYear first year of a TERM, else 0
 * @param termEndYear last year of a TERM, else 0
 * @param text the notation as written (NFC), for lineage and messages
 */
public record Period(Kind kind, LocalDate start, LocalDate end, int termStartYear, int termEndYear, String text) {

	public enum Kind {
		/** "T6/2020", "tháng 6/2020", "06/2020". */
		MONTH,
		/** "Q1/2020", "Quý I/2020", "quý 1 năm 2020". */
		QUARTER,
		/** "6 tháng đầu năm 2022" (H1), "6 tháng cuối năm 2022" (H2). */
		HALF_YEAR,
		/** "9 tháng năm 2020" (1/1–30/9). */
		NINE_MONTHS,
		/** "2021", "năm 2021". */
		YEAR,
		/** "giai đoạn 2016 - 2020": whole calendar years. */
		YEARS,
		/** "nhiệm kỳ 2015-2020": the committee's term with that label. */
		TERM,
		/** "30/6/2020", "có đến 31-12-2021", "tính đến tháng 6-2020" (= 30/6/2020). */
		AS_OF
	}

	public Period {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.TERM) {
			if (termStartYear <= 0 || termEndYear < termStartYear) {
				throw new IllegalArgumentException("A term needs its years: " + text);
			}
		}
		else {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			if (end.isBefore(start)) {
				throw new IllegalArgumentException("Period ends before it starts: " + text);
			}
		}
	}

	/** A period over [start, end]. */
	public static Period of(Kind kind, LocalDate start, LocalDate end, String text) {
		return new Period(kind, start, end, 0, 0, text);
	}

	/** A single day. */
	public static Period asOf(LocalDate day, String text) {
		return new Period(Kind.AS_OF, day, day, 0, 0, text);
	}

	/** "nhiệm kỳ 2015-2020". */
	public static Period term(int startYear, int endYear, String text) {
		return new Period(Kind.TERM, null, null, startYear, endYear, text);
	}

	/** The label of a TERM as stored in the warehouse, "2015-2020". */
	public String termLabel() {
		return kind == Kind.TERM ? termStartYear + "-" + termEndYear : null;
	}

	/** True for a single day (an as-of date). */
	public boolean isPoint() {
		return kind == Kind.AS_OF;
	}
}
