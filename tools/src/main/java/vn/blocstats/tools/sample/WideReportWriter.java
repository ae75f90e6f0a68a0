package vn.blocstats.tools.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.blocstats.warehouse.base.TextKey;

/**
 * An office's own wide-form report of its grassroots organisations' flows over one half-year, as it
 * prints it for a meeting (docs/import-formats.md, the wide form), one sheet per {@link Table}: the title lines (the party
 * committee above, the reporting committee, the date line, the report's title naming the period), a
 * two-row header whose group labels are merged over their parts ("Tinh giản biên chế" over "Tổng
 * số", "Cơ quan Đảng, đoàn thể", "Cơ quan QLNN, đơn vị sự nghiệp") and whose single labels are merged
 * down over both rows, a row of column numbers, one row per unit (a blank cell where the unit
 * reported nothing), a "Tổng cộng" row of {@code SUM} formulas with their values cached, then notes
 * and signature lines.
 *
 * <p>The tables come from {@link #table}: the header is the unit columns ("Mã đơn vị" and/or "Tên
 * tổ chức cơ sở đảng") followed by metric codes of {@link #LAYOUT}, in its order. Same tables, same
 * bytes (the .xlsx package's times are fixed as in {@link XlsxTableWriter}).
 */
final class WideReportWriter implements TableWriter {

	/** A metric's column: its group label (null: a column of its own) and its label under the group. */
	record Column(String metric, String group, String part) {
	}

	static final String CODE = "Mã đơn vị";
	static final String NAME = "Tên tổ chức cơ sở đảng";

	/** The columns of the report: every flow a grassroots organisation reports ({@link Metrics#UNIT_FLOWS}). */
	static final List<Column> LAYOUT = List.of(new Column("admissions", null, "Kết nạp đảng viên mới"),
			new Column("recognitions", null, "Công nhận đảng viên chính thức"),
			new Column("transfers_in", "Chuyển sinh hoạt đảng", "Đến"),
			new Column("transfers_out", "Chuyển sinh hoạt đảng", "Đi"),
			new Column("residence_introductions", null, "Giới thiệu sinh hoạt nơi cư trú"),
			new Column("removals", null, "Xóa tên, cho ra khỏi Đảng, khai trừ"),
			new Column("deaths", null, "Đảng viên từ trần"),
			new Column("candidates_trained", "Bồi dưỡng", "Nhận thức về Đảng"),
			new Column("new_members_trained", "Bồi dưỡng", "Đảng viên mới"),
			new Column("staff_reductions", "Tinh giản biên chế", "Tổng số"),
			new Column("staff_reductions_party", "Tinh giản biên chế", "Cơ quan Đảng, đoàn thể"),
			new Column("staff_reductions_state", "Tinh giản biên chế", "Cơ quan QLNN, đơn vị sự nghiệp"),
			new Column("departments_reduced", "Sắp xếp tổ chức bộ máy", "Giảm phòng"),
			new Column("subdepartments_reduced", "Sắp xếp tổ chức bộ máy", "Giảm chi cục"),
			new Column("units_dissolved", "Sắp xếp tổ chức bộ máy", "Giải thể đơn vị"),
			new Column("units_merged", "Sắp xếp tổ chức bộ máy", "Sáp nhập, hợp nhất đơn vị"),
			new Column("deputies_reduced", "Sắp xếp tổ chức bộ máy", "Giảm cấp phó"),
			new Column("public_units_reduced", "Sắp xếp tổ chức bộ máy", "Giảm đơn vị sự nghiệp"));

	private static final Map<String, Column> BY_METRIC = byMetric();
	private static final int HEADER_ROW = 6;

	private final boolean xlsx;

	/** @param xlsx an .xlsx workbook, else an .xls one */
	WideReportWriter(boolean xlsx) {
		this.xlsx = xlsx;
	}

