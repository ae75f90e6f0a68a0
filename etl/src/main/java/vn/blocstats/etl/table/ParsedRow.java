package vn.blocstats.etl.table;

import java.util.List;

import vn.blocstats.etl.report.Problem;

/**
 * The outcome of parsing one row: the staged record (null when the row is rejected) and the
 * problems found. A row with an error has no staged record.
 */
public record ParsedRow(Staged staged, List<Problem> problems) {

	public boolean rejected() {
		return staged == null;
	}
}
