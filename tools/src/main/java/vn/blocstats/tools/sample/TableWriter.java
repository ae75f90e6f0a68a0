package vn.blocstats.tools.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes tables into one file of one format. Contract: the same tables give the same bytes (no
 * clocks, no host names, no hash ordering), and a CSV format takes exactly one table.
 */
interface TableWriter {

	void write(List<Table> tables, OutputStream out) throws IOException;
}
