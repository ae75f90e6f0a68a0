package vn.blocstats.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The wide-form workbook of the Excel benchmark, as offices keep their monthly figures: one row per
 * unit and month ("T6/2020", from January 2000 on), one column per metric, under a one-row header
 * "Mã đơn vị | Kỳ báo cáo | <metric labels…>". The metrics are flows without parts (so no
 * part-sum warnings: every cell is a clean figure). Written with POI's streaming SXSSF (a window of
 * 100 rows in memory, compressed temporary file), deterministic for a seed. The units file is a
 * small CSV for the import.
 */
final class ExcelBenchData {

	/** Flow metrics (code, Vietnamese label) with no part relations between them. */
	static final List<String[]> METRICS = List.of(new String[] { "admissions", "Kết nạp đảng viên mới" },
			new String[] { "recognitions", "Công nhận đảng viên chính thức" },
			new String[] { "cards_issued", "Phát thẻ đảng viên" }, new String[] { "badges_awarded", "Trao Huy hiệu Đảng" },
			new String[] { "transfers_in", "Chuyển sinh hoạt đảng đến" },
			new String[] { "transfers_out", "Chuyển sinh hoạt đảng đi" },
			new String[] { "residence_introductions", "Giới thiệu sinh hoạt nơi cư trú" },
			new String[] { "removals", "Xóa tên, cho ra khỏi Đảng, khai trừ" }, new String[] { "deaths", "Đảng viên từ trần" },
			new String[] { "candidate_classes", "Lớp bồi dưỡng nhận thức về Đảng" },
			new String[] { "candidates_trained", "Quần chúng ưu tú được bồi dưỡng nhận thức về Đảng" },
			new String[] { "new_member_classes", "Lớp bồi dưỡng đảng viên mới" },
			new String[] { "new_members_trained", "Đảng viên mới được bồi dưỡng" },
			new String[] { "training_theory_senior", "Cao cấp lý luận chính trị" },
			new String[] { "training_theory_intermediate", "Trung cấp lý luận chính trị" },
			new String[] { "training_theory_elementary", "Sơ cấp lý luận chính trị" },
			new String[] { "training_professional", "Bồi dưỡng chuyên môn, nghiệp vụ (lượt)" },
			new String[] { "training_university", "Đào tạo đại học, sau đại học" },
			new String[] { "departments_reduced", "Giảm phòng" }, new String[] { "subdepartments_reduced", "Giảm chi cục" },
			new String[] { "units_dissolved", "Giải thể đơn vị" }, new String[] { "units_merged", "Sáp nhập, hợp nhất đơn vị" },
			new String[] { "deputies_reduced", "Giảm cấp phó" },
			new String[] { "public_units_reduced", "Giảm đơn vị sự nghiệp" });
	static final int MONTHS = 26 * 12;

	private ExcelBenchData() {
	}

	/** The files written; {@code cells} counts every non-empty cell, the header's included. */
	record WideFiles(Path units, Path workbook, long rows, long cells) {
	}

	/** Writes {@code units-wide.csv} and {@code wide-<rows>.xlsx} into {@code dir}. */
	static WideFiles write(Path dir, long rows, long seed) throws IOException {
		Files.createDirectories(dir);
		long units = (rows + MONTHS - 1) / MONTHS;
		String committee = "W-KCQ";
		Path unitsFile = dir.resolve("units-wide.csv");
		try (BufferedWriter w = Files.newBufferedWriter(unitsFile, StandardCharsets.UTF_8)) {
			w.write("Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên\n");
			w.write("W,Tỉnh thử nghiệm W,tinh,\n");
			w.write(committee + ",Đảng bộ Khối thử nghiệm W,dang_bo_khoi,W\n");
			for (long u = 1; u <= units; u++) {
				w.write(unit(committee, u) + ",Đảng bộ cơ sở số " + u + ",dang_bo_co_so," + committee + "\n");
			}
		}
		Path workbook = dir.resolve("wide-" + rows + ".xlsx");
		SplittableRandom random = new SplittableRandom(seed);
		long cells = 0;
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			wb.setCompressTempFiles(true);
			Sheet sheet = wb.createSheet("Số liệu");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã đơn vị");
			header.createCell(1).setCellValue("Kỳ báo cáo");
			for (int m = 0; m < METRICS.size(); m++) {
				header.createCell(2 + m).setCellValue(METRICS.get(m)[1]);
			}
			cells += 2 + METRICS.size();
			int r = 1;
			outer: for (long u = 1; u <= units; u++) {
				String code = unit(committee, u);
				for (int month = 0; month < MONTHS; month++) {
					if (r > rows) {
						break outer;
					}
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(code);
					row.createCell(1).setCellValue("T" + (month % 12 + 1) + "/" + (2000 + month / 12));
					for (int m = 0; m < METRICS.size(); m++) {
						row.createCell(2 + m).setCellValue(random.nextInt(2_000));
					}
					cells += 2 + METRICS.size();
				}
			}
			try (OutputStream out = Files.newOutputStream(workbook)) {
				wb.write(out);
			}
			wb.dispose();
		}
		return new WideFiles(unitsFile, workbook, rows, cells);
	}

	private static String unit(String committee, long u) {
		return committee + "-" + String.format("%04d", u);
	}
}
