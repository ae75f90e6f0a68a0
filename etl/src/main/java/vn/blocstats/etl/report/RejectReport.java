package vn.blocstats.etl.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.blocstats.warehouse.base.SpreadsheetText;

/**
 * The reject report of an import run: a CSV file in UTF-8 with a byte-order mark (so that Excel
 * opens it with the Vietnamese text intact), one line per rejected row, warning or information
 * (a correction), with file,
 * sheet, row, column, value and the reason in Vietnamese. Values are neutralised against
 * formula injection. Not thread-safe; one run writes one report.
 */
public final class RejectReport {

	static final String[] HEADER = { "Tệp", "Trang", "Dòng", "Cột", "Giá trị", "Mức độ", "Lý do", "Mã lỗi" };
	private static final String ERROR = "Lỗi";
	private static final String WARNING = "Cảnh báo";
	private static final String INFO = "Thông tin";

	private final Path file;

	private RejectReport(Path file) {
		this.file = file;
	}

	/** Creates (or empties) the report at {@code file} and writes its header. */
	public static RejectReport create(Path file) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				vn.blocstats.warehouse.base.OwnerOnly.createFolders(file.toAbsolutePath().getParent());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				write(out, null, List.of());
			}
			vn.blocstats.warehouse.base.OwnerOnly.file(file);
			return new RejectReport(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the reject report " + file, e);
		}
	}

	/**
	 * Writes a whole report to {@code out} — the byte-order mark, the header and the problems of
	 * {@code fileName} — exactly as a report file is written. Leaves {@code out} open.
	 */
	public static void write(OutputStream out, String fileName, List<Problem> problems) throws IOException {
		try (Lines lines = to(out)) {
			lines.add(fileName, problems);
		}
	}

	/**
	 * A report written to {@code out} line by line, in the format of a report file (the byte-order
	 * mark and the header are written at once): for a report too long to hold in memory, such as the
	 * download of a load's report on the dashboard. Closing it flushes and leaves {@code out} open.
	 */
	public static Lines to(OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL);
		p.printRecord((Object[]) HEADER);
		return new Lines(p);
	}

	/** The lines of a report being written to a stream ({@link #to}). Not thread-safe. */
	public static final class Lines implements Closeable {

		private final CSVPrinter printer;

		private Lines(CSVPrinter printer) {
			this.printer = printer;
		}

		/** Adds the problems of {@code fileName}. */
		public void add(String fileName, List<Problem> problems) throws IOException {
			print(printer, fileName, problems);
		}

		/** Flushes what was added; the stream stays open. */
		@Override
		public void close() throws IOException {
			printer.flush();
		}
	}

	/**
	 * The lines of a report file, as written (values neutralised against formula injection stay so):
	 * what a dry run found, read back for a screen.
	 */
	public static List<Line> read(Path file) {
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (r.read() != '\uFEFF') {
				throw new IllegalArgumentException("Not a reject report (no byte-order mark): " + file);
			}
			List<Line> out = new ArrayList<>();
			for (CSVRecord rec : CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
				String row = rec.get(2);
				Problem problem = new Problem(ERROR.equals(rec.get(5)) ? Problem.Severity.ERROR
						: INFO.equals(rec.get(5)) ? Problem.Severity.INFO : Problem.Severity.WARNING,
						blankToNull(rec.get(1)), row.isEmpty() ? 0 : Integer.parseInt(row), blankToNull(rec.get(3)),
						blankToNull(rec.get(4)), rec.get(6), rec.get(7));
				out.add(new Line(rec.get(0), problem));
			}
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the reject report " + file, e);
		}
	}

	/** One line of a report: a problem of the file named {@code fileName}. */
	public record Line(String fileName, Problem problem) {
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	/** Opens an existing report to add lines to it. */
	public static RejectReport existing(Path file) {
		return new RejectReport(file);
	}

	public Path file() {
		return file;
	}

	/** The most lines a file gets in a report; the rest are counted in one last line (all stay in the load history). */
	public static final int MAX_LINES_PER_FILE = 10_000;

	/**
	 * Appends the problems of {@code fileName}: the first {@value #MAX_LINES_PER_FILE}, then, when there
	 * are more, one line saying how many more there are (a file of a million bad rows would otherwise
	 * make a report of hundreds of megabytes; every problem is still in the warehouse's
	 * {@code load_issue}).
	 */
	public void append(String fileName, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		if (problems.size() > MAX_LINES_PER_FILE) {
			List<Problem> shown = new ArrayList<>(problems.subList(0, MAX_LINES_PER_FILE));
			shown.add(Problem.warning(null, 0, null, null, "report.truncated", problems.size() - MAX_LINES_PER_FILE, MAX_LINES_PER_FILE));
			problems = shown;
		}
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
				CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
			print(p, fileName, problems);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the reject report " + file, e);
		}
	}

	private static String label(Problem.Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		};
	}

	private static void print(CSVPrinter p, String fileName, List<Problem> problems) throws IOException {
		for (Problem pr : problems) {
			p.printRecord(SpreadsheetText.neutralise(fileName), SpreadsheetText.neutralise(pr.sheet()), pr.row() > 0 ? pr.row() : "",
					SpreadsheetText.neutralise(pr.column()), SpreadsheetText.neutralise(pr.value()), label(pr.severity()),
					SpreadsheetText.neutralise(pr.reason()), pr.rule());
		}
	}
}
