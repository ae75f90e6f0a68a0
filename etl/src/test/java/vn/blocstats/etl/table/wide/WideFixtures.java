package vn.blocstats.etl.table.wide;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the wide-form fixtures under {@code src/test/resources/fixtures/wide/}: offices' own
 * reports as they print them for meetings (docs/import-formats.md, the wide form), with title lines, merged two- and
 * three-row headers, a row of column numbers, a formula total row, notes and signatures under the
 * table, several sheets and a hidden one. Run {@link #main} from the {@code etl} folder to write
 * them again; the files are committed so that the tests read exactly what an office would send.
 */
public final class WideFixtures {

	static final Path DIR = Path.of("src/test/resources/fixtures/wide");

	private WideFixtures() {
	}

	public static void main(String[] args) throws IOException {
		write(args.length > 0 ? Path.of(args[0]) : DIR);
	}

	static void write(Path dir) throws IOException {
		Files.createDirectories(dir);
		units(dir.resolve("00-units.csv"));
		halfYear(dir.resolve("bao-cao-6-thang-dau-nam-2022.xlsx"));
		nineMonths(dir.resolve("bao-cao-9-thang-nam-2021.xls"));
		checks(dir.resolve("bao-cao-nam-2021-tong-sai.xlsx"));
		twoCommittees(dir.resolve("bao-cao-hai-khoi.xlsx"));
	}

	/**
	 * Two bloc committees (Bình Dương and Nam Định) with grassroots organisations of the same names
	 * ("Đảng bộ Sở Y tế", "Chi bộ Cục Thống kê"), so that a name alone is ambiguous.
	 */
	static void units(Path file) throws IOException {
		Files.writeString(file, """
				Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên,Hiệu lực từ,Hiệu lực đến
				74,Tỉnh Bình Dương,tinh,,,30/6/2025
				74-KCQDN,Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương,dang_bo_khoi,74,,31/1/2025
				74-KCQDN-001,Đảng bộ Sở Y tế,dang_bo_co_so,74-KCQDN,,31/1/2025
				74-KCQDN-002,Chi bộ Cục Thuế tỉnh,chi_bo_co_so,74-KCQDN,,31/1/2025
				74-KCQDN-003,Đảng bộ Sở Giáo dục và Đào tạo,dang_bo_co_so,74-KCQDN,,31/1/2025
				74-KCQDN-004,Đảng bộ Sở Tài chính,dang_bo_co_so,74-KCQDN,,31/1/2025
				74-KCQDN-005,Chi bộ Cục Thống kê,chi_bo_co_so,74-KCQDN,,31/1/2025
				36,Tỉnh Nam Định,tinh,,,30/6/2025
				36-KCQDN,Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Nam Định,dang_bo_khoi,36,,31/1/2025
				36-KCQDN-001,Đảng bộ Sở Y tế,dang_bo_co_so,36-KCQDN,,31/1/2025
				36-KCQDN-002,Chi bộ Cục Thống kê,chi_bo_co_so,36-KCQDN,,31/1/2025
				""", StandardCharsets.UTF_8);
	}

	/**
	 * The half-year report of Bình Dương's bloc committee: sheet "Tổng hợp" (title with the period,
	 * two-row merged header, column numbers, units by name, a formula total, notes and signatures),
	 * sheet "Quý I" (a "Kỳ báo cáo:" cell, a code column, a bad cell, an unknown code, a "Cộng" row),
	 * and a hidden draft sheet.
	 */
	static void halfYear(Path file) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			Styles st = new Styles(wb);
			Sheet s = wb.createSheet("Tổng hợp");
			row(s, 1, st.bold, "ĐẢNG BỘ TỈNH BÌNH DƯƠNG", null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM");
			row(s, 2, st.bold, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", null, null, null, null,
					"Bình Dương, ngày 05 tháng 7 năm 2022");
			row(s, 4, st.title, "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2022");
			merge(s, "A4:I4");
			row(s, 5, null, "(Kèm theo Báo cáo số 125-BC/ĐUK ngày 05/7/2022 của Ban Thường vụ Đảng ủy Khối)");
			merge(s, "A5:I5");
			row(s, 7, st.header, "STT", "Tên đơn vị", "Kết nạp đảng viên", "Tinh giản biên chế", null, "Lý luận chính trị", null,
					"Trao Huy hiệu Đảng", "Số ĐV giới thiệu về nơi cư trú");
			row(s, 8, st.header, null, null, null, "Cơ quan Đảng, đoàn thể", "Cơ quan QLNN, ĐVSN", "Cao cấp", "Trung cấp");
			for (String m : new String[] { "A7:A8", "B7:B8", "C7:C8", "D7:E7", "F7:G7", "H7:H8", "I7:I8" }) {
				merge(s, m);
			}
			row(s, 9, st.header, 1, 2, 3, 4, 5, 6, 7, 8, 9);
			row(s, 10, null, 1, "Đảng bộ Sở Y tế", 45, 3, 12, 8, 21, 6, 30);
			row(s, 11, null, 2, "Chi bộ Cục Thuế tỉnh", 7, 1, 4, null, 3, 2, 11);
			row(s, 12, null, 3, "ĐẢNG BỘ SỞ GIÁO DỤC VÀ ĐÀO TẠO", 38, 2, 9, 5, 14, 4, 25);
			row(s, 13, null, 4, "Đảng bộ Sở Tài chính", 12, 0, 6, "x", 9, 1, 12);
			row(s, 14, null, 5, "Chi bộ Cục Thống kê", 4, "-", null, null, 2, null, 3);
			row(s, 15, st.bold, "Tổng cộng", null, f("SUM(C10:C14)"), f("SUM(D10:D14)"), f("SUM(E10:E14)"), f("SUM(F10:F14)"),
					f("SUM(G10:G14)"), f("SUM(H10:H14)"), f("SUM(I10:I14)"));
			merge(s, "A15:B15");
			row(s, 17, st.italic, "Ghi chú: Số liệu tinh giản biên chế tính theo Nghị định 108/2014/NĐ-CP.");
			row(s, 18, st.bold, "Nơi nhận:", null, null, null, null, "T/M BAN THƯỜNG VỤ");
			row(s, 19, null, "- Ban Tổ chức Tỉnh ủy;", null, null, null, null, "PHÓ BÍ THƯ");
			row(s, 20, null, "- Lưu VP.");
			row(s, 23, st.bold, null, null, null, null, null, "Nguyễn Văn An");

			Sheet q = wb.createSheet("Quý I");
			row(q, 1, st.bold, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH BÌNH DƯƠNG");
			row(q, 2, st.title, "SỐ LIỆU CÔNG TÁC ĐẢNG VIÊN");
			row(q, 3, st.italic, "Kỳ báo cáo: Quý I/2022");
			row(q, 5, st.header, "TT", "Mã đơn vị", "Tên đơn vị", "Kết nạp", "Chuyển đảng chính thức", "Tổng số đảng viên",
					"Ghi chú");
			row(q, 6, st.header, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
			row(q, 7, null, 1, "74-KCQDN-001", "Đảng bộ Sở Y tế", 20, 18, 412);
			row(q, 8, null, 2, "74-KCQDN-002", "Chi bộ Cục Thuế tỉnh", "mười", 2, 35, "số liệu ước");
			row(q, 9, null, 3, "74-KCQDN-099", "Chi bộ Kho bạc Nhà nước tỉnh", 3, 1, 28);
			row(q, 10, st.bold, "Cộng", null, null, f("SUM(D7:D9)"), f("SUM(E7:E9)"), f("SUM(F7:F9)"));

			Sheet draft = wb.createSheet("Nháp");
			row(draft, 1, null, "Tên đơn vị", "Kết nạp");
			row(draft, 2, null, "Đảng bộ Sở Y tế", 999);
			wb.setSheetHidden(wb.getSheetIndex(draft), true);
			write(wb, file);
		}
	}

	/**
	 * The nine-month report as an old .xls: a three-row header (a topic over a group over its
	 * parts), the unit column "Tên tổ chức cơ sở đảng", no committee in the title (the committee is
	 * inferred from the units), a Vietnamese-style "1.198" typed as text and a total row.
	 */
	static void nineMonths(Path file) throws IOException {
		try (Workbook wb = new HSSFWorkbook()) {
			Styles st = new Styles(wb);
			Sheet s = wb.createSheet("9 thang");
			row(s, 1, st.title, "BÁO CÁO CÔNG TÁC XÂY DỰNG ĐẢNG 9 THÁNG NĂM 2021");
			merge(s, "A1:H1");
			row(s, 2, st.italic, "(Số liệu do các tổ chức cơ sở đảng báo cáo)");
			row(s, 4, st.header, "STT", "Tên tổ chức cơ sở đảng", "CÔNG TÁC ĐẢNG VIÊN", null, null, "CÔNG TÁC ĐÀO TẠO");
			row(s, 5, st.header, null, null, "Kết nạp đảng viên", "Chuyển sinh hoạt đảng", null, "Lý luận chính trị", null,
					"Bồi dưỡng chuyên môn nghiệp vụ");
			row(s, 6, st.header, null, null, null, "Đến", "Đi", "Cao cấp", "Trung cấp");
			for (String m : new String[] { "A4:A6", "B4:B6", "C4:E4", "F4:H4", "C5:C6", "D5:E5", "F5:G5", "H5:H6" }) {
				merge(s, m);
			}
			row(s, 7, st.header, "A", "B", 1, 2, 3, 4, 5, 6);
			row(s, 8, null, 1, "Đảng bộ Sở Y tế", 30, 4, 2, 5, 11, "1.198");
			row(s, 9, null, 2, "Chi bộ Cục Thuế tỉnh", 5, 1, null, null, 2, 86);
			row(s, 10, null, 3, "Chi bộ Cục Thống kê", 2, null, 1, null, 1, 40);
			// Excel's SUM would skip "1.198" (text): the office typed this total.
			row(s, 11, st.bold, "Tổng số", null, f("SUM(C8:C10)"), f("SUM(D8:D10)"), f("SUM(E8:E10)"), f("SUM(F8:F10)"),
					f("SUM(G8:G10)"), 1324);
			merge(s, "A11:B11");
			row(s, 13, st.bold, null, null, null, null, null, "NGƯỜI LẬP BIỂU");
			write(wb, file);
		}
	}

	/**
	 * Checks: a year report whose total row disagrees with its rows (typed totals, not formulas, one
	 * of them wrong); a report "tính đến ngày 30/6/2020" whose flows are cumulative; a sheet with no
	 * period anywhere.
	 */
	static void checks(Path file) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			Styles st = new Styles(wb);
			Sheet s = wb.createSheet("Năm 2021");
			row(s, 1, st.title, "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐẢNG NĂM 2021");
			row(s, 3, st.header, "STT", "Mã đơn vị", "Tên đơn vị", "Phát thẻ đảng viên", "Kết nạp đảng viên");
			row(s, 4, null, 1, "74-KCQDN-001", "Đảng bộ Sở Y tế", 40, 61);
			row(s, 5, null, 2, "74-KCQDN-003", "Đảng bộ Sở Giáo dục và Đào tạo", 25, 47);
			row(s, 6, st.bold, "Tổng cộng", null, null, 65, 110);
			row(s, 8, st.italic, "Ghi chú: số liệu chính thức.");

			Sheet c = wb.createSheet("Lũy kế");
			row(c, 1, st.title, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN TÍNH ĐẾN NGÀY 30/6/2020");
			row(c, 2, st.header, "Mã đơn vị", "Tên đơn vị", "Kết nạp đảng viên mới", "Tổng số đảng viên");
			row(c, 3, null, "74-KCQDN-001", "Đảng bộ Sở Y tế", 310, 1200);
			row(c, 4, null, "74-KCQDN-003", "Đảng bộ Sở Giáo dục và Đào tạo", 275, 980);

			Sheet n = wb.createSheet("Không kỳ");
			row(n, 1, st.title, "BÁO CÁO SỐ LIỆU ĐẢNG VIÊN");
			row(n, 2, st.header, "Mã đơn vị", "Kết nạp đảng viên");
			row(n, 3, null, "74-KCQDN-001", 5);
			row(n, 4, null, "74-KCQDN-003", 6);
			write(wb, file);
		}
	}

	/**
	 * A report whose first sheet names no committee and whose units belong to two committees: "Đảng
	 * bộ Sở Y tế" is then ambiguous (Bình Dương's or Nam Định's) and must be rejected, not guessed.
	 * Its second sheet's title names Nam Định's bloc committee: names there are matched within it.
	 */
	static void twoCommittees(Path file) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			Styles st = new Styles(wb);
			Sheet s = wb.createSheet("Tổng hợp");
			row(s, 1, st.title, "TỔNG HỢP KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022");
			row(s, 2, st.header, "STT", "Đơn vị", "Kết nạp đảng viên");
			row(s, 3, null, 1, "Đảng bộ Sở Y tế", 9);
			row(s, 4, null, 2, "Chi bộ Cục Thuế tỉnh", 2);
			row(s, 5, null, 3, "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Nam Định", 1);

			// The title names Nam Định's bloc committee: names are matched within it only.
			Sheet n = wb.createSheet("Nam Định");
			row(n, 1, st.bold, "ĐẢNG BỘ TỈNH NAM ĐỊNH");
			row(n, 2, st.bold, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
			row(n, 3, st.title, "TỔNG HỢP KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2022");
			row(n, 5, st.header, "STT", "Đơn vị", "Kết nạp đảng viên");
			row(n, 6, null, 1, "Đảng bộ Sở Y tế", 6);
			row(n, 7, null, 2, "Chi bộ Cục Thuế tỉnh", 1);
			write(wb, file);
		}
	}

	/** A formula, written with its cached value (the workbook is evaluated before it is saved). */
	private record Formula(String text) {
	}

	private static Formula f(String text) {
		return new Formula(text);
	}

	/** Writes {@code values} into row {@code number} (1-based) from column A; null leaves a cell empty. */
	private static void row(Sheet sheet, int number, CellStyle style, Object... values) {
		Row r = sheet.getRow(number - 1) == null ? sheet.createRow(number - 1) : sheet.getRow(number - 1);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell c = r.createCell(i);
			switch (v) {
				case String t -> c.setCellValue(t);
				case Number n -> c.setCellValue(n.doubleValue());
				case Formula fm -> c.setCellFormula(fm.text());
				default -> throw new IllegalArgumentException(String.valueOf(v));
			}
			if (style != null) {
				c.setCellStyle(style);
			}
		}
	}

	private static void merge(Sheet sheet, String range) {
		sheet.addMergedRegion(CellRangeAddress.valueOf(range));
	}

	private static void write(Workbook wb, Path file) throws IOException {
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		for (int i = 0; i < wb.getNumberOfSheets(); i++) {
			for (int c = 0; c < 10; c++) {
				wb.getSheetAt(i).setColumnWidth(c, c == 1 || c == 2 ? 40 * 256 : 16 * 256);
			}
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}

	/** The few styles an office's report has: a bold title, bold centred headers, italic notes. */
	private static final class Styles {

		final CellStyle title;
		final CellStyle header;
		final CellStyle bold;
		final CellStyle italic;

		Styles(Workbook wb) {
			Font b = wb.createFont();
			b.setBold(true);
			b.setFontName("Times New Roman");
			Font i = wb.createFont();
			i.setItalic(true);
			i.setFontName("Times New Roman");
			title = wb.createCellStyle();
			title.setFont(b);
			title.setAlignment(HorizontalAlignment.CENTER);
			header = wb.createCellStyle();
			header.setFont(b);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setWrapText(true);
			bold = wb.createCellStyle();
			bold.setFont(b);
			italic = wb.createCellStyle();
			italic.setFont(i);
		}
	}
}
