package vn.blocstats.dashboard.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableComparator;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * A chart's figures table ({@link DataTable}) as a sortable grid, so that a screen shows under its
 * chart exactly the figures the chart draws: a row per table row, every column sortable by its
 * cells' values (numbers as numbers, "no figure" last in both directions), numbers written in the
 * reader's locale (2.096 · 104,8%). Make the grid with {@link #grid()}: its columns keep "no figure"
 * last when sorted descending too.
 */
public final class DataTableGrid {

	private DataTableGrid() {
	}

	/**
	 * A grid for a figures table: sorting a column descending keeps the rows without a figure last
	 * (Vaadin's own descending order reverses the whole comparator and would put them first).
	 */
	public static Grid<List<Object>> grid() {
		return new Grid<>() {
			@Override
			protected Column<List<Object>> createColumn(Renderer<List<Object>> renderer, String columnId) {
				return new Column<>(this, columnId, renderer) {
					@Override
					public SerializableComparator<List<Object>> getComparator(SortDirection direction) {
						SerializableComparator<List<Object>> ascending = super.getComparator(SortDirection.ASCENDING);
						String key = getKey();
						if (direction != SortDirection.DESCENDING || ascending == null || key == null || !key.matches("c\\d+")) {
							return super.getComparator(direction);
						}
						int at = Integer.parseInt(key.substring(1));
						return (a, b) -> {
							Object x = a.get(at);
							Object y = b.get(at);
							if (x == null || y == null) {
								return x == y ? 0 : x == null ? 1 : -1;
							}
							return ascending.compare(b, a);
						};
					}
				};
			}
		};
	}

	/**
	 * Adds a footer under {@code grid}: {@code label} ("Cộng các dòng") under the last text column and
	 * the sum of every row of each count column — all rows, whatever a search hides; shares and rates
	 * are not summed.
	 */
	public static void total(Grid<List<Object>> grid, DataTable table, Locale locale, String label) {
		while (!grid.getFooterRows().isEmpty()) {
			grid.removeFooterRow(grid.getFooterRows().getFirst());
		}
		com.vaadin.flow.component.grid.FooterRow footer = grid.appendFooterRow();
		// the label under the last text column (the unit's name), the sums under the count columns
		Grid.Column<List<Object>> labelColumn = null;
		for (int i = 0; i < table.columns().size(); i++) {
			Grid.Column<List<Object>> column = grid.getColumnByKey("c" + i);
			if (column != null && table.columns().get(i).kind() == DataTable.Kind.TEXT) {
				labelColumn = column;
			}
		}
		if (labelColumn != null) {
			footer.getCell(labelColumn).setText(label);
		}
		for (int i = 0; i < table.columns().size(); i++) {
			Grid.Column<List<Object>> column = grid.getColumnByKey("c" + i);
			if (column == null || table.columns().get(i).kind() != DataTable.Kind.COUNT) {
				continue;
			}
			int at = i;
			List<Double> values = table.rows().stream().map(r -> r.get(at)).filter(v -> v instanceof Double).map(v -> (Double) v).toList();
			footer.getCell(column).setText(values.isEmpty() ? "—" : VietFormat.count(values.stream().mapToDouble(Double::doubleValue).sum(), locale));
		}
	}

	/** Shows {@code table} in {@code grid} (columns replaced), leaving out the columns at {@code hidden}. */
	public static void show(Grid<List<Object>> grid, DataTable table, Locale locale, Set<Integer> hidden) {
		grid.removeAllColumns();
		for (int i = 0; i < table.columns().size(); i++) {
			if (hidden.contains(i)) {
				continue;
			}
			int at = i;
			DataTable.Column column = table.columns().get(i);
			Grid.Column<List<Object>> c = grid.addColumn(row -> text(row.get(at), column.kind(), locale))
				.setHeader(column.label())
				.setKey("c" + i)
				.setSortable(true)
				.setComparator(Comparator.comparing((List<Object> row) -> cell(row, at), Comparator.nullsLast(Comparator.naturalOrder())))
				.setResizable(true);
			if (column.kind() == DataTable.Kind.TEXT) {
				c.setFlexGrow(at == 0 ? 0 : 3).setAutoWidth(true);
			}
			else {
				c.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
			}
		}
		grid.setItems(table.rows());
	}

	/** Sorts {@code grid} by the table column {@code index}. */
	public static void sort(Grid<List<Object>> grid, int index, SortDirection direction) {
		grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("c" + index), direction)));
	}

	/** A cell written as a reader reads it: "2.096", "104,8%", "12,5", text as is, "—" for no figure. */
	public static String text(Object cell, DataTable.Kind kind, Locale locale) {
		if (cell == null) {
			return "—";
		}
		return switch (kind) {
			case TEXT -> (String) cell;
			case COUNT -> VietFormat.count((Double) cell, locale);
			case PERCENT -> VietFormat.percent((Double) cell, locale);
			case DECIMAL -> VietFormat.numberFormat(1, locale).format(cell);
		};
	}

	@SuppressWarnings("unchecked")
	private static Comparable<Object> cell(List<Object> row, int i) {
		Object v = row.get(i);
		if (v instanceof String s) {
			return (Comparable<Object>) (Comparable<?>) java.text.Collator.getInstance(Locale.forLanguageTag("vi")).getCollationKey(s);
		}
		return (Comparable<Object>) v;
	}
}
