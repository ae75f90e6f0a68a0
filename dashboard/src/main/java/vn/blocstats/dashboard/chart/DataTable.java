package vn.blocstats.dashboard.chart;

import java.util.List;
import java.util.Objects;

/**
 * The figures a chart draws, as a table: the screen shows it under the chart, and the exports write
 * it as XLSX or CSV. Cells are {@link String} for {@link Kind#TEXT} columns and {@link Double} (or
 * {@code null} for "no figure") for the numeric kinds; a percent is stored as a percent
 * (104.8 means 104,8 %). Immutable.
 *
 * @param columns the header, left to right
 * @param rows the rows, each as long as the header
 */
public record DataTable(List<Column> columns, List<List<Object>> rows) {

	/** How a column's cells are written: text, a whole count (2.096), a decimal (12,5) or a percent (104,8%). */
	public enum Kind {
		TEXT, COUNT, DECIMAL, PERCENT
	}

	/** A column: its header label (already in the reader's language) and kind. */
	public record Column(String label, Kind kind) {
		public Column {
			Objects.requireNonNull(label);
			Objects.requireNonNull(kind);
		}
	}

	public DataTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
		for (List<Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
			}
			for (int i = 0; i < row.size(); i++) {
				Object cell = row.get(i);
				boolean text = columns.get(i).kind() == Kind.TEXT;
				if (cell != null && (text ? !(cell instanceof String) : !(cell instanceof Double))) {
					throw new IllegalArgumentException("Column “" + columns.get(i).label() + "” holds " + columns.get(i).kind()
							+ ", not " + cell.getClass().getSimpleName());
				}
			}
		}
	}
}
