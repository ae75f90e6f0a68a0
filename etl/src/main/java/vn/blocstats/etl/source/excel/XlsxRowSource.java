package vn.blocstats.etl.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * The rows of an .xlsx workbook, streamed with POI's event API: {@link XSSFReader} for the parts,
 * {@link ReadOnlySharedStringsTable} and {@link StylesTable} loaded once, and each worksheet part
 * pulled row by row ({@link XlsxSheetReader}); never {@code XSSFWorkbook}. Memory holds the shared
 * strings, the styles and one row.
 *
 * <p>Sheets come in workbook order; hidden and very hidden sheets are skipped with a note. Before
 * anything is parsed the zip's directory is checked against {@link XlsxLimits} (declared sizes and
 * compression ratios), and POI's {@link ZipSecureFile} enforces the same limits on the bytes
 * actually inflated. {@link #open} reads ahead to the first row, so a workbook that is damaged or
 * hostile at its start fails there with {@link UnreadableFileException}; damage found later makes
 * {@link #next()} throw an {@link IOException} with a Vietnamese message. Text typed in a legacy
 * font (".VnTime", "VNI-Times", by the cell style's font) is converted to Unicode; the
 * {@link #description()} says so. Not thread-safe.
 */
public final class XlsxRowSource implements RowSource {

	static final String CORRUPT = "Tệp Excel bị hỏng hoặc không đầy đủ: hãy mở bằng Excel, kiểm tra và lưu lại";
	static final String ZIP_BOMB = "Tệp Excel bị từ chối: dữ liệu nén phình ra quá lớn (dấu hiệu 'bom nén' — zip bomb)";
	static final String ENTITIES_REFUSED = "Tệp Excel bị từ chối vì lý do an toàn: có khai báo DTD/thực thể XML"
			+ " (kiểu tấn công 'billion laughs')";
	private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("\\b[Ee]ntit(y|ies)\\b");
	private static final String STRICT_OOXML = "Tệp .xlsx dạng 'Strict Open XML' chưa đọc được: hãy mở bằng Excel và lưu lại"
			+ " dạng 'Excel Workbook (.xlsx)' thông thường";
	private static final String NOT_A_WORKBOOK = "Tệp nén (zip) này không phải sổ tính Excel .xlsx";

	private final String displayName;
	private final OPCPackage pkg;
	private final XSSFReader reader;
	private final SharedStrings sharedStrings;
	private final StylesTable styles;
	private final boolean date1904;
	private final Iterator<WorkbookIndex.Sheet> sheets;
	private final List<String> notes = new ArrayList<>();
	private final Set<LegacyEncoding> legacyConverted = EnumSet.noneOf(LegacyEncoding.class);
	private XlsxSheetReader current;
	private SourceRow readAhead;
	private boolean uncachedFormula;

	private XlsxRowSource(String displayName, OPCPackage pkg, XSSFReader reader, SharedStrings sharedStrings,
			StylesTable styles, WorkbookIndex index) {
		this.displayName = displayName;
		this.pkg = pkg;
		this.reader = reader;
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = index.date1904();
		List<WorkbookIndex.Sheet> visible = new ArrayList<>();
		for (WorkbookIndex.Sheet sheet : index.sheets()) {
			if (sheet.hidden()) {
				notes.add(ExcelValues.hiddenSheetNote(sheet.name()));
			} else {
				visible.add(sheet);
			}
		}
		this.sheets = visible.iterator();
	}

	/**
	 * Opens an .xlsx (or .xlsm) workbook.
	 *
	 * @param displayName the file's name for messages
	 * @throws UnreadableFileException if the package is damaged or truncated, not a workbook, too
	 *     large, a zip bomb, or declares XML entities
	 */
	public static RowSource open(Path file, String displayName) throws UnreadableFileException {
		XlsxLimits.apply();
		checkDirectory(file, displayName);
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg);
			WorkbookIndex index;
			try (InputStream workbook = limited(reader.getWorkbookData(), "xl/workbook.xml", XlsxLimits.MAX_WHOLE_PART_SIZE)) {
				index = WorkbookIndex.read(workbook);
			}
			if (index.sheets().isEmpty()) {
				// A Word or PowerPoint package: its main part is not a workbook, so it lists no sheets.
				throw new ExcelContentException(NOT_A_WORKBOOK);
			}
			XlsxRowSource source = new XlsxRowSource(displayName, pkg, reader, sharedStrings(pkg), styles(pkg), index);
			source.readAhead = source.fetch();
			return source;
		} catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
			UnreadableFileException failure = new UnreadableFileException(ReaderSupport.aboutFile(displayName, describe(e)), e);
			if (pkg != null) {
				pkg.revert();
			}
			throw failure;
		}
	}

	/** Checks the zip's central directory before POI parses anything. */
	private static void checkDirectory(Path file, String displayName) throws UnreadableFileException {
		try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
			boolean hasContentTypes = false;
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				String name = entry.getName();
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				hasContentTypes |= name.equals("[Content_Types].xml");
				if (size > XlsxLimits.limitFor(name)) {
					throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, tooLarge(name, XlsxLimits.limitFor(name))));
				}
				if (size > ZipSecureFile.getGraceEntrySize() && compressed > 0
						&& (double) compressed / size < XlsxLimits.MIN_INFLATE_RATIO) {
					throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, ZIP_BOMB + " (phần '" + name
							+ "': " + compressed + " byte nén thành " + size + " byte)"));
				}
			}
			if (!hasContentTypes) {
				throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, NOT_A_WORKBOOK));
			}
		} catch (IOException | RuntimeException e) {
			throw new UnreadableFileException(ReaderSupport.aboutFile(displayName, describe(e)), e);
		}
	}

	private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
		}
		PackagePart part = parts.get(0);
		try (InputStream in = limited(part.getInputStream(), part.getPartName().getName(), XlsxLimits.MAX_SHARED_STRINGS_SIZE)) {
			return new ReadOnlySharedStringsTable(in, false);
		}
	}

	private static StylesTable styles(OPCPackage pkg) throws IOException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			// A workbook written by other software may have no styles part: numbers are then not dates.
			return null;
		}
		PackagePart part = parts.get(0);
		try (InputStream in = limited(part.getInputStream(), part.getPartName().getName(), XlsxLimits.MAX_WHOLE_PART_SIZE)) {
			return new StylesTable(in);
		}
	}

	private static InputStream limited(InputStream in, String partName, long limit) {
		return new LimitedInputStream(in, limit, partName);
	}

	static String tooLarge(String partName, long limit) {
		return "Tệp Excel quá lớn: phần '" + partName + "' giải nén ra hơn " + (limit >> 20)
				+ " MiB; hãy chia thành nhiều tệp nhỏ hơn";
	}

	/** The Vietnamese reason for a failure, without the file name. */
	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ExcelContentException content) {
				return content.getMessage();
			}
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
				return ZIP_BOMB;
			}
			if (message.contains("DOCTYPE") || message.contains("DTD") || ENTITY.matcher(message).find()) {
				return ENTITIES_REFUSED;
			}
			if (message.contains("Strict OOXML")) {
				return STRICT_OOXML;
			}
			if (message.contains("No valid entries or contents found") || message.contains("not a valid OOXML")) {
				return NOT_A_WORKBOOK;
			}
		}
		return CORRUPT;
	}

	@Override
	public SourceRow next() throws IOException {
		if (readAhead != null) {
			SourceRow row = readAhead;
			readAhead = null;
			return row;
		}
		try {
			return fetch();
		} catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
			String where = current == null ? "" : " (trang '" + current.sheetName() + "', sau dòng " + current.lastRowNumber() + ")";
			throw new IOException(ReaderSupport.aboutFile(displayName, describe(e) + where), e);
		}
	}

	private SourceRow fetch() throws IOException, OpenXML4JException, XMLStreamException {
		while (true) {
			if (current == null) {
				if (!sheets.hasNext()) {
					return null;
				}
				WorkbookIndex.Sheet sheet = sheets.next();
				if (sheet.relationshipId() == null) {
					throw new ExcelContentException("Trang '" + sheet.name() + "' không có phần dữ liệu");
				}
				current = new XlsxSheetReader(sheet.name(), reader.getSheet(sheet.relationshipId()), sharedStrings, styles, date1904);
			}
			SourceRow row = current.next();
			if (row != null) {
				return row;
			}
			noteUncachedFormulas();
			legacyConverted.addAll(current.legacyConverted());
			XlsxSheetReader done = current;
			current = null;
			done.close();
		}
	}

	private void noteUncachedFormulas() {
		if (current != null && current.sawUncachedFormula() && !uncachedFormula) {
			uncachedFormula = true;
			notes.add("Có ô công thức chưa có giá trị lưu sẵn (tệp chưa được Excel tính lại): các ô đó được đọc là rỗng;"
					+ " hãy mở bằng Excel và lưu lại");
		}
	}

	@Override
	public List<String> notes() {
		noteUncachedFormulas();
		return List.copyOf(notes);
	}

	@Override
	public String description() {
		Set<LegacyEncoding> converted = EnumSet.noneOf(LegacyEncoding.class);
		converted.addAll(legacyConverted);
		if (current != null) {
			converted.addAll(current.legacyConverted());
		}
		return ExcelValues.legacyDescription(converted);
	}

	@Override
	public void close() throws IOException {
		try {
			if (current != null) {
				current.close();
			}
		} finally {
			current = null;
			pkg.revert();
		}
	}
}
