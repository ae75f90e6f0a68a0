package vn.blocstats.etl.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed fixture files under {@code src/test/resources/fixtures/sources} and holds
 * the table they all contain. Not a test: run its {@code main} (working directory {@code etl}) to
 * regenerate the files after changing the table.
 */
public final class SourceFixtures {

	/** The long-form figures table as its cells should be read (NFC, trimmed, trailing empties dropped). */
	public static final List<List<String>> TABLE = List.of(
			List.of("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Cách tính"),
			List.of("74-KCQDN", "6 tháng đầu năm 2022", "Kết nạp đảng viên mới", "2.096", "Cộng dồn"),
			List.of("74-KCQDN-017", "Năm 2022", "Tỷ lệ hoàn thành; so với kế hoạch, %", "104,8", "Bình quân\nnăm"),
			List.of("74-KCQDN-018", "Năm 2022", "Đảng viên được tặng Huy hiệu \"40 năm tuổi Đảng\"", "4.718,6"),
			List.of("74", "Quý I/2023", "Tổng cộng", "12", "Ghi chú: ước tính của Đảng ủy Khối"));

	/** The physical line each row of {@link #TABLE} starts on in the CSV fixtures. */
	public static final List<Integer> CSV_LINES = List.of(1, 2, 4, 6, 8);

	private SourceFixtures() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/sources");
		Files.createDirectories(dir);
		byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
		byte[] bom16le = {(byte) 0xFF, (byte) 0xFE};
		write(dir.resolve("chi_tieu_utf8_bom.csv"), bom8, csv(','), StandardCharsets.UTF_8);
		write(dir.resolve("chi_tieu_utf8.csv"), new byte[0], csv(';'), StandardCharsets.UTF_8);
		write(dir.resolve("chi_tieu_utf16le.csv"), bom16le, csv('\t'), StandardCharsets.UTF_16LE);
		write(dir.resolve("chi_tieu_cp1258.csv"), new byte[0], windows1258Form(csv(';')), Charset.forName("windows-1258"));
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("chi_tieu.xlsx"))) {
			workbook(workbook);
			workbook.write(out);
		}
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("chi_tieu.xls"))) {
			workbook(workbook);
			workbook.write(out);
		}
	}

	/**
	 * The table as Excel writes CSV: CRLF between records, a bare LF inside a quoted cell, a blank
	 * line after the header row's first data row, a cell with spaces around it, a line of
	 * separators only, fields quoted when they hold the separator, a quote or a line break.
	 */
	static String csv(char separator) {
		String s = String.valueOf(separator);
		StringBuilder out = new StringBuilder();
		out.append(line(TABLE.get(0), separator));
		out.append(line(TABLE.get(1), separator));
		out.append("\r\n");
		out.append(line(TABLE.get(2), separator));
		List<String> spaced = new java.util.ArrayList<>(TABLE.get(3));
		spaced.set(0, "  74-KCQDN-018  ");
		spaced.add("");
		out.append(line(spaced, separator));
		out.append(s.repeat(4)).append("\r\n");
		out.append(line(TABLE.get(4), separator));
		return out.toString();
	}

	private static String line(List<String> cells, char separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (i > 0) {
				out.append(separator);
			}
			if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains(",") || cell.contains(";")) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			} else {
				out.append(cell);
			}
		}
		return out.append("\r\n").toString();
	}

	/**
	 * Vietnamese text the way Windows-1258 holds it: decomposed (NFD), except that the letters with
	 * circumflex, breve or horn stay precomposed (â ê ô ă ơ ư, as the code page has them) while the
	 * five tone marks are combining characters (U+0300, U+0301, U+0303, U+0309, U+0323).
	 */
	static String windows1258Form(String text) {
		Set<Character> toneMarks = Set.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < nfd.length()) {
			StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
			StringBuilder tones = new StringBuilder();
			while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
				char mark = nfd.charAt(i++);
				(toneMarks.contains(mark) ? tones : base).append(mark);
			}
			out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		return out.toString();
	}

	private static void write(Path file, byte[] bom, String text, Charset charset) throws IOException {
		ByteBuffer encoded;
		try {
			encoded = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
					.onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
		} catch (CharacterCodingException e) {
			throw new IOException("cannot encode the table as " + charset, e);
		}
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(bom);
			out.write(bytes);
		}
	}

	/**
	 * Sheet "Số liệu" (visible), "Ẩn" (hidden), "Rất ẩn" (very hidden), "Chi bộ" (visible). On
	 * "Số liệu": row 1 header; row 2 numbers and a date; row 3 only a formatted blank cell; row 4 a
	 * code with spaces around it, a decomposed (NFD) label, no cell E, a boolean; row 5 formulas with
	 * cached values; row 7 only a note in column C.
	 */
	private static void workbook(Workbook workbook) {
		CellStyle dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		CellStyle filled = workbook.createCellStyle();
		filled.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));

		Sheet figures = workbook.createSheet("Số liệu");
		Row header = figures.createRow(0);
		String[] labels = {"Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Cách tính", "Ngày cập nhật"};
		for (int i = 0; i < labels.length; i++) {
			header.createCell(i).setCellValue(labels[i]);
		}
		Row two = figures.createRow(1);
		two.createCell(0).setCellValue("74-KCQDN");
		two.createCell(1).setCellValue("6 tháng đầu năm 2022");
		two.createCell(2).setCellValue("Kết nạp đảng viên mới");
		two.createCell(3).setCellValue(2096);
		two.getCell(3).setCellStyle(filled);
		two.createCell(4).setCellValue("Cộng dồn");
		two.createCell(5).setCellValue(LocalDate.of(2022, 6, 30));
		two.getCell(5).setCellStyle(dateStyle);
		figures.createRow(2).createCell(1).setCellStyle(filled);
		Row four = figures.createRow(3);
		four.createCell(0).setCellValue("  74-KCQDN-017  ");
		four.createCell(1).setCellValue("Năm 2022");
		four.createCell(2).setCellValue(Normalizer.normalize("Tỷ lệ hoàn thành", Normalizer.Form.NFD));
		four.createCell(3).setCellValue(104.8);
		four.createCell(5).setCellValue(true);
		Row five = figures.createRow(4);
		five.createCell(0).setCellValue("74");
		five.createCell(1).setCellValue("Năm 2022");
		five.createCell(2).setCellValue("Tổng cộng");
		five.createCell(3).setCellFormula("D2+D4");
		five.createCell(4).setCellFormula("E2");
		figures.createRow(6).createCell(2).setCellValue("Ghi chú: số liệu ước tính & chưa kiểm tra");

		workbook.createSheet("Ẩn").createRow(0).createCell(0).setCellValue("không được đọc");
		workbook.createSheet("Rất ẩn").createRow(0).createCell(0).setCellValue("cũng không được đọc");
		Sheet cells = workbook.createSheet("Chi bộ");
		cells.createRow(0).createCell(0).setCellValue("Mã chi bộ");
		cells.getRow(0).createCell(1).setCellValue("Số đảng viên");
		cells.createRow(1).createCell(0).setCellValue("74-KCQDN-017-01");
		cells.getRow(1).createCell(1).setCellValue(35);
		workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
	}
}
