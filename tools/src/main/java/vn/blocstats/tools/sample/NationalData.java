package vn.blocstats.tools.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code blocstats sample national}: a national-scale long-form dataset for benchmarks — the 34
 * provinces of 1/7/2025, each with a Khối các cơ quan and a Khối doanh nghiệp of {@code units}
 * grassroots organisations, every imported metric of the catalog by half-year 2010–2025 (stocks at
 * 30/6 and 31/12, ratings at 31/12). Streamed to disk (CSV, UTF-8 with BOM): one units file, one
 * terms file and one figures file per province. Deterministic for a seed. The 2025 reorganisation is
 * not modelled here (the five committees of {@code sample-data/} carry it).
 */
public final class NationalData {

	/** The provinces after 1/7/2025: GSO code and name. */
	static final String[][] PROVINCES = {{"01", "Thành phố Hà Nội"}, {"04", "Tỉnh Cao Bằng"}, {"08", "Tỉnh Tuyên Quang"},
			{"11", "Tỉnh Điện Biên"}, {"12", "Tỉnh Lai Châu"}, {"14", "Tỉnh Sơn La"}, {"15", "Tỉnh Lào Cai"}, {"19", "Tỉnh Thái Nguyên"},
			{"20", "Tỉnh Lạng Sơn"}, {"22", "Tỉnh Quảng Ninh"}, {"24", "Tỉnh Bắc Ninh"}, {"25", "Tỉnh Phú Thọ"},
			{"31", "Thành phố Hải Phòng"}, {"33", "Tỉnh Hưng Yên"}, {"37", "Tỉnh Ninh Bình"}, {"38", "Tỉnh Thanh Hóa"},
			{"40", "Tỉnh Nghệ An"}, {"42", "Tỉnh Hà Tĩnh"}, {"44", "Tỉnh Quảng Trị"}, {"46", "Thành phố Huế"},
			{"48", "Thành phố Đà Nẵng"}, {"51", "Tỉnh Quảng Ngãi"}, {"52", "Tỉnh Gia Lai"}, {"56", "Tỉnh Khánh Hòa"},
			{"66", "Tỉnh Đắk Lắk"}, {"68", "Tỉnh Lâm Đồng"}, {"75", "Tỉnh Đồng Nai"}, {"79", "Thành phố Hồ Chí Minh"},
			{"80", "Tỉnh Tây Ninh"}, {"82", "Tỉnh Đồng Tháp"}, {"86", "Tỉnh Vĩnh Long"}, {"91", "Tỉnh An Giang"},
			{"92", "Thành phố Cần Thơ"}, {"96", "Tỉnh Cà Mau"}};

	private static final String[] BLOCS = {"KCQ", "KDN"};
	private static final String[] FLOWS = {"admissions", "recognitions", "cards_issued", "badges_awarded", "transfers_in",
			"transfers_out", "residence_introductions", "removals", "deaths", "candidate_classes", "candidates_trained",
			"new_member_classes", "new_members_trained", "training_theory_senior", "training_theory_intermediate",
			"training_theory_elementary", "training_professional", "training_university", "staff_reductions_party",
			"staff_reductions_state", "staff_reductions", "departments_reduced", "subdepartments_reduced", "units_dissolved",
			"units_merged", "deputies_reduced", "public_units_reduced", "awards_org", "awards_individual", "inspections", "supervisions",
			"discipline_cases"};
	private static final double[] RATES = {0.022, 0, 0.011, 0.004, 0.011, 0.014, 0.018, 0.0008, 0.0012, 0.0002, 0.025, 0.0002, 0.021,
			0.003, 0.008, 0.011, 0.012, 0.001, 0.002, 0.006, 0, 0.0005, 0.0002, 0.0002, 0.0002, 0.0006, 0.0003, 0.0015, 0.002, 0.002,
			0.0025, 0.0007};

	private NationalData() {
	}

