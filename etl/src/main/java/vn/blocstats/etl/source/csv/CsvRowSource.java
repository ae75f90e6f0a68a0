package vn.blocstats.etl.source.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.UnreadableFileException;

/**
 * The rows of a CSV file as offices save it from Excel: UTF-8 with or without a byte-order mark,
 * UTF-16 with a byte-order mark ("Unicode text", tab-separated), Windows-1258, or typed in a legacy
 * font encoding (TCVN3, VNI-Windows: each cell converted to Unicode); ',', ';' or tab as separator;
 * fields in double quotes may hold separators, quotes ("") and line breaks.
 *
 * <p>Streamed: {@link #open} reads the file once to detect the encoding and refuse binary junk,
 * then the rows are parsed one at a time; at most one record (bounded by
 * {@link CsvSniffer#MAX_RECORD_CHARS}) is held in memory. Every cell is trimmed and normalised to
 * NFC; all-empty rows (blank lines, lines of separators only) are skipped; a row's number is the
 * physical line its record starts on, as a text editor shows it. Not thread-safe.
 */
public final class CsvRowSource implements RowSource {

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final int lineOffset;
	private final String description;
	private final TextEncoding encoding;

	private CsvRowSource(CSVParser parser, int lineOffset, String description, TextEncoding encoding) {
		this.parser = parser;
		this.encoding = encoding;
		this.records = parser.iterator();
		this.lineOffset = lineOffset;
		this.description = description;
	}

	/**
	 * Opens a CSV file.
	 *
	 * @param displayName the file's name for messages
	 * @throws UnreadableFileException if the file is binary junk, empty, or has a record longer than
	 *     the limit (an unclosed quote)
	 */
	public static RowSource open(Path file, String displayName) throws UnreadableFileException {
		CsvSniffer.Layout layout;
		try {
			layout = CsvSniffer.sniff(file, displayName);
		} catch (IOException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, "Không đọc được tệp văn bản (" + e.getMessage() + ")"), e);
		}
		InputStream in = null;
		try {
			in = Files.newInputStream(file);
			in.skipNBytes(layout.encoding().bomLength());
			BufferedReader reader = new BufferedReader(layout.encoding().reader(in), 64 * 1024);
			int lineOffset = 0;
			if (layout.separatorLine()) {
				reader.readLine();
				lineOffset = 1;
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
					.setDelimiter(layout.separator())
					.setQuote('"')
					.setEscape((Character) null)
					.setIgnoreEmptyLines(false)
					.setIgnoreSurroundingSpaces(false)
					.setTrim(false)
					.setTrailingData(true)
					.setLenientEof(true)
					.get();
			CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
			return new CsvRowSource(parser, lineOffset, note(layout), layout.encoding());
		} catch (IOException e) {
			UnreadableFileException failure = new UnreadableFileException(
					ReaderSupport.aboutFile(displayName, "Không đọc được tệp văn bản (" + e.getMessage() + ")"), e);
			if (in != null) {
				try {
					in.close();
				} catch (IOException suppressed) {
					failure.addSuppressed(suppressed);
				}
			}
			throw failure;
		}
	}

	private static String note(CsvSniffer.Layout layout) {
		char separator = layout.separator();
		String shown = separator == '\t' ? "tab" : "'" + separator + "'";
		String how = layout.separatorLine() ? " (theo dòng \"sep=" + separator + "\" đầu tệp)"
				: layout.separatorDefaulted() ? " (mặc định: các dòng đầu không có dấu phân cách nào)" : "";
		return "Mã hóa: " + layout.encoding().label() + "; dấu phân cách: " + shown + how;
	}

	@Override
	public SourceRow next() throws IOException {
		try {
			while (true) {
				long linesBefore = parser.getCurrentLineNumber();
				if (!records.hasNext()) {
					return null;
				}
				CSVRecord record = records.next();
				List<Cell> cells = new ArrayList<>(record.size());
				for (String value : record) {
					cells.add(Cell.text(ReaderSupport.cleanText(encoding.decodeCell(value))));
				}
				List<Cell> row = ReaderSupport.finishRow(cells);
				if (!row.isEmpty()) {
					return new SourceRow(null, Math.toIntExact(linesBefore + 1 + lineOffset), row);
				}
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	@Override
	public List<String> notes() {
		return List.of();
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
