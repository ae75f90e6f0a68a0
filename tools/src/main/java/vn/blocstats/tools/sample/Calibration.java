package vn.blocstats.tools.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure of a seed article that the sample must reproduce exactly: the sum of {@code metric} over
 * the half-years {@code from}..{@code to} (indexes of {@link Half}) is {@code total}, summed over the
 * committee's units ({@code unitLevel}) or in the committee's own reports.
 */
record Calibration(String metric, boolean unitLevel, int from, int to, long total) {

	/** H2/2015 … H1/2020: the half-years of the terms 2015–2020 (congresses in June 2015 and July–August 2020). */
	static final int TERM_2015_FROM = new Half(2015, 2).index();
	static final int TERM_2015_TO = new Half(2020, 1).index();

	/** The members_total of Nam Định's bloc on 30/6/2022 ("trên 8.600 đảng viên"). */
	static final long NAM_DINH_MEMBERS_2022 = 8_652;

	static List<Calibration> of(Committee c) {
		List<Calibration> out = new ArrayList<>();
		int a = TERM_2015_FROM;
		int b = TERM_2015_TO;
		switch (c.code()) {
			case "74-KCQDN" -> {
				// Seed 000: to June 2020, term 2015–2020.
				unit(out, "admissions", a, b, 2_096);
				unit(out, "recognitions", a, b, 1_880);
				unit(out, "residence_introductions", a, b, 2_856);
				unit(out, "staff_reductions_party", a, b, 29);
				unit(out, "staff_reductions_state", a, b, 130);
				unit(out, "departments_reduced", a, b, 28);
				unit(out, "subdepartments_reduced", a, b, 3);
				unit(out, "units_dissolved", a, b, 4);
				unit(out, "units_merged", a, b, 3);
				own(out, "cards_issued", a, b, 982);
				own(out, "badges_awarded", a, b, 77);
				own(out, "training_theory_senior", a, b, 280);
				own(out, "training_theory_intermediate", a, b, 771);
				own(out, "training_professional", a, b, 1_198);
				own(out, "training_university", a, b, 98);
				own(out, "awards_org", a, b, 99);
				own(out, "awards_individual", a, b, 146);
			}
			case "36-KCQDN" -> {
				// Seed 001.
				int h1of2022 = new Half(2022, 1).index();
				unit(out, "admissions", a, b, 2_003);
				unit(out, "candidates_trained", a, b, 2_678);
				own(out, "candidate_classes", a, b, 25);
				unit(out, "admissions", new Half(2021, 1).index(), new Half(2021, 2).index(), 303);
				unit(out, "admissions", h1of2022, h1of2022, 326);
				unit(out, "candidates_trained", h1of2022, h1of2022, 355);
				unit(out, "new_members_trained", h1of2022, h1of2022, 321);
				own(out, "candidate_classes", h1of2022, h1of2022, 3);
				own(out, "new_member_classes", h1of2022, h1of2022, 3);
				own(out, "badges_awarded", h1of2022, h1of2022, 46);
			}
			case "34-KCQ" -> {
				// Seed 002: at least 200 admissions every year of 2020–2025 (values of the sample).
				long[] years = {226, 236, 248, 231, 243};
				for (int i = 0; i < years.length; i++) {
					unit(out, "admissions", new Half(2020 + i, 1).index(), new Half(2020 + i, 2).index(), years[i]);
				}
			}
			case "56-KCQ" -> {
				// Seed 003: 2017–2019.
				int from = new Half(2017, 1).index();
				int to = new Half(2019, 2).index();
				unit(out, "departments_reduced", from, to, 4);
				unit(out, "deputies_reduced", from, to, 7);
				unit(out, "public_units_reduced", from, to, 14);
			}
			case "68-KCQ" -> {
				// Seed 004: the values behind "10/11 chỉ tiêu, 5/11 vượt" (the sample's own targets; see Targets).
				long[] halves = {148, 165, 150, 170, 155, 165, 160, 168, 158, 170, 151, 160};
				for (int i = 0; i < halves.length; i++) {
					int h = new Half(2015, 1).index() + i;
					unit(out, "admissions", h, h, halves[i]);
				}
				unit(out, "candidates_trained", a, b, 1_800);
				own(out, "training_theory_senior", a, b, 120);
				own(out, "training_theory_intermediate", a, b, 450);
				own(out, "training_professional", a, b, 2_500);
				own(out, "supervisions", a, b, 300);
			}
			default -> throw new IllegalArgumentException(c.code());
		}
		return List.copyOf(out);
	}

	private static void unit(List<Calibration> out, String metric, int from, int to, long total) {
		out.add(new Calibration(metric, true, from, to, total));
	}

	private static void own(List<Calibration> out, String metric, int from, int to, long total) {
		out.add(new Calibration(metric, false, from, to, total));
	}
}
