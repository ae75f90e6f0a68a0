package vn.blocstats.etl.source;

import java.io.IOException;
import java.util.List;

/**
 * The rows of one source file, read forward once, sheet after sheet. Rows whose cells are all
 * empty are skipped. The first row returned for each sheet is that sheet's header row.
 * Not thread-safe.
 */
public interface RowSource extends AutoCloseable {

	/** The next row, or null at the end of the file. */
	SourceRow next() throws IOException;

	/** File-level notes in Vietnamese (a hidden sheet skipped, the encoding detected, …). */
	List<String> notes();

	@Override
	void close() throws IOException;
}
