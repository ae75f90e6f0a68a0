package vn.blocstats.etl.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.warehouse.base.TextKey;

/**
 * What a sheet's header row says: which table it holds and which column stands where.
 *
 * @param kind the table
 * @param sheet the sheet's name (null for CSV)
 * @param positions the 0-based position of each recognised column
 * @param headers the header text of each recognised column, as written (for messages)
 * @param unknownHeaders header texts that match no column of the table (ignored with a warning)
 */
public record TableLayout(TableKind kind, String sheet, Map<Column, Integer> positions, Map<Column, String> headers,
		List<String> unknownHeaders, int[] index) {

	private static final Column[] COLUMNS = Column.values();

	/** The layout; {@code index} is derived from {@code positions} (the column's position by ordinal, -1 when absent). */
	public TableLayout(TableKind kind, String sheet, Map<Column, Integer> positions, Map<Column, String> headers,
			List<String> unknownHeaders) {
		this(kind, sheet, positions, headers, unknownHeaders, indexOf(positions));
	}

	private static int[] indexOf(Map<Column, Integer> positions) {
		int[] index = new int[COLUMNS.length];
		java.util.Arrays.fill(index, -1);
		positions.forEach((c, at) -> index[c.ordinal()] = at);
		return index;
	}

	/**
	 * Recognises the table from its header row: the kind whose required columns are all present and
	 * which matches the most header cells. Empty when no table matches.
	 */
	public static Optional<TableLayout> recognise(SourceRow header) {
		Map<String, Integer> byKey = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String key = TextKey.key(header.cell(i).text());
			if (!key.isEmpty()) {
				byKey.putIfAbsent(key, i);
			}
		}
		TableLayout best = null;
		for (TableKind kind : TableKind.values()) {
			Map<Column, Integer> positions = new EnumMap<>(Column.class);
			Map<Column, String> headers = new EnumMap<>(Column.class);
			boolean complete = true;
			for (TableKind.ColumnSpec spec : kind.columns()) {
				Integer at = null;
				for (String label : spec.labels()) {
					at = byKey.get(TextKey.key(label));
					if (at != null) {
						break;
					}
				}
				if (at != null && !positions.containsValue(at)) {
					positions.put(spec.column(), at);
					headers.put(spec.column(), header.cell(at).text());
				}
				else if (spec.required()) {
					complete = false;
				}
			}
			if (kind == TableKind.FIGURES && !positions.containsKey(Column.ORG_CODE) && !positions.containsKey(Column.ORG_NAME)) {
				complete = false;
			}
			if (complete && (best == null || positions.size() > best.positions().size())) {
				List<String> unknown = new ArrayList<>();
				for (int i = 0; i < header.cells().size(); i++) {
					Cell c = header.cell(i);
					if (!c.isEmpty() && !positions.containsValue(i)) {
						unknown.add(c.text());
					}
				}
				best = new TableLayout(kind, header.sheet(), Map.copyOf(positions), Map.copyOf(headers), List.copyOf(unknown));
			}
		}
		return Optional.ofNullable(best);
	}

	public boolean has(Column column) {
		return index[column.ordinal()] >= 0;
	}

	/** The cell of {@code column} in {@code row}; an empty cell when the table has no such column. */
	public Cell cell(SourceRow row, Column column) {
		int at = index[column.ordinal()];
		return at < 0 ? Cell.EMPTY : row.cell(at);
	}

	/** The column's header as written in the file, or its Vietnamese label. */
	public String header(Column column) {
		String h = headers.get(column);
		if (h != null) {
			return h;
		}
		return kind.columns().stream().filter(s -> s.column() == column).findFirst()
			.map(s -> s.labels().getFirst()).orElse(column.name());
	}
}
