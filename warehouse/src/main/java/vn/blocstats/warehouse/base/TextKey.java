package vn.blocstats.warehouse.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation used everywhere a label or a name is matched.
 *
 * <p>{@link #nfc} brings text to Unicode NFC (offices' files may carry decomposed NFD text);
 * {@link #key} makes the matching key: case-, accent-, spacing- and punctuation-insensitive, so
 * "Mã đơn vị", "MA DON VI" and "ma_don_vi" all give {@code ma_don_vi}. The SQL macro
 * {@code text_key()} of migration V002 computes the same key inside DuckDB.
 */
public final class TextKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
	private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");

	private TextKey() {
	}

	/** NFC form of {@code s}, trimmed of surrounding white space (including no-break and thin spaces and a stray BOM); null stays null. */
	public static String nfc(String s) {
		if (s == null) {
			return null;
		}
		String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
		return EDGE_SPACE.matcher(n).replaceAll("");
	}

	/**
	 * {@code s} in lower case without diacritics ("Quý I / 2020" → "quy i / 2020", "Đảng" → "dang");
	 * spaces and punctuation are kept. Null gives "".
	 */
	public static String fold(String s) {
		if (s == null) {
			return "";
		}
		String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** The matching key of {@code s}: lower case ASCII letters and digits separated by single '_'. */
	public static String key(String s) {
		String d = NON_ALNUM.matcher(fold(s)).replaceAll("_");
		int from = 0;
		int to = d.length();
		while (from < to && d.charAt(from) == '_') {
			from++;
		}
		while (to > from && d.charAt(to - 1) == '_') {
			to--;
		}
		return d.substring(from, to);
	}
}
