package vn.blocstats.etl.source;

import java.text.Normalizer;
import java.util.List;

/**
 * Helpers shared by the readers in {@code source.csv} and {@code source.excel}: cleaning cell text,
 * finishing a row, wording a message about a file. Public only because the readers live in
 * sub-packages; other code should go through {@link Sources}. Stateless and thread-safe.
 */
public final class ReaderSupport {

	private ReaderSupport() {
	}

	/**
	 * The text of a cell as {@link Cell#text()} wants it: Unicode NFC (Windows-1258 and some Mac
	 * software give decomposed tone marks), without leading or trailing white space. Besides what
	 * {@link String#strip()} removes, the no-break spaces (U+00A0, U+2007, U+202F), the zero-width
	 * space (U+200B) and a stray byte-order mark (U+FEFF) are removed at both ends.
	 *
	 * @return the cleaned text, "" for null
	 */
	public static String cleanText(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

	/**
	 * The cells of a finished row: trailing empty cells dropped, the list made unmodifiable.
	 *
	 * @return an empty list if every cell is empty (the row is to be skipped)
	 */
	public static List<Cell> finishRow(List<Cell> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isEmpty()) {
			end--;
		}
		if (end == 0) {
			return List.of();
		}
		return List.copyOf(cells.subList(0, end));
	}

	/** A message about a file, naming it first: {@code "bao_cao.xls: Tệp rỗng"}. */
	public static String aboutFile(String displayName, String messageVi) {
		return displayName + ": " + messageVi;
	}
}
