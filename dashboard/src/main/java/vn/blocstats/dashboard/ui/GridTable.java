package vn.blocstats.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

import vn.blocstats.dashboard.chart.DataTable;

/**
 * A grid whose columns are also a {@link DataTable}'s: each column is declared once, with its header,
 * its kind and its value, and the grid shows it while {@link #table()} writes the same rows for a
 * download ({@link vn.blocstats.dashboard.export.TableDownloads}) — what the grid shows is what the
 * file holds, numbers unformatted in the file and written as the reader reads them on screen
 * ({@link DataTableGrid#text}).
 */
public final class GridTable<T> {

	private record Column<T>(String header, DataTable.Kind kind, SerializableFunction<T, ?> value) {
	}

	private final Grid<T> grid;
	private final Locale locale;
	private final List<Column<T>> columns = new ArrayList<>();

	public GridTable(Grid<T> grid, Locale locale) {
		this.grid = grid;
		this.locale = locale;
	}

	/** A text column; an empty value is written as an empty cell. */
	public Grid.Column<T> text(String header, SerializableFunction<T, String> value) {
		columns.add(new Column<>(header, DataTable.Kind.TEXT, value));
		return grid.addColumn(r -> {
			String s = value.apply(r);
			return s == null ? "" : s;
		}).setHeader(header);
	}

	/**
	 * A number column of {@code kind} (count, decimal, percent in per cent): right-aligned, sorted as a
	 * number, null shown as "—" and written as an empty cell. Measured width, not growing.
	 */
	public Grid.Column<T> number(String header, DataTable.Kind kind, SerializableFunction<T, Number> value) {
		if (kind == DataTable.Kind.TEXT) {
			throw new IllegalArgumentException("A number column of kind TEXT");
		}
		SerializableFunction<T, Double> asDouble = r -> {
			Number n = value.apply(r);
			return n == null ? null : n.doubleValue();
		};
		columns.add(new Column<>(header, kind, asDouble));
		return grid.addColumn(r -> DataTableGrid.text(asDouble.apply(r), kind, locale)).setHeader(header)
			.setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
			.setComparator(Comparator.comparing(asDouble::apply, Comparator.nullsLast(Comparator.naturalOrder())));
	}

	/** The grid's rows as they are held now (its filters applied), with every declared column. */
	public DataTable table() {
		List<DataTable.Column> header = columns.stream().map(c -> new DataTable.Column(c.header(), c.kind())).toList();
		List<List<Object>> rows = grid.getListDataView().getItems().map(item -> {
			List<Object> row = new ArrayList<>(columns.size());
			for (Column<T> c : columns) {
				Object v = c.value().apply(item);
				row.add(c.kind() == DataTable.Kind.TEXT && v != null && ((String) v).isEmpty() ? null : v);
			}
			return row;
		}).toList();
		return new DataTable(header, rows);
	}

	/** Whether the grid holds any row. */
	public boolean hasRows() {
		return grid.getListDataView().getItems().findAny().isPresent();
	}
}
