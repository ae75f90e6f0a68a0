package vn.blocstats.etl.table.wide;

import java.util.List;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.period.Period;

/**
 * What the header block of a wide-form sheet says (docs/import-formats.md, the wide form): where the unit is named, where
 * the period and notes are, which column holds which metric, and the period the title gives.
 * Positions are 0-based; -1 when the sheet has no such column.
 *
 * @param sheet the sheet's name (null for CSV)
 * @param headerRow the row number of the header block's first row (for sheet-level problems)
 * @param codeColumn the column of unit codes ("Mã đơn vị")
 * @param codeHeader its header as written, or null
 * @param nameColumn the column of unit names ("Tên đơn vị", "Tên tổ chức cơ sở đảng"…)
 * @param nameHeader its header as written, or null
 * @param periodColumn a column of periods ("Kỳ báo cáo"), which wins over the sheet's period
 * @param periodHeader its header as written, or null
 * @param noteColumn a "Ghi chú" column, whose text becomes each figure's note
 * @param metrics the columns that hold a metric, left to right
 * @param unknownColumns headers (group — part) that match no metric of the catalog: ignored
 * @param period the period of the whole sheet ("Kỳ báo cáo: Quý I/2022" above the table, else the
 *     title), or null when none was found
 * @param titles the texts above the header block (title lines), in reading order
 */
public record WideTable(String sheet, int headerRow, int codeColumn, String codeHeader, int nameColumn,
		String nameHeader, int periodColumn, String periodHeader, int noteColumn, List<MetricColumn> metrics,
		List<String> unknownColumns, Period period, List<String> titles) {

	public WideTable {
		metrics = List.copyOf(metrics);
		unknownColumns = List.copyOf(unknownColumns);
		titles = List.copyOf(titles);
	}

	/**
	 * A column holding one metric.
	 *
	 * @param position 0-based
	 * @param header the column's header as the office wrote it, group and part joined by " — "
	 *     ("Tinh giản biên chế — Cơ quan Đảng, đoàn thể"): what messages name
	 * @param metric the metric it was matched to
	 */
	public record MetricColumn(int position, String header, Metric metric) {
	}

	/** The header of the column that names the unit in {@code code}/{@code name} (for messages). */
	String unitHeader(boolean byCode) {
		return byCode ? codeHeader : nameHeader != null ? nameHeader : codeHeader;
	}

	/** True when the column at {@code position} holds a metric. */
	boolean isMetric(int position) {
		for (MetricColumn m : metrics) {
			if (m.position() == position) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when {@code cell} holds no figure: empty, or a dash or an "x" that offices write for
	 * "nothing to report".
	 */
	static boolean isBlank(Cell cell) {
		if (cell.number() != null || cell.date() != null) {
			return false;
		}
		String t = cell.text();
		if (t.isEmpty()) {
			return true;
		}
		return switch (TextKey.fold(t).strip()) {
			case "-", "--", "x", "\u2013", "\u2014", "\u2026", "..." -> true;
			default -> false;
		};
	}
}