	/** What was written. */
	public record Result(int files, long figureRows, long bytes) {
	}

	/** Writes the dataset under {@code out}: {@code 00-don-vi.csv}, {@code 01-nhiem-ky.csv}, {@code so-lieu-<province>.csv}. */
	public static Result write(Path out, long seed, int provinces, int unitsPerCommittee) throws IOException {
		Files.createDirectories(out);
		CsvTableWriter.CsvLines lines = new CsvTableWriter.CsvLines(OutputFormat.CSV_UTF8_BOM);
		int count = Math.min(provinces, PROVINCES.length);
		long bytes = 0;
		try (Sink units = new Sink(out.resolve("00-don-vi.csv")); Sink terms = new Sink(out.resolve("01-nhiem-ky.csv"))) {
			units.line(lines, SampleModel.UNIT_HEADER);
			terms.line(lines, SampleModel.TERM_HEADER);
			for (int p = 0; p < count; p++) {
				String code = PROVINCES[p][0];
				units.line(lines, SampleModel.unitRow(code, PROVINCES[p][1], "tinh", null, null, null, null, null));
				for (String bloc : BLOCS) {
					String committee = code + "-" + bloc;
					String name = (bloc.equals("KCQ") ? "Đảng bộ Khối các cơ quan " : "Đảng bộ Khối doanh nghiệp ")
							+ PROVINCES[p][1].replace("Tỉnh ", "tỉnh ").replace("Thành phố ", "thành phố ");
					units.line(lines, SampleModel.unitRow(committee, name, "dang_bo_khoi", code, null, null, null, null));
					for (int u = 1; u <= unitsPerCommittee; u++) {
						boolean big = u % 2 == 1;
						units.line(lines, SampleModel.unitRow(unitCode(committee, u), (big ? "Đảng bộ cơ sở số " : "Chi bộ cơ sở số ") + u,
								big ? "dang_bo_co_so" : "chi_bo_co_so", committee, null, null, null, null));
					}
					terms.line(lines, List.of(committee, "V", "2010-2015", LocalDate.of(2010, 6, 15), ""));
					terms.line(lines, List.of(committee, "VI", "2015-2020", LocalDate.of(2015, 6, 15), ""));
					terms.line(lines, List.of(committee, "VII", "2020-2025", LocalDate.of(2020, 7, 15), LocalDate.of(2025, 12, 31)));
				}
			}
			bytes += units.bytes() + terms.bytes();
		}
		long rows = 0;
		for (int p = 0; p < count; p++) {
			try (Sink figures = new Sink(out.resolve("so-lieu-" + PROVINCES[p][0] + ".csv"))) {
				figures.line(lines, List.of("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị"));
				for (String bloc : BLOCS) {
					String committee = PROVINCES[p][0] + "-" + bloc;
					for (int u = 1; u <= unitsPerCommittee; u++) {
						rows += unit(figures, lines, unitCode(committee, u), u % 2 == 1, Draw.random(seed, committee + "/" + u));
					}
				}
				bytes += figures.bytes();
			}
		}
		return new Result(2 + count, rows, bytes);
	}

	private static String unitCode(String committee, int u) {
		return committee + "-" + String.format("%03d", u);
	}