	/**
	 * The report's table of one half-year's flows: a row per unit that reported any (in the order of
	 * {@code units}), a column per metric of {@link #LAYOUT}, null where the unit reported nothing.
	 *
	 * @param units the committee's units, in the report's order
	 * @param codes whether the units are written by code as well as by name
	 * @throws IllegalArgumentException when a figure is not a flow of {@code half} of one of the units
	 * @throws IllegalStateException when two units valid at the half's midpoint have the same name (a
	 *     name would not tell them apart)
	 */
	static Table table(String sheet, Table.Heading heading, List<Unit> units, Half half, boolean codes, List<Figure> figures) {
		Set<String> names = new HashSet<>();
		Map<String, Unit> byCode = new HashMap<>();
		for (Unit u : units) {
			byCode.put(u.code(), u);
			if (u.validOn(half.midpoint()) && !names.add(TextKey.key(u.name()))) {
				throw new IllegalStateException("two units named " + u.name() + " on " + half.midpoint());
			}
		}
		Map<String, Long[]> values = new LinkedHashMap<>();
		for (Figure f : figures) {
			Column column = BY_METRIC.get(f.metric());
			if (column == null || f.span().kind() != Span.Kind.HALF || f.span().year() != half.year() || f.span().half() != half.half()
					|| !byCode.containsKey(f.org()) || f.cumulative()) {
				throw new IllegalArgumentException("not a flow of " + half + " of a unit: " + f);
			}
			values.computeIfAbsent(f.org(), o -> new Long[LAYOUT.size()])[LAYOUT.indexOf(column)] = f.value();
		}
		List<String> header = new ArrayList<>(codes ? List.of(CODE, NAME) : List.of(NAME));
		LAYOUT.forEach(c -> header.add(c.metric()));
		List<List<Object>> rows = new ArrayList<>();
		for (Unit u : units) {
			Long[] v = values.get(u.code());
			if (v != null) {
				List<Object> row = new ArrayList<>(codes ? List.of(u.code(), u.name()) : List.of(u.name()));
				row.addAll(java.util.Arrays.asList(v));
				rows.add(row);
			}
		}
		return new Table(sheet, header, rows, heading);
	}

