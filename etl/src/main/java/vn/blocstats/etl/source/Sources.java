package vn.blocstats.etl.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.blocstats.etl.source.csv.CsvRowSource;
import vn.blocstats.etl.source.excel.XlsRowSource;
import vn.blocstats.etl.source.excel.XlsxRowSource;

/**
 * Opens an office's file with the right reader, chosen by the file's content: a zip package is
 * read as .xlsx, an OLE2 compound file as .xls, anything else as CSV text. The extension only
 * decides the wording of messages; a file whose extension is wrong but whose content is good is
 * read, with a note. Stateless and thread-safe; each returned {@link RowSource} is not.
 */
public final class Sources {

	private Sources() {
	}

	/**
	 * Opens a file for reading.
	 *
	 * @param file the file on disk
	 * @param displayName the name the office gave the file (the upload's name), used in messages and
	 *     for its extension; {@code file}'s own name if null
	 * @return the rows, to be closed by the caller
	 * @throws UnreadableFileException with a Vietnamese message naming the file if it is empty, not a
	 *     table (an HTML page, a PDF, binary junk), damaged, or hostile (a zip bomb, XML entities)
	 */
	public static RowSource open(Path file, String displayName) throws UnreadableFileException {
		String name = displayName == null || displayName.isBlank() ? String.valueOf(file.getFileName()) : displayName;
		ContentSniffer.Kind kind;
		try {
			if (!Files.isRegularFile(file)) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(name, "Không tìm thấy tệp"));
			}
			kind = Files.size(file) == 0 ? ContentSniffer.Kind.EMPTY : ContentSniffer.sniff(file);
		} catch (IOException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(name, "Không mở được tệp (" + e.getMessage() + ")"), e);
		}
		String extension = extension(name);
		return switch (kind) {
			case EMPTY -> throw new UnreadableFileException(ReaderSupport.aboutFile(name, "Tệp rỗng"));
			case XLSX -> noted(XlsxRowSource.open(file, name), extension, "xlsx", "Excel .xlsx");
			case XLS -> noted(XlsRowSource.open(file, name), extension, "xls", "Excel .xls (97–2003)");
			case TEXT -> noted(CsvRowSource.open(file, name), extension, "csv", "văn bản CSV");
			case HTML -> throw new UnreadableFileException(ReaderSupport.aboutFile(name, "Tệp" + dotted(extension)
					+ " này thực ra là trang HTML: hãy mở bằng Excel và lưu lại dạng .xlsx"));
			case XML_SPREADSHEET -> throw new UnreadableFileException(ReaderSupport.aboutFile(name, "Tệp" + dotted(extension)
					+ " này thực ra là bảng tính XML 2003 (XML Spreadsheet): hãy mở bằng Excel và lưu lại dạng .xlsx"));
			case ODS -> throw new UnreadableFileException(ReaderSupport.aboutFile(name,
					"Tệp này là bảng tính OpenDocument (.ods): hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng .xlsx"));
			case OTHER_BINARY -> throw new UnreadableFileException(ReaderSupport.aboutFile(name,
					"Không đọc được tệp: không phải CSV hay Excel"));
		};
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String dotted(String extension) {
		return extension.isEmpty() ? "" : " ." + extension;
	}

	/** Adds a note when the extension says something else than the content. */
	private static RowSource noted(RowSource source, String extension, String expected, String what) {
		boolean matches = extension.equals(expected)
				|| (expected.equals("csv") && (extension.equals("txt") || extension.equals("tsv")))
				|| (expected.equals("xlsx") && extension.equals("xlsm"));
		if (matches) {
			return source;
		}
		String label = extension.isEmpty() ? "Tệp không có đuôi" : "Tệp có đuôi ." + extension;
		return new NotedRowSource(source, label + " nhưng nội dung là " + what + "; đã đọc theo nội dung");
	}

	/** A reader with a note of ours in front of its own. */
	private static final class NotedRowSource implements RowSource {

		private final RowSource delegate;
		private final String note;

		NotedRowSource(RowSource delegate, String note) {
			this.delegate = delegate;
			this.note = note;
		}

		@Override
		public SourceRow next() throws IOException {
			return delegate.next();
		}

		@Override
		public List<String> notes() {
			List<String> notes = new ArrayList<>();
			notes.add(note);
			notes.addAll(delegate.notes());
			return List.copyOf(notes);
		}

		@Override
		public String description() {
			return delegate.description();
		}

		@Override
		public void close() throws IOException {
			delegate.close();
		}
	}
}
