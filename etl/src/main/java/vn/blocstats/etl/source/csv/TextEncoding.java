package vn.blocstats.etl.source.csv;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.blocstats.etl.source.legacy.LegacyEncoding;

/** The encodings offices' CSV files come in, with the length of their byte-order mark. */
enum TextEncoding {

	UTF8_BOM("UTF-8 có BOM", StandardCharsets.UTF_8, 3),
	UTF8("UTF-8 không BOM", StandardCharsets.UTF_8, 0),
	UTF16LE_BOM("UTF-16 LE có BOM", StandardCharsets.UTF_16LE, 2),
	UTF16BE_BOM("UTF-16 BE có BOM", StandardCharsets.UTF_16BE, 2),
	UTF16LE("UTF-16 LE không BOM", StandardCharsets.UTF_16LE, 0),
	UTF16BE("UTF-16 BE không BOM", StandardCharsets.UTF_16BE, 0),
	/** Vietnamese ANSI: tone marks decode as combining characters, so every cell is normalised to NFC. */
	WINDOWS_1258("Windows-1258", Charset.forName("windows-1258"), 0),
	/**
	 * Legacy font encodings: read byte for byte as ISO-8859-1 (separators, quotes and line ends are
	 * ASCII in both), each cell then converted by {@link #decodeCell}.
	 */
	TCVN3(LegacyEncoding.TCVN3),
	VNI_WINDOWS(LegacyEncoding.VNI_WINDOWS);

	private final String label;
	private final Charset charset;
	private final int bomLength;
	private final LegacyEncoding legacy;

	TextEncoding(String label, Charset charset, int bomLength) {
		this.label = label;
		this.charset = charset;
		this.bomLength = bomLength;
		this.legacy = null;
	}

	TextEncoding(LegacyEncoding legacy) {
		this.label = legacy.label();
		this.charset = StandardCharsets.ISO_8859_1;
		this.bomLength = 0;
		this.legacy = legacy;
	}

	/** The CSV encoding of a legacy font encoding detected from the bytes. */
	static TextEncoding of(LegacyEncoding legacy) {
		return legacy == LegacyEncoding.VNI_WINDOWS ? VNI_WINDOWS : TCVN3;
	}

	/** A cell's text as read by {@link #reader}, converted to Unicode if this is a legacy encoding. */
	String decodeCell(String read) {
		return legacy == null ? read : legacy.decode(read);
	}

	/** The Vietnamese name shown in notes. */
	String label() {
		return label;
	}

	Charset charset() {
		return charset;
	}

	/** How many bytes to skip at the start of the file. */
	int bomLength() {
		return bomLength;
	}

	boolean isUtf16() {
		return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
	}

	/**
	 * A reader of the bytes after the byte-order mark. Unicode encodings decode strictly (a malformed
	 * sequence is an error, never silently replaced); Windows-1258 replaces its few undefined bytes
	 * with U+FFFD.
	 */
	Reader reader(InputStream afterBom) {
		CodingErrorAction onError = this == WINDOWS_1258 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
		return new InputStreamReader(afterBom, decoder);
	}
}