	@Override
	public void write(List<Table> tables, OutputStream out) throws IOException {
		if (xlsx) {
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			try (XSSFWorkbook wb = new XSSFWorkbook()) {
				fill(wb, tables);
				wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(XlsxTableWriter.FIXED_TIME)));
				wb.getProperties().getCoreProperties().setCreator("blocstats sample");
				wb.write(raw);
			}
			XlsxTableWriter.normalise(raw.toByteArray(), out);
		}
		else {
			try (HSSFWorkbook wb = new HSSFWorkbook()) {
				fill(wb, tables);
				wb.write(out);
			}
		}
	}

	private static void fill(Workbook wb, List<Table> tables) {
		Styles st = new Styles(wb);
		for (Table t : tables) {
			if (t.heading() == null) {
				throw new IllegalArgumentException("an office's report needs its heading: " + t.sheet());
			}
			sheet(wb.createSheet(t.sheet()), t, st);
		}
	}

	private static void sheet(Sheet s, Table t, Styles st) {
		int units = t.header().indexOf(LAYOUT.getFirst().metric());
		List<Column> columns = new ArrayList<>();
		for (String metric : t.header().subList(units, t.header().size())) {
			columns.add(BY_METRIC.get(metric));
		}
		int first = units + 1; // after STT and the unit columns
		int width = first + columns.size();
		int right = width - 6;
		Table.Heading h = t.heading();
		text(s, 0, 0, h.superior(), st.bold);
		text(s, 0, right, "ĐẢNG CỘNG SẢN VIỆT NAM", st.bold);
		text(s, 1, 0, h.committee(), st.bold);
		text(s, 1, right, h.dateLine(), st.italic);
		text(s, 3, 0, h.title(), st.title);
		s.addMergedRegion(new CellRangeAddress(3, 3, 0, width - 1));
		text(s, 4, 0, "(Số liệu do các tổ chức cơ sở đảng trực thuộc báo cáo)", st.centredItalic);
		s.addMergedRegion(new CellRangeAddress(4, 4, 0, width - 1));

		// The header: STT and the unit columns, then the metrics' groups over their parts.
		int top = HEADER_ROW;
		text(s, top, 0, "STT", st.header);
		s.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
		for (int c = 0; c < units; c++) {
			text(s, top, 1 + c, t.header().get(c), st.header);
			s.addMergedRegion(new CellRangeAddress(top, top + 1, 1 + c, 1 + c));
		}
		int c = 0;
		while (c < columns.size()) {
			Column col = columns.get(c);
			if (col.group() == null) {
				text(s, top, first + c, col.part(), st.header);
				s.addMergedRegion(new CellRangeAddress(top, top + 1, first + c, first + c));
				c++;
				continue;
			}
			int end = c;
			while (end + 1 < columns.size() && col.group().equals(columns.get(end + 1).group())) {
				end++;
			}
			text(s, top, first + c, col.group(), st.header);
			if (end > c) {
				s.addMergedRegion(new CellRangeAddress(top, top, first + c, first + end));
			}
			for (int p = c; p <= end; p++) {
				text(s, top + 1, first + p, columns.get(p).part(), st.header);
			}
			c = end + 1;
		}
		Row numbers = s.createRow(top + 2);
		for (int n = 0; n < width; n++) {
			Cell cell = numbers.createCell(n);
			cell.setCellValue(n + 1);
			cell.setCellStyle(st.header);
		}

		// One row per unit, then the total.
		int r = top + 3;
		long[] sums = new long[columns.size()];
		int stt = 1;
		for (List<Object> values : t.rows()) {
			Row row = s.createRow(r++);
			row.createCell(0).setCellValue(stt++);
			for (int u = 0; u < units; u++) {
				row.createCell(1 + u).setCellValue((String) values.get(u));
			}
			for (int m = 0; m < columns.size(); m++) {
				Object v = values.get(units + m);
				if (v != null) {
					row.createCell(first + m).setCellValue((Long) v);
					sums[m] += (Long) v;
				}
			}
		}
		int firstData = top + 3;
		Row total = s.createRow(r);
		text(s, r, 0, "Tổng cộng", st.bold);
		s.addMergedRegion(new CellRangeAddress(r, r, 0, units));
		for (int m = 0; m < columns.size(); m++) {
			String letter = CellReference.convertNumToColString(first + m);
			Cell cell = total.createCell(first + m);
			cell.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + r + ")");
			cell.setCellValue(sums[m]);
			cell.setCellStyle(st.bold);
		}

		// Notes and signatures.
		r += 2;
		text(s, r++, 0, "Ghi chú: ô để trống là đơn vị không phát sinh; tinh giản biên chế tính theo Nghị định 108/2014/NĐ-CP.",
				st.italic);
		text(s, r, 0, "Nơi nhận:", st.bold);
		text(s, r++, right, "T/M BAN THƯỜNG VỤ", st.bold);
		text(s, r, 0, "- Ban Tổ chức Tỉnh ủy;", null);
		text(s, r++, right, "PHÓ BÍ THƯ", st.bold);
		text(s, r++, 0, "- Lưu VP.", null);
		text(s, r + 2, right, "(Đã ký)", st.italic);

		s.setColumnWidth(0, 6 * 256);
		for (int u = 0; u < units; u++) {
			s.setColumnWidth(1 + u, (t.header().get(u).equals(NAME) ? 44 : 14) * 256);
		}
		for (int m = 0; m < columns.size(); m++) {
			s.setColumnWidth(first + m, 12 * 256);
		}
	}

	private static void text(Sheet s, int row, int column, String text, CellStyle style) {
		Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
		Cell c = r.createCell(column);
		c.setCellValue(text);
		if (style != null) {
			c.setCellStyle(style);
		}
	}

	private static Map<String, Column> byMetric() {
		Map<String, Column> m = new HashMap<>();
		for (Column c : LAYOUT) {
			m.put(c.metric(), c);
		}
		return Map.copyOf(m);
	}

	/** A report's few styles: bold lines, a centred title, bold centred wrapped headers, italic notes. */
	private static final class Styles {

		final CellStyle bold;
		final CellStyle title;
		final CellStyle header;
		final CellStyle italic;
		final CellStyle centredItalic;

		Styles(Workbook wb) {
			Font b = wb.createFont();
			b.setBold(true);
			b.setFontName("Times New Roman");
			Font i = wb.createFont();
			i.setItalic(true);
			i.setFontName("Times New Roman");
			bold = wb.createCellStyle();
			bold.setFont(b);
			title = wb.createCellStyle();
			title.setFont(b);
			title.setAlignment(HorizontalAlignment.CENTER);
			header = wb.createCellStyle();
			header.setFont(b);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setWrapText(true);
			italic = wb.createCellStyle();
			italic.setFont(i);
			centredItalic = wb.createCellStyle();
			centredItalic.setFont(i);
			centredItalic.setAlignment(HorizontalAlignment.CENTER);
		}
	}
}
