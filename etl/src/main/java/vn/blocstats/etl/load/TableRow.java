package vn.blocstats.etl.load;

import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.table.TableLayout;

/** A data row together with the layout of the table it belongs to. */
record TableRow(TableLayout layout, SourceRow row) {
}
