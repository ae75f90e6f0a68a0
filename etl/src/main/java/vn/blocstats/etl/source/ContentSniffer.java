package vn.blocstats.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells what a file really is from its first bytes, whatever its extension says. Stateless and
 * thread-safe.
 */
final class ContentSniffer {

	/** How many bytes of the head are looked at. */
	static final int HEAD_BYTES = 8 * 1024;

	/** What a file is. */
	enum Kind {
		/** Nothing in it (or only a byte-order mark and white space). */
		EMPTY,
		/** An Office Open XML package (zip): read as .xlsx. */
		XLSX,
		/** An OpenDocument spreadsheet (zip with an ODF mimetype). */
		ODS,
		/** An OLE2 compound file: read as .xls. */
		XLS,
		/** An HTML page (Excel "Web page" or a portal's export saved with a .xls name). */
		HTML,
		/** Excel's "XML Spreadsheet 2003". */
		XML_SPREADSHEET,
		/** A PDF, image or archive: certainly not a table. */
		OTHER_BINARY,
		/** Anything else: tried as CSV text (the CSV reader refuses binary junk). */
		TEXT
	}

	private static final byte[] ZIP = {'P', 'K', 3, 4};
	private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
	private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
	private static final byte[][] OTHER_SIGNATURES = {
			{'%', 'P', 'D', 'F'},
			{(byte) 0x89, 'P', 'N', 'G'},
			{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
			{'G', 'I', 'F', '8'},
			{'R', 'a', 'r', '!'},
			{'7', 'z', (byte) 0xBC, (byte) 0xAF},
			{0x1F, (byte) 0x8B},
	};

	private ContentSniffer() {
	}

	static Kind sniff(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD_BYTES);
		}
		return sniff(head);
	}

	static Kind sniff(byte[] head) {
		if (startsWith(head, ZIP)) {
			String ascii = new String(head, StandardCharsets.ISO_8859_1);
			return ascii.startsWith("mimetype", 30) && ascii.contains("application/vnd.oasis.opendocument") ? Kind.ODS : Kind.XLSX;
		}
		if (startsWith(head, ZIP_EMPTY)) {
			return Kind.OTHER_BINARY;
		}
		if (startsWith(head, OLE2)) {
			return Kind.XLS;
		}
		for (byte[] signature : OTHER_SIGNATURES) {
			if (startsWith(head, signature)) {
				return Kind.OTHER_BINARY;
			}
		}
		String text = headText(head);
		if (text.isBlank()) {
			// The reader of the whole file decides; a head of spaces is "empty" only if that is all there is.
			return head.length < HEAD_BYTES ? Kind.EMPTY : Kind.TEXT;
		}
		String start = text.stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
			return Kind.XML_SPREADSHEET;
		}
		if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
				|| start.startsWith("<meta") || start.startsWith("<head") || start.startsWith("<body")
				|| start.startsWith("mime-version:")
				|| (start.startsWith("<") && (start.contains("<html") || start.contains("<table")))) {
			return Kind.HTML;
		}
		return Kind.TEXT;
	}

	/** The head as text, good enough to recognise markup: UTF-16 if it has that BOM, else Latin-1. */
	private static String headText(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return decode(head, 2, StandardCharsets.UTF_16LE);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return decode(head, 2, StandardCharsets.UTF_16BE);
		}
		int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
		return decode(head, from, StandardCharsets.ISO_8859_1);
	}

	private static String decode(byte[] head, int from, Charset charset) {
		return new String(head, from, head.length - from, charset);
	}

	private static boolean startsWith(byte[] head, byte[] signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (head[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
