package vn.blocstats.etl.source.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.source.legacy.LegacyDetector;

/**
 * Finds a CSV file's encoding and separator and checks, in one streamed pass over the whole file
 * (never holding more than a buffer), that it is text: no NUL, few control characters, no record
 * longer than {@link #MAX_RECORD_CHARS}. A file without a byte-order mark is UTF-8 if it decodes
 * strictly as UTF-8 from end to end; otherwise the head's bytes decide between the legacy font
 * encodings TCVN3 and VNI-Windows and, by default, Windows-1258 ({@link LegacyDetector}; a second
 * pass). Stateless and thread-safe.
 */
final class CsvSniffer {

	/** How much of the head is looked at for the byte-order mark and the separator. */
	static final int HEAD_BYTES = 64 * 1024;

	/**
	 * The longest record (all its fields, quotes and separators) accepted, in characters. A record
	 * is held in memory whole by the parser, so an unclosed quote must not swallow the file; Excel
	 * itself allows 32,767 characters per cell.
	 */
	static final int MAX_RECORD_CHARS = 1 << 20;

	/** How many non-empty lines are looked at when the first one has no separator. */
	private static final int SEPARATOR_LINES = 20;

	/**
	 * What was found.
	 *
	 * @param encoding the encoding
	 * @param separator ',', ';' or tab (or what a "sep=" line says)
	 * @param separatorLine whether the first line is Excel's "sep=X" line, to be skipped
	 * @param separatorDefaulted whether no separator was seen at all (one column, or a guess)
	 */
	record Layout(TextEncoding encoding, char separator, boolean separatorLine, boolean separatorDefaulted) {
	}

	private CsvSniffer() {
	}

