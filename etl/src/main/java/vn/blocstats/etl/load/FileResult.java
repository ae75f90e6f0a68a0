package vn.blocstats.etl.load;

/**
 * What became of one file in an import run.
 *
 * @param name the file as named on the command line or in the inbox
 * @param tables the tables loaded from it ({@code units,figures}…), empty when none
 * @param status LOADED (every row), PARTIAL (some rows rejected), REJECTED (every row rejected),
 *     UNREADABLE (the file could not be read at all), FAILED (an error while loading; nothing loaded)
 *     or DUPLICATE (byte-identical to a file already loaded: skipped, nothing read)
 * @param read data rows read
 * @param loaded rows loaded (figures, units, terms, targets)
 * @param rejected rows rejected
 * @param warnings warnings
 * @param message for UNREADABLE and FAILED, what went wrong; for DUPLICATE, which load it repeats
 *     (Vietnamese); else null
 */
public record FileResult(String name, String tables, String status, long read, long loaded, long rejected, long warnings,
		String message) {

	public boolean unreadable() {
		return "UNREADABLE".equals(status) || "FAILED".equals(status);
	}
}
