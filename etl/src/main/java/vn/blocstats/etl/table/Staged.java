package vn.blocstats.etl.table;

import java.time.LocalDate;
import java.util.List;

/** A row that passed the checks that need no warehouse look-up, ready for the staging tables. */
public sealed interface Staged {

	String sheet();

	int row();

	/**
	 * A figure (docs/import-formats.md). Points (a stock, or a cumulative flow) have {@code start == end};
	 * a TERM period has null dates and its {@code termLabel}, resolved against the term table.
	 * {@code orgColumn} and {@code valueColumn} are the headers of the cells that named the unit and
	 * held the value in a wide-form report (docs/import-formats.md, the wide form), for messages; null in the long form.
	 */
	record Figure(String sheet, int row, String orgCode, String orgName, String orgNameKey, String metricCode,
			String periodKind, LocalDate start, LocalDate end, String termLabel, String basis, double value,
			String periodText, String note, String orgColumn, String valueColumn) implements Staged {
	}

	/** An organisation unit's row for one validity interval (docs/import-formats.md §1). */
	record Unit(String sheet, int row, String code, String name, String nameKey, String type, String parentCode,
			LocalDate validFrom, LocalDate validTo, List<String> successorCodes, List<Double> successorWeights)
			implements Staged {
	}

	/** A committee's term (docs/import-formats.md §2); {@code end} null when it must be inferred from the next term. */
	record Term(String sheet, int row, String committeeCode, String termLabel, int congressNumber, int startYear,
			int endYear, LocalDate start, LocalDate end) implements Staged {
	}

	/** A target (docs/import-formats.md §3); shares in percent. */
	record Target(String sheet, int row, String committeeCode, String termLabel, String metricCode, String targetKind,
			String source, double value) implements Staged {
	}
}