	/** One unit's figures 2010–2025; stocks move by the flows. Returns the rows written. */
	private static long unit(Sink out, CsvTableWriter.CsvLines lines, String code, boolean big, SplittableRandom r) throws IOException {
		long size = big ? 40 + r.nextInt(200) : 8 + r.nextInt(25);
		long prob = Math.round(size * 0.045);
		long off = size - prob;
		long[] admissions = new long[Half.COUNT];
		long rows = 0;
		List<Object> row = new ArrayList<>(4);
		for (int h = 0; h < Half.COUNT; h++) {
			Half half = Half.of(h);
			String period = (half.half() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + half.year();
			long[] v = new long[FLOWS.length];
			for (int i = 0; i < FLOWS.length; i++) {
				v[i] = Draw.count(r, (off + prob) * RATES[i]);
			}
			admissions[h] = v[0];
			v[1] = h >= 2 ? admissions[h - 2] : prob / 2;
			v[1] = Math.min(v[1], prob);
			v[5] = Math.min(v[5], Math.max(0, off - 3));
			v[20] = v[18] + v[19];
			prob = prob + v[0] - v[1];
			off = Math.max(0, off + v[1] + v[4] - v[5] - v[7] - v[8]);
			for (int i = 0; i < FLOWS.length; i++) {
				rows += emit(out, lines, row, code, period, FLOWS[i], v[i]);
			}
			String asOf = half.end().getDayOfMonth() + "/" + half.end().getMonthValue() + "/" + half.year();
			rows += emit(out, lines, row, code, asOf, "org_grassroots", 1);
			rows += emit(out, lines, row, code, asOf, big ? "org_grassroots_committees" : "org_grassroots_cells", 1);
			rows += emit(out, lines, row, code, asOf, "org_subordinate_cells", big ? 3 + size / 40 : 0);
			rows += emit(out, lines, row, code, asOf, "members_total", off + prob);
			rows += emit(out, lines, row, code, asOf, "members_official", off);
			rows += emit(out, lines, row, code, asOf, "members_probationary", prob);
			if (half.half() == 2) {
				long assessed = off + prob - v[0];
				long excellent = Math.round(assessed * (0.14 + 0.06 * r.nextDouble()));
				long complete = Math.round(assessed * 0.05 * r.nextDouble());
				long incomplete = Draw.count(r, assessed * 0.004);
				long grade = r.nextInt(100);
				rows += emit(out, lines, row, code, asOf, "orgs_assessed", 1);
				rows += emit(out, lines, row, code, asOf, "orgs_excellent", grade < 20 ? 1 : 0);
				rows += emit(out, lines, row, code, asOf, "orgs_good", grade >= 20 && grade < 93 ? 1 : 0);
				rows += emit(out, lines, row, code, asOf, "orgs_complete", grade >= 93 && grade < 99 ? 1 : 0);
				rows += emit(out, lines, row, code, asOf, "orgs_incomplete", grade >= 99 ? 1 : 0);
				rows += emit(out, lines, row, code, asOf, "members_assessed", assessed);
				rows += emit(out, lines, row, code, asOf, "members_excellent", excellent);
				rows += emit(out, lines, row, code, asOf, "members_good", Math.max(0, assessed - excellent - complete - incomplete));
				rows += emit(out, lines, row, code, asOf, "members_complete", complete);
				rows += emit(out, lines, row, code, asOf, "members_incomplete", incomplete);
			}
		}
		return rows;
	}

	private static int emit(Sink out, CsvTableWriter.CsvLines lines, List<Object> row, String code, String period, String metric,
			long value) throws IOException {
		row.clear();
		row.add(code);
		row.add(period);
		row.add(metric);
		row.add(value);
		out.line(lines, row);
		return 1;
	}

	/** A buffered UTF-8 (BOM) CSV file written line by line. */
	private static final class Sink implements AutoCloseable {

		private final OutputStream out;
		private final StringBuilder sb = new StringBuilder(1 << 17);
		private long bytes;

		Sink(Path file) throws IOException {
			this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
			out.write(OutputFormat.CSV_UTF8_BOM.bom);
			bytes = 3;
		}

		void line(CsvTableWriter.CsvLines lines, List<?> cells) throws IOException {
			lines.append(sb, cells);
			if (sb.length() > 100_000) {
				flush();
			}
		}

		long bytes() throws IOException {
			flush();
			return bytes;
		}

		private void flush() throws IOException {
			byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
			out.write(b);
			bytes += b.length;
			sb.setLength(0);
		}

		@Override
		public void close() throws IOException {
			flush();
			out.close();
		}
	}
}
