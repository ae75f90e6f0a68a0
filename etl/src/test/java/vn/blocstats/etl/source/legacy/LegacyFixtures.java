package vn.blocstats.etl.source.legacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed fixtures under {@code src/test/resources/fixtures/legacy}: CSV files typed in
 * TCVN3 and VNI-Windows, and workbooks whose cells use the legacy fonts, all built with
 * {@link LegacyEncoding#encode} from the Unicode texts below. Not a test: run its {@code main}
 * (working directory {@code etl}) to regenerate the files after changing them.
 */
public final class LegacyFixtures {

	/** The table of the CSV fixtures, as it must read back (Unicode NFC). */
	public static final List<List<String>> TABLE = List.of(
			List.of("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Ghi chú"),
			List.of("74-KCQDN", "6 tháng đầu năm 2022", "Kết nạp đảng viên mới", "2.096", "Đảng bộ Khối các cơ quan tỉnh"),
			List.of("74-KCQDN-001", "30/6/2022", "Tổng số đảng viên", "1.234", "Số liệu ước tính; chưa kiểm tra"),
			List.of("74-KCQDN-002", "Năm 2021", "Trao Huy hiệu Đảng", "46", "Được tặng Huy hiệu \"40 năm tuổi Đảng\""),
			List.of("74-KCQDN-003", "Quý I/2023", "Tinh giản biên chế", "3", "Người nghỉ hưu trước tuổi, thôi việc ngay"));

	/**
	 * The cells of the workbook fixtures' sheet "Báo cáo": per row, the text each cell must read as
	 * and the font its bytes were typed in (null: typed in Unicode).
	 */
	public static final List<List<TypedCell>> WORKBOOK = List.of(
			List.of(new TypedCell("TINH GIẢN BIÊN CHẾ", ".VnTimeH", false),
					new TypedCell("TINH GIẢN BIÊN CHẾ", ".VnArialH", true)),
			List.of(new TypedCell("Kết nạp đảng viên mới", ".VnTime", false),
					new TypedCell("Đảng bộ Khối các cơ quan tỉnh", ".VnArial", false)),
			List.of(new TypedCell("Tổng số đảng viên", "VNI-Times", false),
					new TypedCell("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "VNI-Helve", false)),
			List.of(new TypedCell("Tổng số đảng viên", ".VnTime", true),
					new TypedCell("Tổng số đảng viên", "Times New Roman", false)));

	/**
	 * A workbook cell.
	 *
	 * @param text what the cell must read as
	 * @param font the cell's font
	 * @param special for a ".Vn…H" font: typed in lower case (the font draws capitals anyway); for
	 *     ".VnTime": the text is Unicode already (pasted into a cell formatted with the legacy font)
	 */
	public record TypedCell(String text, String font, boolean special) {

		/** The characters the cell holds, as Excel stores text typed in the font. */
		String stored() {
			LegacyEncoding encoding = LegacyEncoding.ofFont(font).orElse(null);
			if (encoding == null || (special && encoding == LegacyEncoding.TCVN3)) {
				return text;
			}
			if (special) {
				return LegacyEncoding.TCVN3.encodeToAnsiText(text.toLowerCase(java.util.Locale.ROOT));
			}
			return encoding.encodeToAnsiText(text);
		}
	}

	private LegacyFixtures() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/legacy");
		Files.createDirectories(dir);
		Files.write(dir.resolve("chi_tieu_tcvn3.csv"), LegacyEncoding.TCVN3.encode(csv(TABLE, ';')));
		Files.write(dir.resolve("chi_tieu_vni.csv"), LegacyEncoding.VNI_WINDOWS.encode(csv(TABLE, ',')));
		Files.write(dir.resolve("chi_tieu_cp1258.csv"), windows1258(csv(TABLE, ';')));
		Files.write(dir.resolve("chi_tieu_utf8.csv"), csv(TABLE, ';').getBytes(StandardCharsets.UTF_8));
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("bao_cao_phong_cu.xlsx"))) {
			workbook(workbook);
			workbook.write(out);
		}
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("bao_cao_phong_cu.xls"))) {
			workbook(workbook);
			workbook.write(out);
		}
		// For the import test: a long-form figures file in TCVN3 and figures by unit name typed in .VnTime.
		Files.write(dir.resolve("so_lieu_tcvn3.csv"), LegacyEncoding.TCVN3.encode(csv(List.of(
				List.of("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị"),
				List.of("74-KCQDN-001", "6 tháng đầu năm 2021", "Kết nạp đảng viên mới", "12"),
				List.of("74-KCQDN-001", "30/6/2020", "Tổng số đảng viên", "1.234"),
				List.of("74-KCQDN-002", "6 tháng đầu năm 2021", "Số ĐV kết nạp", "8")), ',')));
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("so_lieu_vntime.xls"))) {
			figuresByName(workbook);
			workbook.write(out);
		}
	}

	/**
	 * Text as Windows-1258 holds it: the letters with circumflex, breve or horn precomposed (the code
	 * page has them), the five tone marks as the combining bytes 0xCC, 0xEC, 0xD2, 0xDE, 0xF2.
	 */
	static byte[] windows1258(String text) {
		String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		StringBuilder base = new StringBuilder();
		for (int i = 0; i <= nfd.length(); i++) {
			char c = i < nfd.length() ? nfd.charAt(i) : ' ';
			if (i < nfd.length() && Character.getType(c) == Character.NON_SPACING_MARK) {
				("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0 ? tones : base).append(c);
				continue;
			}
			out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
			base.setLength(0);
			tones.setLength(0);
			base.append(c);
		}
		try {
			java.nio.ByteBuffer bytes = java.nio.charset.Charset.forName("windows-1258").newEncoder()
					.encode(java.nio.CharBuffer.wrap(out));
			return java.util.Arrays.copyOf(bytes.array(), bytes.limit());
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String csv(List<List<String>> rows, char separator) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				out.append(i > 0 ? String.valueOf(separator) : "");
				boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"");
				out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static void workbook(Workbook workbook) {
		Sheet sheet = workbook.createSheet("Báo cáo");
		for (int r = 0; r < WORKBOOK.size(); r++) {
			Row row = sheet.createRow(r);
			List<TypedCell> cells = WORKBOOK.get(r);
			for (int c = 0; c < cells.size(); c++) {
				org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
				cell.setCellValue(cells.get(c).stored());
				cell.setCellStyle(style(workbook, cells.get(c).font()));
			}
		}
		org.apache.poi.ss.usermodel.Cell number = sheet.getRow(3).createCell(2);
		number.setCellValue(2096);
		number.setCellStyle(style(workbook, ".VnTime"));
	}

	private static void figuresByName(Workbook workbook) {
		Sheet sheet = workbook.createSheet("Năm 2021");
		Object[][] rows = {
				{"Tên đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị"},
				{"Đảng bộ Sở Y tế", "Năm 2021", "Trao Huy hiệu Đảng", 5},
				{"Chi bộ Cục Thuế tỉnh", "31/12/2021", "Tổng số đảng viên", 45},
				{"ĐẢNG BỘ SỞ Y TẾ", "Năm 2021", "PHÁT THẺ ĐẢNG VIÊN", 7}};
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
				if (rows[r][c] instanceof Integer value) {
					cell.setCellValue(value);
				} else {
					String text = (String) rows[r][c];
					boolean capitals = text.equals(text.toUpperCase(java.util.Locale.ROOT)) && !text.equals("Năm 2021");
					String font = capitals ? ".VnTimeH" : ".VnTime";
					cell.setCellValue(LegacyEncoding.ofFont(font).orElseThrow().encodeToAnsiText(text));
					cell.setCellStyle(style(workbook, font));
				}
			}
		}
	}

	private static CellStyle style(Workbook workbook, String fontName) {
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			CellStyle style = workbook.getCellStyleAt(i);
			if (i > 0 && workbook.getFontAt(style.getFontIndex()).getFontName().equals(fontName)) {
				return style;
			}
		}
		Font font = workbook.createFont();
		font.setFontName(fontName);
		font.setFontHeightInPoints((short) 13);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}
}
