package vn.blocstats.etl.source.legacy;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One legacy encoding's tables, built from {@link CodeTables}: what a byte (or, in VNI, a base byte
 * and a mark byte) stands for, and the bytes of each letter. Immutable; thread-safe.
 */
final class Codec {

	/** The letter a single byte stands for, 0 where the byte keeps its ANSI character. */
	private final char[] singles = new char[256];

	/** VNI only: the letter of a base byte followed by a mark byte, keyed by {@code base << 8 | mark}. */
	private final Map<Integer, Character> pairs = new HashMap<>();

	/** The bytes of each letter the table defines. */
	private final Map<Character, byte[]> letters = new HashMap<>();

	/** The bytes from 0x80 up that the table gives a meaning (so that they cannot stand for themselves). */
	private final boolean[] used = new boolean[256];

	private final String label;

	private Codec(String label) {
		this.label = label;
	}

	/** TCVN3 (ABC): a byte per letter; {@code capitals} for the ".Vn…H" fonts, which draw every letter as a capital. */
	static Codec tcvn3(boolean capitals, String label) {
		Codec codec = new Codec(label);
		Map<Character, byte[]> table = CodeTables.parse(CodeTables.TCVN3);
		if (capitals) {
			for (char c = 'a'; c <= 'z'; c++) {
				codec.singles[c] = Character.toUpperCase(c);
			}
			// The capitals the regular fonts have (Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7) keep their own codes.
			table.forEach((letter, bytes) -> {
				if (Character.isUpperCase(letter)) {
					codec.letters.put(letter, bytes);
				}
			});
		}
		table.forEach((letter, bytes) -> {
			int b = bytes[0] & 0xFF;
			char shown = capitals ? Character.toUpperCase(letter) : letter;
			codec.singles[b] = shown;
			codec.used[b] = true;
			codec.letters.putIfAbsent(shown, bytes);
		});
		return codec;
	}

	/** VNI-Windows: a letter is a byte of its own, or a base byte followed by a mark byte. */
	static Codec vni(String label) {
		Codec codec = new Codec(label);
		CodeTables.parse(CodeTables.VNI_WINDOWS).forEach((letter, bytes) -> {
			codec.letters.put(letter, bytes);
			int first = bytes[0] & 0xFF;
			if (bytes.length == 1) {
				codec.singles[first] = letter;
				codec.used[first] = true;
			} else {
				int mark = bytes[1] & 0xFF;
				codec.pairs.put(first << 8 | mark, letter);
				codec.used[mark] = true;
			}
		});
		return codec;
	}

	/** Decodes bytes, longest match first, into {@code out} (not yet normalised). */
	void decode(byte[] bytes, int from, int to, StringBuilder out) {
		int i = from;
		while (i < to) {
			int b = bytes[i] & 0xFF;
			if (i + 1 < to && !pairs.isEmpty()) {
				Character pair = pairs.get(b << 8 | bytes[i + 1] & 0xFF);
				if (pair != null) {
					out.append(pair.charValue());
					i += 2;
					continue;
				}
			}
			char single = singles[b];
			out.append(single != 0 ? single : CodeTables.ansiChar(b));
			i++;
		}
	}

	String decode(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length);
		decode(bytes, 0, bytes.length, out);
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	String decode(CharSequence ansiText) {
		StringBuilder out = new StringBuilder(ansiText.length());
		byte[] run = new byte[ansiText.length()];
		int length = 0;
		for (int i = 0; i < ansiText.length(); i++) {
			char c = ansiText.charAt(i);
			int b = CodeTables.ansiByte(c);
			if (b >= 0) {
				run[length++] = (byte) b;
			} else {
				decode(run, 0, length, out);
				length = 0;
				out.append(c);
			}
		}
		decode(run, 0, length, out);
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	byte[] encode(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 16);
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			byte[] bytes = letters.get(c);
			if (bytes != null) {
				out.writeBytes(bytes);
				continue;
			}
			int b = CodeTables.ansiByte(c);
			if (b < 0 || used[b] || (singles[b] != 0 ? singles[b] : CodeTables.ansiChar(b)) != c) {
				throw new IllegalArgumentException("Ký tự '" + c + "' (U+" + String.format(Locale.ROOT, "%04X", (int) c)
						+ ") không viết được bằng bảng mã " + label + (Character.isLowerCase(c) && label.contains("hoa")
								? ": phông chữ hoa chỉ có chữ in hoa" : ""));
			}
			out.write(b);
		}
		return out.toByteArray();
	}
}
