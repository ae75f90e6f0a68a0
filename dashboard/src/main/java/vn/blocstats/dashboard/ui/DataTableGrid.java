package vn.blocstats.dashboard.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * A chart's figures table ({@link DataTable}) as a sortable grid, so that a screen shows under its
 * chart exactly the figures the chart draws: a row per table row, every column sortable by its
 * cells' values (numbers as numbers, "no figure" last), numbers written in the reader's locale
 * (2.096 · 104,8%).
 */
public final class DataTableGrid {

	private DataTableGrid() {
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
