package vn.blocstats.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Long-form figure files for the import benchmark: one province, one committee, as many grassroots
 * units as needed, and for each unit every imported metric of the catalog for every month from
 * January 2000 on ("T6/2020"), so that every row is a distinct (unit, period, metric). Deterministic
 * for a seed. The units file is small; the figures file holds exactly {@code rows} rows.
 */
final class ImportBenchData {

	static final List<String> METRICS = List.of("org_grassroots", "org_grassroots_committees", "org_grassroots_cells",
			"org_subordinate_cells", "members_total", "members_official", "members_probationary", "admissions", "recognitions",
			"cards_issued", "badges_awarded", "transfers_in", "transfers_out", "residence_introductions", "removals", "deaths",
			"candidate_classes", "candidates_trained", "new_member_classes", "new_members_trained", "training_theory_senior",
			"training_theory_intermediate", "training_theory_elementary", "training_professional", "training_university",
			"staff_reductions", "staff_reductions_party", "staff_reductions_state", "departments_reduced",
			"subdepartments_reduced", "units_dissolved", "units_merged", "deputies_reduced", "public_units_reduced",
			"awards_org", "awards_individual", "inspections", "supervisions", "discipline_cases");
	static final int MONTHS = 26 * 12;

	private ImportBenchData() {
	}

	/** The files written. */
	record BenchFiles(Path units, Path figures, long rows) {
	}

	/** Writes {@code units-R.csv} and {@code figures-R.csv} into {@code dir}; units are prefixed with {@code prefix}. */
	static BenchFiles write(Path dir, long rows, String prefix, long seed) throws IOException {
		Files.createDirectories(dir);
		long perUnit = (long) METRICS.size() * MONTHS;
		long units = (rows + perUnit - 1) / perUnit;
		Path unitsFile = dir.resolve("units-" + prefix + ".csv");
		Path figuresFile = dir.resolve("figures-" + prefix + ".csv");
		String committee = prefix + "-KCQ";
		try (BufferedWriter w = Files.newBufferedWriter(unitsFile, StandardCharsets.UTF_8)) {
			w.write("Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên\n");
			w.write(prefix + ",Tỉnh thử nghiệm " + prefix + ",tinh,\n");
			w.write(committee + ",Đảng bộ Khối các cơ quan tỉnh (thử nghiệm " + prefix + "),dang_bo_khoi," + prefix + "\n");
			for (long u = 1; u <= units; u++) {
				w.write(unit(committee, u) + ",Đảng bộ cơ sở số " + u + ",dang_bo_co_so," + committee + "\n");
			}
		}
		SplittableRandom random = new SplittableRandom(seed);
		long written = 0;
		try (BufferedWriter w = Files.newBufferedWriter(figuresFile, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
			w.write("Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị,Cách tính\n");
			StringBuilder sb = new StringBuilder(96);
			outer: for (long u = 1; u <= units; u++) {
				String code = unit(committee, u);
				for (int m = 0; m < MONTHS; m++) {
					String period = "T" + (m % 12 + 1) + "/" + (2000 + m / 12);
					for (String metric : METRICS) {
						if (written == rows) {
							break outer;
						}
						sb.setLength(0);
						// Each unit's series of a metric keeps to its own level (between 50 and 1.999), a month
						// within ±20 % of it — as reports do; uniform noise made every third figure an outlier
						// warning and the benchmark measured the writing of warnings.
						int level = 50 + (int) Math.floorMod((u * 7_919L + metric.hashCode()) * 2_654_435_761L, 1_950L);
						int value = (int) Math.round(level * (0.8 + 0.4 * random.nextDouble()));
						sb.append(code).append(',').append(period).append(',').append(metric).append(',')
							.append(value >= 1000 ? value / 1000 + "." + String.format("%03d", value % 1000) : String.valueOf(value))
							.append(",ky\n");
						w.write(sb.toString());
						written++;
					}
				}
			}
		}
		return new BenchFiles(unitsFile, figuresFile, written);
	}

	private static String unit(String committee, long u) {
		return committee + "-" + String.format("%04d", u);
	}
}
