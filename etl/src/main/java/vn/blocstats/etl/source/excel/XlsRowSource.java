package vn.blocstats.etl.source.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * The rows of an old .xls workbook (Excel 97–2003, BIFF8), read with HSSF's user model: the whole
 * workbook is loaded in {@link #open} (an .xls holds at most 65,536 rows per sheet), the file is
 * closed at once, and rows are then handed out one by one. Same cell semantics as
 * {@link XlsxRowSource}: text trimmed and NFC, numbers in plain machine form, date-formatted numbers
 * as dates, formulas by their cached value, booleans "TRUE"/"FALSE", errors by their code
 * ("#DIV/0!"); hidden sheets skipped with a note; text in a legacy font (".VnTime", "VNI-Times", by
 * the cell style's font) converted to Unicode. Not thread-safe.
 */
public final class XlsRowSource implements RowSource {

	/**
	 * The largest .xls accepted. HSSF holds the whole workbook in memory, several times the file's
	 * size; a full .xls (65,536 rows by 256 columns) of real figures stays well below this.
	 */
	static final long MAX_FILE_SIZE = 100L * 1024 * 1024;

	private final HSSFWorkbook workbook;
	private final boolean date1904;
	private final Iterator<Sheet> sheets;
	private final List<String> notes;
	private final Map<Short, Optional<LegacyEncoding>> fontEncodings = new HashMap<>();
	private final Set<LegacyEncoding> legacyConverted = EnumSet.noneOf(LegacyEncoding.class);
	private Sheet sheet;
	private Iterator<Row> rows;

	private XlsRowSource(HSSFWorkbook workbook) {
		this.workbook = workbook;
		this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
		List<Sheet> visible = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
				notes.add(ExcelValues.hiddenSheetNote(workbook.getSheetName(i)));
			} else {
				visible.add(workbook.getSheetAt(i));
			}
		}
		this.sheets = visible.iterator();
		this.notes = List.copyOf(notes);
	}

	/**
	 * Opens an .xls workbook.
	 *
	 * @param displayName the file's name for messages
	 * @throws UnreadableFileException if the file is damaged, password-protected, from Excel 5.0/95,
	 *     or an OLE2 document that is not a workbook (a Word .doc)
	 */
	public static RowSource open(Path file, String displayName) throws UnreadableFileException {
		try {
			if (Files.size(file) > MAX_FILE_SIZE) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, "Tệp .xls quá lớn (hơn " + (MAX_FILE_SIZE >> 20)
						+ " MiB, mà dạng .xls phải nạp cả tệp vào bộ nhớ): hãy mở bằng Excel và lưu lại dạng .xlsx"));
			}
		} catch (IOException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, "Không mở được tệp (" + e.getMessage() + ")"), e);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, passwordMessage()));
			}
			if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK")) {
				String message = root.hasEntry("Book")
						? oldExcelMessage()
						: "Tệp Office này không phải sổ tính Excel (có thể là tài liệu Word): không phải CSV hay Excel";
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, message));
			}
			// Not preserving the nodes: the workbook needs nothing more from the file once built.
			return new XlsRowSource(new HSSFWorkbook(root, false));
		} catch (OldExcelFormatException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, oldExcelMessage()), e);
		} catch (EncryptedDocumentException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, passwordMessage()), e);
		} catch (IOException | RuntimeException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, XlsxRowSource.CORRUPT), e);
		}
	}

	private static String passwordMessage() {
		return "Tệp Excel được đặt mật khẩu: hãy gỡ mật khẩu và lưu lại dạng .xlsx";
	}

	private static String oldExcelMessage() {
		return "Tệp Excel 5.0/95 quá cũ: hãy mở bằng Excel và lưu lại dạng .xlsx";
	}

	@Override
	public SourceRow next() {
		while (true) {
			if (rows == null || !rows.hasNext()) {
				if (!sheets.hasNext()) {
					return null;
				}
				// Merged regions are at hand here (sheet.getMergedRegions()) if a later change needs them.
				sheet = sheets.next();
				rows = sheet.rowIterator();
				continue;
			}
			Row row = rows.next();
			List<Cell> cells = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Cell cell : row) {
				int column = cell.getColumnIndex();
				while (cells.size() <= column) {
					cells.add(Cell.EMPTY);
				}
				cells.set(column, cell(cell));
			}
			List<Cell> finished = ReaderSupport.finishRow(cells);
			if (!finished.isEmpty()) {
				return new SourceRow(sheet.getSheetName(), row.getRowNum() + 1, finished);
			}
		}
	}

	private Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? ExcelValues.date(cell.getNumericCellValue(), date1904)
					: ExcelValues.number(cell.getNumericCellValue());
			case STRING -> ExcelValues.text(legacyText(cell));
			case BOOLEAN -> ExcelValues.bool(cell.getBooleanCellValue());
			case ERROR -> ExcelValues.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
			default -> Cell.EMPTY;
		};
	}

	/** A text cell's string, converted to Unicode if its style's font is a legacy one. */
	private String legacyText(org.apache.poi.ss.usermodel.Cell cell) {
		String raw = cell.getStringCellValue();
		org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
		Optional<LegacyEncoding> legacy = style == null ? Optional.empty() : fontEncodings.computeIfAbsent(style.getIndex(),
				index -> LegacyEncoding.ofFont(workbook.getFontAt(style.getFontIndex()).getFontName()));
		if (legacy.isEmpty()) {
			return raw;
		}
		String converted = legacy.get().decodeFontText(raw);
		if (!converted.equals(raw)) {
			legacyConverted.add(legacy.get());
		}
		return converted;
	}

	@Override
	public List<String> notes() {
		return notes;
	}

	@Override
	public String description() {
		return ExcelValues.legacyDescription(legacyConverted);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
