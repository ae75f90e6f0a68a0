package vn.blocstats.etl.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.ReaderSupport;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * The rows of one worksheet part, pulled one {@code <row>} at a time from the sheet XML with a
 * StAX reader: memory holds one row, never the sheet. A pull parser rather than a SAX handler
 * because {@link vn.blocstats.etl.source.RowSource} is pulled; a SAX handler would need a second
 * thread or the whole sheet buffered. The XML factory is POI's hardened one (no DTD support) and a
 * DOCTYPE is refused outright, so entity expansion ("billion laughs") cannot happen.
 *
 * <p>Cells are taken by their raw value: {@code t="s"} shared string, {@code inlineStr},
 * {@code str} (a formula's cached text), {@code b} boolean, {@code e} error ("#DIV/0!"),
 * {@code d} ISO date, else a number ({@code <v>}; a formula's cached value), which is a date if its
 * style's number format is a date format. Text in a cell whose style's font is a legacy Vietnamese
 * font (".VnTime", "VNI-Times") is converted to Unicode ({@link LegacyEncoding#ofFont}); a cell
 * without a style has the workbook's default style 0. Not thread-safe.
 */
final class XlsxSheetReader implements AutoCloseable {

	private static final XMLInputFactory FACTORY = newFactory();

	private final String sheetName;
	private final InputStream in;
	private final XMLStreamReader xml;
	private final SharedStrings sharedStrings;
	private final StylesTable styles;
	private final boolean date1904;
	private final Map<Integer, Boolean> dateStyles = new HashMap<>();
	private final Map<Integer, Optional<LegacyEncoding>> fontEncodings = new HashMap<>();
	private final Set<LegacyEncoding> legacyConverted = EnumSet.noneOf(LegacyEncoding.class);
	private int lastRowNumber;
	private boolean finished;
	private boolean uncachedFormula;

	XlsxSheetReader(String sheetName, InputStream in, SharedStrings sharedStrings, StylesTable styles, boolean date1904)
			throws XMLStreamException {
		this.sheetName = sheetName;
		this.in = in;
		this.xml = FACTORY.createXMLStreamReader(in);
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLHelper.newXMLInputFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	String sheetName() {
		return sheetName;
	}

	/** The row number of the last row read (0 before the first). */
	int lastRowNumber() {
		return lastRowNumber;
	}

	/** Whether a formula cell without a cached value was met (a workbook never recalculated). */
	boolean sawUncachedFormula() {
		return uncachedFormula;
	}

	/** The legacy encodings whose text was converted to Unicode in this sheet so far. */
	Set<LegacyEncoding> legacyConverted() {
		return legacyConverted;
	}

	/** The next row with a non-empty cell, or null at the end of the sheet's data. */
	SourceRow next() throws XMLStreamException, IOException {
		while (!finished && xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new ExcelContentException(XlsxRowSource.ENTITIES_REFUSED);
			}
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
				List<Cell> cells = readRow();
				if (!cells.isEmpty()) {
					return new SourceRow(sheetName, lastRowNumber, cells);
				}
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
				// Merged regions: <mergeCells><mergeCell ref="A1:C2"/>… follow </sheetData> in the part.
				// To expose them with the rows (for multi-row headers), read on from here to collect
				// them, or pre-scan the part before the first row; this reader stops here for now.
				finished = true;
			}
		}
		finished = true;
		return null;
	}

	/** Reads a {@code <row>} up to its end tag; the reader stands on its start tag. */
	private List<Cell> readRow() throws XMLStreamException, IOException {
		String r = xml.getAttributeValue(null, "r");
		lastRowNumber = r == null ? lastRowNumber + 1 : parseRowNumber(r);
		List<Cell> cells = new ArrayList<>();
		int column = -1;
		long rowChars = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
				String reference = xml.getAttributeValue(null, "r");
				column = reference == null ? column + 1 : columnOf(reference);
				if (column >= XlsxLimits.MAX_COLUMNS) {
					throw new ExcelContentException("Ô " + reference + " nằm ngoài cột XFD, cột cuối cùng Excel cho phép");
				}
				Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
				rowChars += cell.text().length();
				if (rowChars > XlsxLimits.MAX_ROW_CHARS) {
					throw new ExcelContentException("Dòng " + lastRowNumber + " dài quá " + XlsxLimits.MAX_ROW_CHARS + " ký tự");
				}
				while (cells.size() <= column) {
					cells.add(Cell.EMPTY);
				}
				cells.set(column, cell);
			} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
				break;
			}
		}
		return ReaderSupport.finishRow(cells);
	}

	/** Reads a {@code <c>} up to its end tag; the reader stands on its start tag. */
	private Cell readCell(String type, String style) throws XMLStreamException, IOException {
		String value = null;
		StringBuilder inline = null;
		boolean formula = false;
		int phoneticDepth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = readText();
					case "f" -> formula = true;
					case "rPh" -> phoneticDepth++;
					case "t" -> {
						String text = readText();
						if (phoneticDepth == 0) {
							inline = inline == null ? new StringBuilder() : inline;
							inline.append(text);
							if (inline.length() > XlsxLimits.MAX_CELL_CHARS) {
								throw new ExcelContentException(cellTooLong());
							}
						}
					}
					default -> {
					}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("rPh")) {
					phoneticDepth--;
				} else if (name.equals("c")) {
					break;
				}
			}
		}
		if ("inlineStr".equals(type)) {
			return inline == null ? Cell.EMPTY : text(inline.toString(), style);
		}
		if (value == null) {
			uncachedFormula |= formula;
			return Cell.EMPTY;
		}
		if (type == null || type.equals("n")) {
			return numeric(value, style);
		}
		return switch (type) {
			case "s" -> text(sharedString(value), style);
			case "str" -> text(value, style);
			case "e" -> ExcelValues.text(value);
			case "b" -> ExcelValues.bool(value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
			case "d" -> isoDate(value);
			default -> text(value, style);
		};
	}

	/** A text cell, converted to Unicode if its style's font is a legacy one. */
	private Cell text(String raw, String style) {
		Optional<LegacyEncoding> legacy = fontEncoding(style);
		if (legacy.isEmpty()) {
			return ExcelValues.text(raw);
		}
		String converted = legacy.get().decodeFontText(raw);
		if (!converted.equals(raw)) {
			legacyConverted.add(legacy.get());
		}
		return ExcelValues.text(converted);
	}

	private Optional<LegacyEncoding> fontEncoding(String style) {
		if (styles == null) {
			return Optional.empty();
		}
		int index;
		try {
			index = style == null ? 0 : Integer.parseInt(style.trim());
		} catch (NumberFormatException badStyle) {
			return Optional.empty();
		}
		return fontEncodings.computeIfAbsent(index, this::fontEncodingOf);
	}

	private Optional<LegacyEncoding> fontEncodingOf(int styleIndex) {
		if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
			return Optional.empty();
		}
		XSSFCellStyle style = styles.getStyleAt(styleIndex);
		return style == null || style.getFont() == null ? Optional.empty() : LegacyEncoding.ofFont(style.getFont().getFontName());
	}

	/** The text content of the current element up to its end tag, bounded. */
	private String readText() throws XMLStreamException, IOException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					if (text.length() > XlsxLimits.MAX_CELL_CHARS) {
						throw new ExcelContentException(cellTooLong());
					}
				}
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new ExcelContentException(XlsxRowSource.ENTITIES_REFUSED);
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				default -> {
				}
			}
		}
		return text.toString();
	}

	private Cell numeric(String value, String style) {
		double number;
		try {
			number = Double.parseDouble(value.trim());
		} catch (NumberFormatException notANumber) {
			// Not what Excel writes; keep what is there for the office to see.
			return ExcelValues.text(value);
		}
		return isDateStyle(style) ? ExcelValues.date(number, date1904) : ExcelValues.number(number);
	}

	private Cell isoDate(String value) {
		String text = value.trim();
		try {
			java.time.LocalDate day = java.time.LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
			return new Cell(day.toString(), null, day);
		} catch (java.time.format.DateTimeParseException notIso) {
			return ExcelValues.text(value);
		}
	}

	private boolean isDateStyle(String style) {
		if (style == null || styles == null) {
			return false;
		}
		int index;
		try {
			index = Integer.parseInt(style.trim());
		} catch (NumberFormatException badStyle) {
			return false;
		}
		return dateStyles.computeIfAbsent(index, this::formatIsDate);
	}

	private boolean formatIsDate(int styleIndex) {
		if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
			return false;
		}
		XSSFCellStyle style = styles.getStyleAt(styleIndex);
		return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
	}

	private String sharedString(String value) throws ExcelContentException {
		try {
			return sharedStrings.getItemAt(Integer.parseInt(value.trim())).getString();
		} catch (RuntimeException badIndex) {
			throw new ExcelContentException("Ô tham chiếu tới chuỗi dùng chung không có (" + value + ") ở dòng " + lastRowNumber, badIndex);
		}
	}

	private String cellTooLong() {
		return "Một ô ở dòng " + lastRowNumber + " dài quá " + XlsxLimits.MAX_CELL_CHARS + " ký tự";
	}

	private int parseRowNumber(String r) throws ExcelContentException {
		try {
			return Integer.parseInt(r.trim());
		} catch (NumberFormatException e) {
			throw new ExcelContentException("Số dòng không hợp lệ trong trang tính: '" + r + "'", e);
		}
	}

	/** The 0-based column of a cell reference such as "B3" or "AA10". */
	static int columnOf(String reference) throws ExcelContentException {
		int column = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			if (column > XlsxLimits.MAX_COLUMNS) {
				break;
			}
			i++;
		}
		if (i == 0) {
			throw new ExcelContentException("Tham chiếu ô không hợp lệ: '" + reference + "'");
		}
		return column - 1;
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		} catch (XMLStreamException e) {
			IOException failure = new IOException(e);
			try {
				in.close();
			} catch (IOException suppressed) {
				failure.addSuppressed(suppressed);
			}
			throw failure;
		}
		in.close();
	}
}
