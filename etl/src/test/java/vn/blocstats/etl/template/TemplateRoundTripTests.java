package vn.blocstats.etl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.etl.sample.ImportedSampleData;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * The office's workbook end to end, on the sample data imported into a real DuckDB file: generated
 * for every committee of the sample data that exists in the half-year, filled the way an office
 * would (every value cell, with the previous half-year's values the template shows), saved with
 * its formulas computed as Excel saves them, imported through the real import, and read back
 * through the analysts' view {@code v_figure_year}.
 */
class TemplateRoundTripTests extends ImportedSampleData {

	static final HalfYear H1_2026 = new HalfYear(2026, 1);

	@TempDir
	Path dir;

	@Test
	void every_committee_s_template_filled_imports_with_no_warning_and_its_values_come_back_exactly() throws Exception {
		List<String> committees = rows("SELECT DISTINCT code FROM org_unit WHERE type = 'dang_bo_khoi' "
				+ "AND valid_from <= DATE '2026-06-30' AND valid_to >= DATE '2026-01-01' ORDER BY code");
		assertThat(committees).hasSizeGreaterThanOrEqualTo(5);
		// One import run for every committee's file (one refresh of the figure tables, as the nightly batch does).
		Map<String, TemplateContent> templates = new LinkedHashMap<>();
		Map<String, Map<String, Map<String, Long>>> filledOf = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>();
		for (String committee : committees) {
			TemplateContent t = new TemplateContents(warehouse).load(committee, H1_2026, null, null);
			if (t.units().isEmpty()) {
				continue;
			}
			Path file = dir.resolve(Reminders.templateFileName(committee, H1_2026));
			try (XSSFWorkbook wb = TemplateWorkbook.build(t)) {
				filledOf.put(committee, fill(wb, t, List.of()));
				save(wb, file);
			}
			templates.put(committee, t);
			files.add(file);
		}
		Path report = dir.resolve("report.csv");
		ImportSummary s = imports.importPaths(files, false, report);
		assertThat(Files.readAllLines(report)).hasSizeLessThanOrEqualTo(1);
		assertThat(s.exitCode()).isZero();
		int filledTemplates = 0;
		for (String committee : templates.keySet()) {
			TemplateContent t = templates.get(committee);
			Map<String, Map<String, Long>> filled = filledOf.get(committee);
			String name = Reminders.templateFileName(committee, H1_2026);
			FileResult f = s.files().stream().filter(x -> x.name().endsWith(name)).findFirst().orElseThrow();
			assertThat(f.status()).as(committee).isEqualTo("LOADED");
			assertThat(f.rejected()).as(committee).isZero();
			assertThat(f.warnings()).as(committee).isZero();
			long cells = filled.values().stream().mapToLong(Map::size).sum();
			assertThat(f.loaded()).as(committee).isEqualTo(cells);

			// Every unit by its code: the rows loaded are exactly the template's unit rows and codes.
			assertThat(rows("SELECT count(*) FROM fact f JOIN load l ON l.load_id = f.load_id WHERE l.file_name LIKE '%" + name
					+ "' AND f.org_code NOT IN (" + String.join(",", t.units().stream().map(u -> "'" + u.code() + "'").toList()) + ")"))
				.containsExactly("0");

			// The values through the analysts' view, every one of them.
			Map<String, Map<String, Long>> back = new TreeMap<>();
			for (String r : rows("SELECT org_code, metric, value FROM v_figure_year WHERE year = 2026 AND org_code IN ("
					+ String.join(",", filled.keySet().stream().map(c -> "'" + c + "'").toList())
					+ ") AND metric IN (SELECT code FROM metric WHERE kind <> 'I')")) {
				String[] p = r.split("\\|");
				double v = Double.parseDouble(p[2]);
				assertThat(v).isEqualTo(Math.rint(v));
				back.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[1], (long) v);
			}
			assertThat(back).as(committee).isEqualTo(sorted(filled));
			filledTemplates++;
		}
		assertThat(filledTemplates).isGreaterThanOrEqualTo(5);
	}

	@Test
	void text_forced_into_a_number_cell_is_rejected_alone_with_its_sheet_row_and_column_and_a_wrong_total_is_reported()
			throws Exception {
		String committee = "56-DUB";
		HalfYear h2 = new HalfYear(2026, 2);
		TemplateContent t = new TemplateContents(warehouse).load(committee, h2, "admissions,staff_reductions", null);
		assertThat(t.columns()).extracting(TemplateContent.Column::label)
			.containsExactly("Kết nạp đảng viên mới", "Tổng số", "Cơ quan Đảng, đoàn thể", "Cơ quan QLNN, đơn vị sự nghiệp");
		Path file = dir.resolve("forced.xlsx");
		int textRow;
		int totalRow;
		try (XSSFWorkbook wb = TemplateWorkbook.build(t)) {
			XSSFSheet sh = wb.getSheet(TemplateWorkbook.DATA);
			// Excel's own validation: whole numbers from 0, a stop box in Vietnamese, on the value cells only.
			DataValidation v = sh.getDataValidations().getFirst();
			assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
			assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
			assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(v.getErrorBoxText()).startsWith("Chỉ nhập số nguyên từ 0 trở lên");
			assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(TemplateWorkbook.FIRST_METRIC_COLUMN);
			// Locked: headers, codes, names, the period; the value cells are not.
			assertThat(sh.getProtect()).isTrue();
			Row first = unitRows(sh).getFirst();
			assertThat(first.getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(first.getCell(TemplateWorkbook.FIRST_METRIC_COLUMN).getCellStyle().getLocked()).isFalse();
			assertThat(sh.getRow(TemplateWorkbook.HEADER_ROW).getCell(TemplateWorkbook.FIRST_METRIC_COLUMN).getCellStyle().getLocked()).isTrue();

			fill(wb, t, List.of());
			// Forced past the validation (a program, or protection removed): text in a number cell …
			Row bad = unitRows(sh).get(1);
			bad.getCell(TemplateWorkbook.FIRST_METRIC_COLUMN).setCellValue("mười hai");
			textRow = bad.getRowNum() + 1;
			// … and a total typed over its formula.
			Row total = totalRow(sh);
			totalRow = total.getRowNum() + 1;
			total.getCell(TemplateWorkbook.FIRST_METRIC_COLUMN + 2).setCellFormula(null);
			total.getCell(TemplateWorkbook.FIRST_METRIC_COLUMN + 2).setCellValue(99999);
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			save(wb, file);
		}
		Path report = dir.resolve("forced.csv");
		ImportSummary s = imports.importPaths(List.of(file), false, report);
		assertThat(s.files().getFirst().status()).isEqualTo("PARTIAL");
		assertThat(s.files().getFirst().rejected()).isEqualTo(1);
		List<String> lines = Files.readAllLines(report);
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("Số liệu," + textRow + ",Kết nạp đảng viên mới,mười hai,")
			.contains("Giá trị “mười hai” không phải là số"));
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("Số liệu," + totalRow + ",\"Tinh giản biên chế — Cơ quan Đảng, đoàn thể\",99999,")
			.contains("Dòng tổng: cột “Tinh giản biên chế — Cơ quan Đảng, đoàn thể” ghi 99999 nhưng cộng các dòng phía trên được"));
	}

	@Test
	void reminders_list_exactly_the_units_left_out_and_each_gets_its_own_template() throws Exception {
		String committee = "68-DCQD";
		HalfYear h2 = new HalfYear(2026, 2);
		TemplateContent t = new TemplateContents(warehouse).load(committee, h2, null, null);
		List<Unit> units = t.units();
		assertThat(units).hasSizeGreaterThan(5);
		assertThat(Reminders.of(warehouse, committee, h2).missing()).isEqualTo(units.stream()
			.sorted(java.util.Comparator.comparing(Unit::code)).toList());
		List<Unit> leftOut = List.of(units.get(0), units.get(3), units.getLast());
		Path file = dir.resolve("partial.xlsx");
		try (XSSFWorkbook wb = TemplateWorkbook.build(t)) {
			fill(wb, t, leftOut.stream().map(Unit::code).toList());
			// A unit's name changed in the file (forced past the lock): its row still loads, by its code.
			unitRows(wb.getSheet(TemplateWorkbook.DATA)).get(1).getCell(2).setCellValue("Tên đơn vị gõ lại sai");
			save(wb, file);
		}
		ImportSummary s = imports.importPaths(List.of(file), false, dir.resolve("partial.csv"));
		assertThat(s.files().getFirst().status()).isEqualTo("LOADED");
		assertThat(s.files().getFirst().rejected()).isZero();

		Reminders r = Reminders.of(warehouse, committee, h2);
		assertThat(r.missing()).isEqualTo(leftOut.stream().sorted(java.util.Comparator.comparing(Unit::code)).toList());
		assertThat(r.expected()).isEqualTo(units.size());
		// The CSV for the office: BOM, header, one line per unit, each naming its own template.
		java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
		r.writeCsv(csv);
		List<String> lines = csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.getFirst()).isEqualTo("\uFEFFSTT,Mã đơn vị,Tên đơn vị,Loại,Kỳ báo cáo,Mẫu báo cáo");
		assertThat(lines).hasSize(4);
		assertThat(lines.get(1)).startsWith("1," + r.missing().getFirst().code() + ",")
			.endsWith(",6 tháng cuối năm 2026," + Reminders.templateFileName(r.missing().getFirst().code(), h2));
		// A unit's own template: its row only, by code.
		TemplateContent own = new TemplateContents(warehouse).load(committee, h2, null, leftOut.getFirst().code());
		assertThat(own.units()).containsExactly(leftOut.getFirst());
		assertThatThrownBy(() -> new TemplateContents(warehouse).load(committee, h2, null, "79-DUB-001"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không thuộc");
	}

	@Test
	void the_reference_pages_hold_the_previous_half_year_and_the_instructions_and_group_headers_are_merged() throws Exception {
		TemplateContent t = new TemplateContents(warehouse).load("79-DCQD", H1_2026, TemplateContents.ALL, null);
		try (XSSFWorkbook wb = TemplateWorkbook.build(t)) {
			assertThat(wb.getSheetName(0)).isEqualTo(TemplateWorkbook.DATA);
			assertThat(wb.getSheet(TemplateWorkbook.GUIDE).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO SỐ LIỆU");
			XSSFSheet data = wb.getSheet(TemplateWorkbook.DATA);
			assertThat(data.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Kỳ báo cáo: 6 tháng đầu năm 2026");
			// "Tinh giản biên chế" merged over "Tổng số" and its two parts.
			int group = t.columns().stream().map(TemplateContent.Column::group).toList().indexOf("Tinh giản biên chế");
			int col = TemplateWorkbook.FIRST_METRIC_COLUMN + group;
			assertThat(data.getMergedRegions()).anySatisfy(m -> {
				assertThat(m.getFirstRow()).isEqualTo(TemplateWorkbook.HEADER_ROW);
				assertThat(m.getFirstColumn()).isEqualTo(col);
				assertThat(m.getLastColumn()).isEqualTo(col + 2);
			});
			// The previous half-year of one unit, as the warehouse has it.
			XSSFSheet prev = wb.getSheet(TemplateWorkbook.PREVIOUS);
			Row r = prev.getRow(4);
			String code = r.getCell(0).getStringCellValue();
			int members = t.columns().stream().map(c -> c.metric().code()).toList().indexOf("members_total");
			assertThat(rows("SELECT CAST(value AS BIGINT) FROM v_fact_current WHERE org_code = '" + code
					+ "' AND metric = 'members_total' AND period_end = DATE '2025-12-31'"))
				.containsExactly(String.valueOf((long) r.getCell(2 + members).getNumericCellValue()));
		}
		// Yearly ratings are only asked at the year's end.
		assertThat(t.columns()).noneMatch(c -> c.metric().code().equals("members_excellent"));
		assertThatThrownBy(() -> new TemplateContents(warehouse).load("79-DCQD", H1_2026, "members_excellent", null))
			.hasMessageContaining("6 tháng cuối năm");
		assertThatThrownBy(() -> new TemplateContents(warehouse).load("74-KCQDN", H1_2026, null, null))
			.hasMessageContaining("Không có đảng bộ mã “74-KCQDN” trong kỳ 6 tháng đầu năm 2026");
	}

	/**
	 * Fills every value cell of every unit row but those of {@code skip} with the unit's value of the
	 * previous half-year from the template's own reference page (0 where it has none), a group's
	 * "Tổng số" with the sum of its parts; computes the formulas as Excel does on saving. Returns
	 * unit → metric → value written.
	 */
	static Map<String, Map<String, Long>> fill(XSSFWorkbook wb, TemplateContent t, List<String> skip) {
		XSSFSheet sh = wb.getSheet(TemplateWorkbook.DATA);
		XSSFSheet prev = wb.getSheet(TemplateWorkbook.PREVIOUS);
		Map<String, Row> previousRows = new LinkedHashMap<>();
		for (int r = 4; r <= prev.getLastRowNum(); r++) {
			previousRows.put(prev.getRow(r).getCell(0).getStringCellValue(), prev.getRow(r));
		}
		List<TemplateContent.Column> cols = t.columns();
		Map<String, Map<String, Long>> out = new LinkedHashMap<>();
		for (Row row : unitRows(sh)) {
			String code = row.getCell(1).getStringCellValue();
			if (skip.contains(code)) {
				continue;
			}
			Row p = previousRows.get(code);
			long[] values = new long[cols.size()];
			for (int i = 0; i < cols.size(); i++) {
				Cell c = p.getCell(2 + i);
				values[i] = c == null || c.getCellType() != CellType.NUMERIC ? 0 : (long) c.getNumericCellValue();
			}
			for (int i = 0; i < cols.size(); i++) {
				if (cols.get(i).group() != null && "Tổng số".equals(cols.get(i).label())) {
					long sum = 0;
					for (int j = i + 1; j < cols.size() && cols.get(i).group().equals(cols.get(j).group()); j++) {
						sum += values[j];
					}
					values[i] = sum;
				}
			}
			Map<String, Long> unit = new TreeMap<>();
			for (int i = 0; i < cols.size(); i++) {
				row.getCell(TemplateWorkbook.FIRST_METRIC_COLUMN + i).setCellValue(values[i]);
				unit.put(cols.get(i).metric().code(), values[i]);
			}
			out.put(code, unit);
		}
		wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		return out;
	}

	/** The rows of the data sheet with a unit code. */
	static List<Row> unitRows(XSSFSheet sh) {
		List<Row> out = new ArrayList<>();
		for (int r = TemplateWorkbook.HEADER_ROW + 2; r <= sh.getLastRowNum(); r++) {
			Row row = sh.getRow(r);
			if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
					&& !row.getCell(1).getStringCellValue().isEmpty()) {
				out.add(row);
			}
		}
		return out;
	}

	static Row totalRow(XSSFSheet sh) {
		for (int r = TemplateWorkbook.HEADER_ROW + 2; r <= sh.getLastRowNum(); r++) {
			Row row = sh.getRow(r);
			if (row != null && row.getCell(2) != null && "Tổng cộng".equals(row.getCell(2).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no total row");
	}

	static void save(XSSFWorkbook wb, Path file) throws java.io.IOException {
		try (OutputStream o = Files.newOutputStream(file)) {
			wb.write(o);
		}
	}

	private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, Long>> m) {
		Map<String, Map<String, Long>> out = new TreeMap<>();
		m.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
		return out;
	}
}
