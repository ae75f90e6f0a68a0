package vn.blocstats.etl.load;

import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.table.TableLayout;
import vn.blocstats.etl.table.wide.WideTable;

/**
 * A data row together with the table it belongs to: a long-form table ({@code layout}) or a wide
 * one ({@code wide}, where {@code total} marks a total row, checked and never loaded).
 */
record TableRow(TableLayout layout, SourceRow row, WideTable wide, boolean total) {

	TableRow(TableLayout layout, SourceRow row) {
		this(layout, row, null, false);
	}
}
