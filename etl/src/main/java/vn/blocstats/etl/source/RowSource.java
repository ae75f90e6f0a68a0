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

	/**
	 * File-level notes in Vietnamese that the office should hear of (a hidden sheet skipped, a
	 * formula without a cached value, a wrong extension); an import reports them as warnings.
	 */
	List<String> notes();

	/** How the file was read, in Vietnamese (for a CSV: the encoding and separator detected); "" if nothing to say. */
	default String description() {
		return "";
	}

	@Override
	void close() throws IOException;
}
