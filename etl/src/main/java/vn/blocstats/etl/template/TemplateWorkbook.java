package vn.blocstats.etl.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.blocstats.etl.table.wide.WideHeader;
import vn.blocstats.warehouse.base.SpreadsheetText;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * Writes an office's workbook (.xlsx) for a committee and a half-year: a file the import's wide-form
 * reader (docs/import-formats.md, the wide form) reads back with no warning and every unit by its code.
 *
 * <ul>
 * <li>sheet {@value #DATA} — the title lines (province, committee, "BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM
 * 2026", "Kỳ báo cáo: 6 tháng đầu năm 2026"), a two-row header ("STT", "Mã đơn vị", "Tên đơn vị",
 * one column per metric, a total's group label merged over "Tổng số" and its parts), a bold
 * section row per kind of unit (no code, no value: the import skips it), one row per unit with its
 * code and name, and the "Tổng cộng" row of SUM formulas (the import checks it against the units'
 * rows and never loads it). Everything is locked but the value cells (sheet protection without a
 * password); the value cells accept only whole numbers ≥ 0 (Excel's and LibreOffice's validation,
 * with a Vietnamese message); the header and the code and name columns are frozen; printed A4
 * landscape, fit to the page's width, the header repeated on every page;</li>
 * <li>sheet {@value #GUIDE} — the instructions in Vietnamese;</li>
 * <li>sheet {@value #PREVIOUS} — the previous half-year's values of each unit, for comparison.</li>
 * </ul>
 * The last two begin with {@link WideHeader#REFERENCE_PAGE}: the import skips them without a word.
 */
public final class TemplateWorkbook {

	public static final String DATA = "Số liệu";
	public static final String GUIDE = "Hướng dẫn";
	public static final String PREVIOUS = "Kỳ trước";
	/** The 0-based row of the header's first row on the data sheet. */
	public static final int HEADER_ROW = 5;
	/** The columns before the metrics: STT, code, name. */
	public static final int FIRST_METRIC_COLUMN = 3;
	static final String TOTAL_LABEL = "Tổng cộng";
	private static final long MAX_VALUE = 100_000_000L;
	/** About how many characters of the instructions fit on a line of their column (78 characters wide, 12 pt: A4 portrait). */
	private static final int GUIDE_CHARS_PER_LINE = 68;

	private TemplateWorkbook() {
	}

	/** Writes the workbook of {@code t} to {@code out} (left open). */
	public static void write(TemplateContent t, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = build(t)) {
			wb.write(out);
		}
	}

	/** The workbook of {@code t}, formulas evaluated (the caller closes it). */
	public static XSSFWorkbook build(TemplateContent t) {
		XSSFWorkbook wb = new XSSFWorkbook();
		Styles s = new Styles(wb);
		data(wb, s, t);
		guide(wb, s, t);
		previous(wb, s, t);
		wb.setActiveSheet(0);
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		wb.setForceFormulaRecalculation(true);
		return wb;
	}

	/** The 0-based row of the first unit's section row; units follow as {@link #unitRows}. */
	static int bodyStart() {
		return HEADER_ROW + 2;
	}

	private static void data(XSSFWorkbook wb, Styles s, TemplateContent t) {
		XSSFSheet sh = wb.createSheet(DATA);
		List<TemplateContent.Column> cols = t.columns();
		int lastCol = FIRST_METRIC_COLUMN + cols.size() - 1;
		String period = TemplateContent.periodText(t.period());
		title(sh, 0, t.provinceName() == null ? "" : "ĐẢNG BỘ " + upper(t.provinceName()), s.titleLeft);
		title(sh, 1, upper(t.committeeName()), s.titleLeft);
		title(sh, 2, "BÁO CÁO SỐ LIỆU " + upper(period), s.title);
		sh.addMergedRegion(new CellRangeAddress(2, 2, 0, Math.max(lastCol, 6)));
		Row kỳ = sh.createRow(3);
		cell(kỳ, 0, "Kỳ báo cáo: " + period, s.periodLine);
		cell(kỳ, FIRST_METRIC_COLUMN, "Mã đảng bộ: " + t.committeeCode(), s.plain);

		Row h1 = sh.createRow(HEADER_ROW);
		Row h2 = sh.createRow(HEADER_ROW + 1);
		String[] fixed = { "STT", "Mã đơn vị", "Tên đơn vị" };
		for (int c = 0; c < fixed.length; c++) {
			cell(h1, c, fixed[c], s.header);
			cell(h2, c, "", s.header);
			sh.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
		}
		int longest = 0;
		for (int i = 0; i < cols.size(); i++) {
			TemplateContent.Column col = cols.get(i);
			int c = FIRST_METRIC_COLUMN + i;
			if (col.group() == null) {
				cell(h1, c, col.label(), s.header);
				cell(h2, c, "", s.header);
				sh.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
				longest = Math.max(longest, col.label().length() / 2);
			}
			else {
				boolean first = i == 0 || !col.group().equals(cols.get(i - 1).group());
				cell(h1, c, first ? col.group() : "", s.header);
				cell(h2, c, col.label(), s.header);
				longest = Math.max(longest, col.label().length());
				if (first) {
					int end = i;
					while (end + 1 < cols.size() && col.group().equals(cols.get(end + 1).group())) {
						end++;
					}
					if (end > i) {
						sh.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, c, FIRST_METRIC_COLUMN + end));
					}
				}
			}
			sh.setColumnWidth(c, 14 * 256);
		}
		h1.setHeightInPoints(48);
		h2.setHeightInPoints(Math.max(32, 16 * (1 + longest / 13)));
		sh.setColumnWidth(0, 6 * 256);
		sh.setColumnWidth(1, 15 * 256);
		sh.setColumnWidth(2, 42 * 256);

		int r = bodyStart();
		int firstUnitRow = -1;
		int lastUnitRow = -1;
		String[] roman = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
		int stt = 0;
		int section = 0;
		for (TemplateContent.Section sec : t.sections()) {
			Row row = sh.createRow(r++);
			cell(row, 0, section < roman.length ? roman[section] : String.valueOf(section + 1), s.section);
			section++;
			cell(row, 1, "", s.section);
			cell(row, 2, sec.label() + " (" + sec.units().size() + ")", s.section);
			for (int c = FIRST_METRIC_COLUMN; c <= lastCol; c++) {
				cell(row, c, "", s.section);
			}
			for (Unit u : sec.units()) {
				Row ur = sh.createRow(r);
				firstUnitRow = firstUnitRow < 0 ? r : firstUnitRow;
				lastUnitRow = r;
				r++;
				Cell n = ur.createCell(0);
				n.setCellValue(++stt);
				n.setCellStyle(s.stt);
				cell(ur, 1, SpreadsheetText.neutralise(u.code()), s.code);
				cell(ur, 2, SpreadsheetText.neutralise(u.name()), s.name);
				for (int c = FIRST_METRIC_COLUMN; c <= lastCol; c++) {
					ur.createCell(c).setCellStyle(s.value);
				}
			}
		}
		Row total = sh.createRow(r);
		cell(total, 0, "", s.total);
		cell(total, 1, "", s.total);
		cell(total, 2, TOTAL_LABEL, s.total);
		for (int c = FIRST_METRIC_COLUMN; c <= lastCol; c++) {
			Cell f = total.createCell(c);
			f.setCellStyle(s.totalNumber);
			if (firstUnitRow >= 0) {
				String col = CellReference.convertNumToColString(c);
				f.setCellFormula("SUM(" + col + (firstUnitRow + 1) + ":" + col + (lastUnitRow + 1) + ")");
			}
			else {
				f.setCellValue(0);
			}
		}
		r += 2;
		cell(sh.createRow(r++), 0, "Ghi chú: chỉ nhập số vào các ô màu vàng; dòng Tổng cộng tự cộng, không sửa.", s.note);
		cell(sh.createRow(r + 1), 2, "Người lập biểu", s.signature);
		cell(sh.getRow(r + 1), Math.max(lastCol - 2, 4), "T/M BAN THƯỜNG VỤ", s.signature);

		if (firstUnitRow >= 0 && lastCol >= FIRST_METRIC_COLUMN) {
			validate(sh, new CellRangeAddressList(firstUnitRow, lastUnitRow, FIRST_METRIC_COLUMN, lastCol), cols);
		}
		sh.createFreezePane(FIRST_METRIC_COLUMN, HEADER_ROW + 2);
		sh.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
		print(sh, true);
		sh.lockFormatColumns(false);
		sh.lockFormatRows(false);
		sh.lockSelectLockedCells(false);
		sh.lockSelectUnlockedCells(false);
		sh.enableLocking();
	}

	/**
	 * Whole numbers from 0 on in every value cell (every metric the import reads is a count), with
	 * Excel's error box in Vietnamese.
	 */
	private static void validate(XSSFSheet sh, CellRangeAddressList cells, List<TemplateContent.Column> cols) {
		DataValidationHelper help = sh.getDataValidationHelper();
		DataValidationConstraint whole = help.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0",
				String.valueOf(MAX_VALUE));
		DataValidation v = help.createValidation(whole, cells);
		v.setErrorStyle(DataValidation.ErrorStyle.STOP);
		v.setShowErrorBox(true);
		v.createErrorBox("Giá trị không hợp lệ", "Chỉ nhập số nguyên từ 0 trở lên (số người, số tổ chức, số lượt…), "
				+ "không nhập chữ, số thập phân hay số âm. Để trống nếu không có số liệu.");
		v.setShowPromptBox(true);
		v.createPromptBox("Nhập số", "Số nguyên ≥ 0; để trống nếu không có số liệu.");
		v.setEmptyCellAllowed(true);
		sh.addValidationData(v);
	}

	private static void print(XSSFSheet sh, boolean landscape) {
		PrintSetup ps = sh.getPrintSetup();
		ps.setLandscape(landscape);
		ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
		ps.setFitWidth((short) 1);
		ps.setFitHeight((short) 0);
		sh.setFitToPage(true);
		sh.setAutobreaks(true);
		sh.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
		sh.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
		sh.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
		sh.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.5);
	}

	private static void guide(XSSFWorkbook wb, Styles s, TemplateContent t) {
		XSSFSheet sh = wb.createSheet(GUIDE);
		sh.setColumnWidth(0, 78 * 256);
		String period = TemplateContent.periodText(t.period());
		String previous = TemplateContent.periodText(TemplateContent.previous(t.period()));
		List<String> lines = List.of(WideHeader.REFERENCE_PAGE,
				"HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO SỐ LIỆU",
				"Mẫu của " + t.committeeName() + " (mã " + t.committeeCode() + "), kỳ báo cáo " + period + ".",
				"",
				"1. Chỉ nhập số vào các ô màu vàng ở trang “" + DATA + "”, mỗi đơn vị một dòng. Mã đơn vị, tên đơn vị, tiêu đề và kỳ báo cáo đã điền sẵn và bị khóa: không sửa.",
				"2. Mỗi ô là một số nguyên từ 0 trở lên (số người, số tổ chức, số lượt…). Không nhập chữ, dấu phẩy thập phân hay số âm; Excel và LibreOffice sẽ từ chối.",
				"3. Không có số liệu thì để trống ô (không ghi 0 nếu không biết). Số đảng viên, số tổ chức là số có đến ngày cuối kỳ; số kết nạp, bồi dưỡng, khen thưởng… là số phát sinh trong kỳ.",
				"4. Nhóm cột (ví dụ “Tinh giản biên chế”): ghi các phần; cột “Tổng số” bằng tổng các phần, hoặc chỉ ghi Tổng số nếu không tách được.",
				"5. Dòng “Tổng cộng” tự cộng bằng công thức: không sửa. Khi nạp, blocstats đối chiếu dòng này với các dòng đơn vị và không nạp nó.",
				"6. Trang “" + PREVIOUS + "” có số liệu " + previous + " của từng đơn vị (từ kho dữ liệu) để đối chiếu; trang này và trang hướng dẫn không được nạp.",
				"7. Không thêm, xóa hay đổi tên trang, cột; không chèn dòng đơn vị mới (đơn vị mới: báo cơ quan tổng hợp để thêm vào danh mục).",
				"8. Lưu tệp dạng Excel (.xlsx) và gửi lại cho cơ quan tổng hợp. Nếu tệp có ô sai, blocstats báo rõ trang, dòng, cột và lý do.");
		for (int i = 0; i < lines.size(); i++) {
			Row row = sh.createRow(i);
			cell(row, 0, lines.get(i), i == 0 ? s.note : i == 1 ? s.titleLeft : s.wrap);
			if (i >= 2) {
				// Excel keeps the stored height of a row: as many lines as the text needs in the column's width.
				row.setHeightInPoints(16f * (1 + lines.get(i).length() / GUIDE_CHARS_PER_LINE) + 4);
			}
		}
		print(sh, false);
		sh.enableLocking();
	}

	private static void previous(XSSFWorkbook wb, Styles s, TemplateContent t) {
		XSSFSheet sh = wb.createSheet(PREVIOUS);
		HalfYear before = TemplateContent.previous(t.period());
		cell(sh.createRow(0), 0, WideHeader.REFERENCE_PAGE, s.note);
		cell(sh.createRow(1), 0, "Số liệu " + TemplateContent.periodText(before) + " (kỳ trước) của từng đơn vị, theo kho dữ liệu"
				+ " — để đối chiếu; ô trống: kho chưa có số liệu.", s.titleLeft);
		Row h = sh.createRow(3);
		cell(h, 0, "Mã", s.header);
		cell(h, 1, "Đơn vị", s.header);
		List<TemplateContent.Column> cols = t.columns();
		for (int i = 0; i < cols.size(); i++) {
			TemplateContent.Column c = cols.get(i);
			cell(h, 2 + i, c.metric().labelVi(), s.header);
			sh.setColumnWidth(2 + i, 16 * 256);
		}
		h.setHeightInPoints(96);
		sh.setColumnWidth(0, 15 * 256);
		sh.setColumnWidth(1, 42 * 256);
		int r = 4;
		for (Unit u : t.units()) {
			Row row = sh.createRow(r++);
			cell(row, 0, SpreadsheetText.neutralise(u.code()), s.code);
			cell(row, 1, SpreadsheetText.neutralise(u.name()), s.name);
			Map<String, Double> values = t.previous().getOrDefault(u.code(), Map.of());
			for (int i = 0; i < cols.size(); i++) {
				Cell c = row.createCell(2 + i);
				c.setCellStyle(s.reference);
				Double v = values.get(cols.get(i).metric().code());
				if (v != null) {
					c.setCellValue(v);
				}
			}
		}
		sh.createFreezePane(2, 4);
		print(sh, true);
		sh.enableLocking();
	}

	private static void title(XSSFSheet sh, int r, String text, CellStyle style) {
		cell(sh.createRow(r), 0, text, style);
	}

	private static void cell(Row row, int c, String text, CellStyle style) {
		Cell cell = row.createCell(c);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	private static String upper(String s) {
		return s == null ? "" : s.toUpperCase(java.util.Locale.of("vi"));
	}

	/** The 1-based column letter of a metric column, for messages and tests. */
	public static String columnLetter(int metricIndex) {
		return CellReference.convertNumToColString(FIRST_METRIC_COLUMN + metricIndex);
	}

	/** The cell styles, made once per workbook. */
	private static final class Styles {
		final CellStyle title;
		final CellStyle titleLeft;
		final CellStyle periodLine;
		final CellStyle plain;
		final CellStyle header;
		final CellStyle section;
		final CellStyle stt;
		final CellStyle code;
		final CellStyle name;
		final CellStyle value;
		final CellStyle total;
		final CellStyle totalNumber;
		final CellStyle reference;
		final CellStyle note;
		final CellStyle signature;
		final CellStyle wrap;

		Styles(XSSFWorkbook wb) {
			Font bold = font(wb, true, false, 12);
			Font normal = font(wb, false, false, 12);
			Font italic = font(wb, false, true, 11);
			Font big = font(wb, true, false, 14);
			short number = wb.createDataFormat().getFormat("#,##0");
			title = style(wb, big, false, HorizontalAlignment.CENTER);
			titleLeft = style(wb, bold, false, HorizontalAlignment.LEFT);
			periodLine = style(wb, bold, false, HorizontalAlignment.LEFT);
			plain = style(wb, normal, false, HorizontalAlignment.LEFT);
			note = style(wb, italic, false, HorizontalAlignment.LEFT);
			signature = style(wb, bold, false, HorizontalAlignment.CENTER);
			wrap = style(wb, normal, false, HorizontalAlignment.LEFT);
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			header = style(wb, bold, true, HorizontalAlignment.CENTER);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			fill(header, IndexedColors.GREY_25_PERCENT);
			section = style(wb, bold, true, HorizontalAlignment.LEFT);
			fill(section, IndexedColors.GREY_25_PERCENT);
			stt = style(wb, normal, true, HorizontalAlignment.CENTER);
			code = style(wb, normal, true, HorizontalAlignment.LEFT);
			name = style(wb, normal, true, HorizontalAlignment.LEFT);
			value = style(wb, normal, true, HorizontalAlignment.RIGHT);
			value.setDataFormat(number);
			value.setLocked(false);
			fill(value, IndexedColors.LIGHT_YELLOW);
			total = style(wb, bold, true, HorizontalAlignment.LEFT);
			totalNumber = style(wb, bold, true, HorizontalAlignment.RIGHT);
			totalNumber.setDataFormat(number);
			reference = style(wb, normal, true, HorizontalAlignment.RIGHT);
			reference.setDataFormat(number);
		}

		private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int pt) {
			Font f = wb.createFont();
			f.setFontName("Times New Roman");
			f.setFontHeightInPoints((short) pt);
			f.setBold(bold);
			f.setItalic(italic);
			return f;
		}

		private static XSSFCellStyle style(XSSFWorkbook wb, Font font, boolean border, HorizontalAlignment align) {
			XSSFCellStyle s = wb.createCellStyle();
			s.setFont(font);
			s.setAlignment(align);
			s.setVerticalAlignment(VerticalAlignment.CENTER);
			s.setLocked(true);
			if (border) {
				s.setBorderTop(BorderStyle.THIN);
				s.setBorderBottom(BorderStyle.THIN);
				s.setBorderLeft(BorderStyle.THIN);
				s.setBorderRight(BorderStyle.THIN);
			}
			return s;
		}

		private static void fill(CellStyle s, IndexedColors color) {
			s.setFillForegroundColor(color.getIndex());
			s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
	}
}
