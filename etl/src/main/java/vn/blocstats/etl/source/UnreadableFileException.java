package vn.blocstats.etl.source;

/**
 * A file that cannot be read at all (not a CSV or workbook, truncated, hostile); the message is
 * in Vietnamese and says what is wrong and, where possible, what to do.
 */
public class UnreadableFileException extends Exception {

	public UnreadableFileException(String messageVi, Throwable cause) {
		super(messageVi, cause);
	}

	public UnreadableFileException(String messageVi) {
		super(messageVi);
	}
}
