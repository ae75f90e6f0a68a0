package vn.blocstats.etl.table;

import java.util.List;

import vn.blocstats.etl.report.Problem;

/**
 * The outcome of parsing one row: the staged records and the problems found. A long-form row
 * (docs/import-formats.md, the long-form tables) stages at most one record, none when it has an error. A wide-form row (§5)
 * stages one figure per metric cell that holds a value; a cell with an error stages nothing, its
 * problem names the cell's column, and the row's other cells are staged.
 *
 * @param staged the records to stage, in column order; empty when nothing is staged
 * @param problems errors and warnings, each naming its column
 */
public record ParsedRow(List<Staged> staged, List<Problem> problems) {

	public ParsedRow {
		staged = List.copyOf(staged);
		problems = List.copyOf(problems);
	}

	/** A long-form row's outcome: {@code staged} is null when the row is rejected. */
	public static ParsedRow of(Staged staged, List<Problem> problems) {
		return new ParsedRow(staged == null ? List.of() : List.of(staged), problems);
	}

	/** True when nothing of the row is staged and at least one error says why. */
	public boolean rejected() {
		return staged.isEmpty() && problems.stream().anyMatch(Problem::isError);
	}
}