	static Layout sniff(Path file, String displayName) throws UnreadableFileException, IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD_BYTES);
		}
		TextEncoding known = byteOrderMark(head);
		if (known == null) {
			known = utf16WithoutBom(head);
		}
		String headText = known != null && known.isUtf16()
				? new String(head, known.bomLength(), head.length - known.bomLength(), known.charset())
				// Separators, quotes and line ends are ASCII in both UTF-8 and Windows-1258.
				: new String(head, known == null ? 0 : known.bomLength(), head.length - (known == null ? 0 : known.bomLength()),
						StandardCharsets.ISO_8859_1);
		char fallback = known != null && known.isUtf16() ? '\t' : ',';
		Layout layout = separator(headText, fallback, known);
		if (known != null) {
			try {
				scan(file, layout, displayName);
			} catch (CharacterCodingException broken) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, "Tệp văn bản bị hỏng: có chuỗi byte không hợp lệ"
						+ " với mã hóa " + known.label() + " (tệp bị cắt cụt hoặc ghép từ nhiều mã hóa)"), broken);
			}
			return layout;
		}
		Layout utf8 = new Layout(TextEncoding.UTF8, layout.separator(), layout.separatorLine(), layout.separatorDefaulted());
		try {
			scan(file, utf8, displayName);
			return utf8;
		} catch (CharacterCodingException notUtf8) {
			TextEncoding encoding = LegacyDetector.detect(head, head.length).map(TextEncoding::of).orElse(TextEncoding.WINDOWS_1258);
			Layout ansi = new Layout(encoding, layout.separator(), layout.separatorLine(), layout.separatorDefaulted());
			scan(file, ansi, displayName);
			return ansi;
		}
	}

	private static TextEncoding byteOrderMark(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return TextEncoding.UTF8_BOM;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return TextEncoding.UTF16LE_BOM;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return TextEncoding.UTF16BE_BOM;
		}
		return null;
	}

	/**
	 * UTF-16 without a byte-order mark, recognised by its zero bytes: the high byte of every ASCII
	 * character (digits, separators, spaces, most Vietnamese letters' base) is zero, always at the
	 * same parity. Binary junk has zeros at both parities.
	 */
	private static TextEncoding utf16WithoutBom(byte[] head) {
		int pairs = head.length / 2;
		if (pairs < 2) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i + 1 < head.length; i += 2) {
			zeroEven += head[i] == 0 ? 1 : 0;
			zeroOdd += head[i + 1] == 0 ? 1 : 0;
		}
		if (zeroOdd * 10 >= pairs * 3 && zeroEven * 100 <= pairs) {
			return TextEncoding.UTF16LE;
		}
		if (zeroEven * 10 >= pairs * 3 && zeroOdd * 100 <= pairs) {
			return TextEncoding.UTF16BE;
		}
		return null;
	}

	/**
	 * The separator: Excel's "sep=X" first line if there is one, else the most frequent of tab, ';'
	 * and ',' outside quotes on the first non-empty line (ties go to tab, then ';'). If that line has
	 * none (a title typed without separators), the next non-empty lines are looked at.
	 */
	static Layout separator(String head, char fallback, TextEncoding encoding) {
		int position = 0;
		int lines = 0;
		while (position < head.length() && lines < SEPARATOR_LINES) {
			int[] counts = new int[3];
			boolean inQuotes = false;
			int start = position;
			while (position < head.length()) {
				char c = head.charAt(position);
				if (c == '"') {
					inQuotes = !inQuotes;
				} else if (!inQuotes && (c == '\n' || c == '\r')) {
					break;
				} else if (!inQuotes) {
					counts[0] += c == '\t' ? 1 : 0;
					counts[1] += c == ';' ? 1 : 0;
					counts[2] += c == ',' ? 1 : 0;
				}
				position++;
			}
			String line = head.substring(start, position);
			while (position < head.length() && (head.charAt(position) == '\n' || head.charAt(position) == '\r')) {
				position++;
			}
			if (line.isBlank()) {
				continue;
			}
			if (lines == 0 && line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4)) {
				return new Layout(encoding, line.charAt(4), true, false);
			}
			lines++;
			int best = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
			if (counts[best] > 0) {
				return new Layout(encoding, "\t;,".charAt(best), false, false);
			}
		}
		return new Layout(encoding, fallback, false, true);
	}

	/**
	 * Reads the whole file once, following quotes as the parser will (a quote opens a quoted field
	 * only at the start of a field; "" inside is an escaped quote).
	 *
	 * @throws CharacterCodingException if a strict Unicode decoding fails
	 */
	private static void scan(Path file, Layout layout, String displayName) throws IOException, UnreadableFileException {
		char separator = layout.separator();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			in.skipNBytes(layout.encoding().bomLength());
			Reader reader = layout.encoding().reader(in);
			char[] buffer = new char[16 * 1024];
			long total = 0;
			long suspicious = 0;
			long line = 1;
			long recordLine = 1;
			long recordChars = 0;
			boolean inQuotes = false;
			boolean quotePending = false;
			boolean fieldStart = true;
			boolean previousCr = false;
			int read;
			while ((read = reader.read(buffer)) != -1) {
				for (int i = 0; i < read; i++) {
					char c = buffer[i];
					total++;
					if (c == '\r' || (c == '\n' && !previousCr)) {
						line++;
					}
					previousCr = c == '\r';
					if (c == 0) {
						throw new UnreadableFileException(ReaderSupport.aboutFile(displayName,
								"Không đọc được tệp: không phải CSV hay Excel (có ký tự NUL ở dòng " + line + ", như trong tệp nhị phân)"));
					}
					if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A)
							|| c == 0x7F || c == '\uFFFD') {
						suspicious++;
					}
					if (inQuotes) {
						if (!quotePending) {
							quotePending = c == '"';
							recordChars++;
						} else if (c == '"') {
							quotePending = false;
							recordChars++;
						} else {
							inQuotes = false;
							quotePending = false;
						}
					}
					if (!inQuotes) {
						if (c == '\n' || c == '\r') {
							recordChars = 0;
							recordLine = line;
							fieldStart = true;
							continue;
						}
						recordChars++;
						if (c == separator) {
							fieldStart = true;
						} else {
							inQuotes = c == '"' && fieldStart;
							fieldStart = false;
						}
					}
					if (recordChars > MAX_RECORD_CHARS) {
						throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, "Dòng " + recordLine + " dài quá "
								+ MAX_RECORD_CHARS + " ký tự: có thể một ô thiếu dấu ngoặc kép đóng (\")"));
					}
				}
			}
			if (suspicious * 100 > total) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName,
						"Không đọc được tệp: không phải CSV hay Excel (có nhiều ký tự điều khiển, như trong tệp nhị phân)"));
			}
		}
	}
}
