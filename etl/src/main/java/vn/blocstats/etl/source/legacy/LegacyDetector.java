package vn.blocstats.etl.source.legacy;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells, from its bytes, whether text that is not UTF-8 was typed in TCVN3 (ABC) or VNI-Windows
 * rather than saved as Windows-1258. CSV files carry no font name, so the bytes are read each of
 * the three ways and each reading is scored by how much of it is Vietnamese:
 *
 * <ul>
 * <li>a <em>word</em> is a run of letters and other non-ASCII characters (ASCII digits,
 * punctuation, separators and spaces end it); only words with a non-ASCII character count;
 * <li>a word is <em>plausible</em> if every character is a letter of the Vietnamese alphabet, it
 * carries at most one tone mark, its case is lower, upper or capitalised, and it is one Vietnamese
 * syllable: initial consonants (b, ch, ngh, qu, gi…), one vowel group (a, ươ, uyê…) and final
 * consonants (c, ch, m, n, ng, nh, p, t), or, without any vowel, an abbreviation ("TCCSĐ");
 * <li>the score of a reading is its plausible words minus its implausible ones.
 * </ul>
 *
 * The wrong readings fail in typical ways: TCVN3 read as Windows-1258 gives symbols inside words
 * ("Tæng sè ®¶ng"), VNI gives impossible vowel groups and letters ("Toång soá ñaûng"), and
 * Windows-1258 read as TCVN3 turns its separate tone-mark bytes into extra toned vowels. A legacy
 * encoding is chosen only if its score is positive and above Windows-1258's (ties keep
 * Windows-1258, as before).
 * Stateless and thread-safe.
 */
public final class LegacyDetector {

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final Set<Character> LETTERS = new HashSet<>();

	/** The vowel groups of Vietnamese syllables, without tone marks, lower case. */
	private static final Set<String> VOWEL_GROUPS = Set.of(
			"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
			"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
			"ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
			"iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");

	private static final String VOWELS = "aăâeêioôơuưy";

	/** The consonants a syllable may begin with ("" for none). */
	private static final Set<String> ONSETS = Set.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
			"ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

	/** The consonants a syllable may end with ("" for none). */
	private static final Set<String> CODAS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

	static {
		for (char c = 'a'; c <= 'z'; c++) {
			LETTERS.add(c);
			LETTERS.add(Character.toUpperCase(c));
		}
		CodeTables.parse(CodeTables.VNI_WINDOWS).keySet().forEach(LETTERS::add);
	}

	private LegacyDetector() {
	}

	/**
	 * The legacy encoding the bytes are in, if one reads as Vietnamese clearly better than
	 * Windows-1258 does.
	 *
	 * @param bytes the first part of a file (a CSV file's head), not UTF-8; a sequence cut at its end
	 *     does no harm
	 * @param length how many of the bytes to look at
	 * @return TCVN3 or VNI-Windows, or empty to keep Windows-1258
	 */
	public static Optional<LegacyEncoding> detect(byte[] bytes, int length) {
		byte[] head = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
		int windows1258 = score(Normalizer.normalize(new String(head, WINDOWS_1258), Normalizer.Form.NFC));
		int tcvn3 = score(LegacyEncoding.TCVN3.decode(head));
		int vni = score(LegacyEncoding.VNI_WINDOWS.decode(head));
		if (tcvn3 > 0 && tcvn3 > windows1258 && tcvn3 >= vni) {
			return Optional.of(LegacyEncoding.TCVN3);
		}
		if (vni > 0 && vni > windows1258 && vni > tcvn3) {
			return Optional.of(LegacyEncoding.VNI_WINDOWS);
		}
		return Optional.empty();
	}

	/** Plausible words minus implausible ones (words of ASCII only do not count). */
	static int score(String text) {
		int score = 0;
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean inWord = i < text.length() && isWordChar(text.charAt(i));
			if (inWord && start < 0) {
				start = i;
			} else if (!inWord && start >= 0) {
				String word = text.substring(start, i);
				start = -1;
				if (!word.chars().allMatch(c -> c < 0x80)) {
					score += plausible(word) ? 1 : -1;
				}
			}
		}
		return score;
	}

	private static boolean isWordChar(char c) {
		return c < 0x80 ? Character.isLetter(c) : !Character.isWhitespace(c) && !Character.isSpaceChar(c);
	}

	/** Whether a word (with a non-ASCII character) can be a Vietnamese syllable or abbreviation. */
	static boolean plausible(String word) {
		int tones = 0;
		boolean anyLower = false;
		boolean laterUpper = false;
		StringBuilder bare = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!LETTERS.contains(c)) {
				return false;
			}
			anyLower |= Character.isLowerCase(c);
			laterUpper |= i > 0 && Character.isUpperCase(c);
			String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			for (int j = 0; j < nfd.length(); j++) {
				char part = nfd.charAt(j);
				if ("\u0300\u0301\u0303\u0309\u0323".indexOf(part) >= 0) {
					tones++;
				} else {
					base.append(part);
				}
			}
			bare.append(Normalizer.normalize(base, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
		}
		if (tones > 1 || (anyLower && laterUpper)) {
			return false;
		}
		String letters = bare.toString();
		int vowel = 0;
		while (vowel < letters.length() && VOWELS.indexOf(letters.charAt(vowel)) < 0) {
			vowel++;
		}
		if (vowel == letters.length()) {
			// No vowel: an abbreviation such as "TCCSĐ".
			return true;
		}
		String onset = letters.substring(0, vowel);
		boolean vowelFollows = vowel + 1 < letters.length() && VOWELS.indexOf(letters.charAt(vowel + 1)) >= 0;
		if ((onset.equals("q") && letters.charAt(vowel) == 'u') || (onset.equals("g") && letters.charAt(vowel) == 'i' && vowelFollows)) {
			onset = letters.substring(0, ++vowel);
		}
		int end = vowel;
		while (end < letters.length() && VOWELS.indexOf(letters.charAt(end)) >= 0) {
			end++;
		}
		return ONSETS.contains(onset) && VOWEL_GROUPS.contains(letters.substring(vowel, end))
				&& CODAS.contains(letters.substring(end));
	}
}
