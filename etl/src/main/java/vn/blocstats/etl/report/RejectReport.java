package vn.blocstats.etl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.blocstats.warehouse.base.SpreadsheetText;

/**
 * The reject report of an import run: a CSV file in UTF-8 with a byte-order mark (so that Excel
 * opens it with the Vietnamese text intact), one line per rejected row or warning, with file,
 * sheet, row, column, value and the reason in Vietnamese. Values are neutralised against
 * formula injection. Not thread-safe; one run writes one report.
 */
public final class RejectReport {

	static final String[] HEADER = { "Tệp", "Trang", "Dòng", "Cột", "Giá trị", "Mức độ", "Lý do", "Mã lỗi" };

	private final Path file;

	private RejectReport(Path file) {
		this.file = file;
	}

	/** Creates (or empties) the report at {@code file} and writes its header. */
	public static RejectReport create(Path file) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (OutputStream out = Files.newOutputStream(file); Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				w.write('\uFEFF');
				try (CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
					p.printRecord((Object[]) HEADER);
				}
			}
			return new RejectReport(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the reject report " + file, e);
		}
	}

	/** Opens an existing report to add lines to it. */
	public static RejectReport existing(Path file) {
		return new RejectReport(file);
	}

	public Path file() {
		return file;
	}

	/** Appends the problems of {@code fileName}. */
	public void append(String fileName, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
				CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
			for (Problem pr : problems) {
				p.printRecord(SpreadsheetText.neutralise(fileName), SpreadsheetText.neutralise(pr.sheet()),
						pr.row() > 0 ? pr.row() : "", SpreadsheetText.neutralise(pr.column()),
						SpreadsheetText.neutralise(pr.value()), pr.isError() ? "Lỗi" : "Cảnh báo",
						SpreadsheetText.neutralise(pr.reason()), pr.rule());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the reject report " + file, e);
		}
	}
}
