package vn.blocstats.tools.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * A table as CSV in one of the CSV {@link OutputFormat}s: cells quoted when they hold the separator,
 * a quote or a line end; numbers Vietnamese style (2.096) or plain; dates d/M/yyyy. Windows-1258
 * text holds its tone marks as combining characters (Excel's way); a legacy format's text is the
 * bytes of its font encoding ({@link vn.blocstats.etl.source.legacy.LegacyEncoding#encode}). A
 * character the code page or encoding lacks is an error, never a '?'.
 */
final class CsvTableWriter implements TableWriter {

	private final OutputFormat format;

	CsvTableWriter(OutputFormat format) {
		this.format = format;
	}

	@Override
	public void write(List<Table> tables, OutputStream out) throws IOException {
		if (tables.size() != 1) {
			throw new IllegalArgumentException("a CSV file holds one table, not " + tables.size());
		}
		Table t = tables.getFirst();
		CsvLines lines = new CsvLines(format);
		CharsetEncoder encoder = format.legacy != null ? null
				: format.charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		out.write(format.bom);
		StringBuilder chunk = new StringBuilder(1 << 16);
		lines.append(chunk, t.header());
		for (List<Object> row : t.rows()) {
			lines.append(chunk, row);
			if (chunk.length() > 60_000) {
				flush(chunk, encoder, out);
			}
		}
		flush(chunk, encoder, out);
	}

	private void flush(StringBuilder chunk, CharsetEncoder encoder, OutputStream out) throws IOException {
		String text = format == OutputFormat.CSV_WINDOWS_1258 ? windows1258Form(chunk.toString()) : chunk.toString();
		if (format.legacy != null) {
			try {
				out.write(format.legacy.encode(text));
			}
			catch (IllegalArgumentException e) {
				throw new IOException("cannot write the table in " + format.legacy.label() + ": " + e.getMessage(), e);
			}
			chunk.setLength(0);
			return;
		}
		try {
			ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(text));
			out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
		}
		catch (CharacterCodingException e) {
			throw new IOException("cannot write the table in " + format.charset + ": " + e.getMessage(), e);
		}
		chunk.setLength(0);
	}

	/** Renders rows of cells as CSV lines of a format (also used by the national-scale writer). */
	static final class CsvLines {

		private final OutputFormat format;

		CsvLines(OutputFormat format) {
			this.format = format;
		}

		void append(StringBuilder sb, List<?> cells) {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					sb.append(format.separator);
				}
				String s = text(cells.get(i));
				if (s.indexOf(format.separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
					sb.append('"').append(s.replace("\"", "\"\"")).append('"');
				}
				else {
					sb.append(s);
				}
			}
			sb.append(format.lineEnd);
		}

		String text(Object cell) {
			return switch (cell) {
				case null -> "";
				case Long l -> format.vietnameseNumbers ? vietnamese(l) : Long.toString(l);
				case LocalDate d -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
				default -> cell.toString();
			};
		}
	}

	/** 2096 → "2.096". */
	static String vietnamese(long v) {
		String s = Long.toString(Math.abs(v));
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			if (i > 0 && (s.length() - i) % 3 == 0) {
				sb.append('.');
			}
			sb.append(s.charAt(i));
		}
		return (v < 0 ? "-" : "") + sb;
	}

	/**
	 * Vietnamese text the way Windows-1258 holds it: the letters with circumflex, breve or horn
	 * precomposed (as the code page has them), the five tone marks as combining characters.
	 */
	static String windows1258Form(String text) {
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(nfd.length());
		int i = 0;
		while (i < nfd.length()) {
			StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
			StringBuilder tones = new StringBuilder();
			while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
				char mark = nfd.charAt(i++);
				(isTone(mark) ? tones : base).append(mark);
			}
			out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		return out.toString();
	}

	private static boolean isTone(char c) {
		return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
	}
}
