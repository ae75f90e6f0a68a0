package vn.blocstats.etl.source.legacy;

import java.util.Locale;
import java.util.Optional;

/**
 * The legacy Vietnamese font encodings offices' old files were typed in, with converters to Unicode
 * NFC and back. The code tables and their sources are described in {@code CodeTables}.
 *
 * <p>Two kinds of input are decoded:
 * <ul>
 * <li>the raw bytes of a file ({@link #decode(byte[])});
 * <li>the characters a Windows program made of those bytes: an Excel cell formatted with ".VnTime"
 * holds "Tæng sè ®¶ng viªn", each byte read as Windows-1252 ({@link #decode(CharSequence)}). A
 * reading with ISO-8859-1 gives the same characters except at 0x80–0x9F, and is accepted too.
 * </ul>
 * Bytes the encoding does not use stand for their Windows-1252 character, as the fonts draw them.
 * Stateless and thread-safe.
 */
public enum LegacyEncoding {

	/** TCVN 5712:1993 VN3, the "ABC" fonts (".VnTime", ".VnArial"): lower case, and the capitals Ă Â Ê Ô Ơ Ư Đ. */
	TCVN3("TCVN3 (ABC)", Codec.tcvn3(false, "TCVN3 (ABC)")),

	/**
	 * TCVN3 in the capitals fonts (".VnTimeH", ".VnArialH"): the same bytes, every letter drawn as a
	 * capital (ASCII letters too), so that "Tinh gi¶n" reads "TINH GIẢN".
	 */
	TCVN3_CAPITALS("TCVN3 (ABC), phông chữ hoa", Codec.tcvn3(true, "TCVN3 (ABC), phông chữ hoa")),

	/** VNI-Windows ("VNI-Times", "VNI-Helve"): a base letter followed by a mark byte, or a byte of its own. */
	VNI_WINDOWS("VNI-Windows", Codec.vni("VNI-Windows"));

	private final String label;
	private final Codec codec;

	LegacyEncoding(String label, Codec codec) {
		this.label = label;
		this.codec = codec;
	}

	/** The Vietnamese name shown to offices: "TCVN3 (ABC)", "VNI-Windows". */
	public String label() {
		return label;
	}

	/**
	 * The encoding a font stands for: a name beginning with ".Vn" (any case) is TCVN3, its capitals
	 * variant if the name ends with a capital "H" (".VnTimeH", ".VnArial NarrowH"); a name beginning
	 * with "VNI-" or "VNI " (any case) is VNI-Windows. Anything else, and null, is none.
	 */
	public static Optional<LegacyEncoding> ofFont(String fontName) {
		if (fontName == null) {
			return Optional.empty();
		}
		String name = fontName.strip();
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("vni-") || lower.startsWith("vni ")) {
			return Optional.of(VNI_WINDOWS);
		}
		if (lower.startsWith(".vn") && name.length() > 3) {
			return Optional.of(name.endsWith("H") ? TCVN3_CAPITALS : TCVN3);
		}
		return Optional.empty();
	}

	/** Decodes the raw bytes of text typed in this encoding into Unicode NFC. */
	public String decode(byte[] bytes) {
		return codec.decode(bytes);
	}

	/**
	 * Decodes the characters a Windows-1252 (or ISO-8859-1) reading made of text typed in this
	 * encoding into Unicode NFC. Characters no such reading produces (anything above U+00FF but the
	 * typographic ones of Windows-1252) cannot come from the legacy bytes and are kept as they are.
	 */
	public String decode(CharSequence ansiText) {
		return codec.decode(ansiText);
	}

	/**
	 * The text of a cell shown in a font of this encoding, in Unicode NFC. Text pasted in Unicode
	 * into a cell formatted with a legacy font is left as it is: a cell holding a character no
	 * Windows-1252 reading produces (ư, ơ, ạ, a combining mark…), and a cell that reads as Vietnamese
	 * better as it is than decoded ({@link LegacyDetector}'s score: "Tên đơn vị", not "Tờn"). Other
	 * text is decoded as by {@link #decode(CharSequence)}; where both readings are equally plausible
	 * ("Tên" and "Tờn") the font decides. Thread-safe.
	 */
	public String decodeFontText(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (CodeTables.ansiByte(text.charAt(i)) < 0) {
				return text;
			}
		}
		String decoded = codec.decode(text);
		return LegacyDetector.score(text) > LegacyDetector.score(decoded) ? text : decoded;
	}

	/**
	 * Encodes Unicode text (NFC or NFD) into the bytes of this encoding, such that
	 * {@code decode(encode(text))} is {@code text} in NFC.
	 *
	 * @throws IllegalArgumentException naming the first character this encoding cannot write: a
	 *     capital with a tone mark in {@link #TCVN3} (it needs the capitals font), any lower-case
	 *     letter in {@link #TCVN3_CAPITALS}, a character outside Windows-1252, or one whose byte the
	 *     encoding uses for a letter
	 */
	public byte[] encode(String text) {
		return codec.encode(text);
	}

	/**
	 * Encodes as {@link #encode} and shows the bytes as Windows-1252 characters: the text an Excel
	 * cell formatted with a font of this encoding holds ("Tæng sè ®¶ng viªn").
	 */
	public String encodeToAnsiText(String text) {
		byte[] bytes = encode(text);
		char[] chars = new char[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			chars[i] = CodeTables.ansiChar(bytes[i]);
		}
		return new String(chars);
	}
}
