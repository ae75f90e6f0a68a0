package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets of a term: totals over the term, yearly figures and minimum shares. */
class TargetAttainmentTests {

	@TempDir
	Path dir;

	@Test
	void a_term_total_is_judged_against_each_source_with_one_decimal() throws Exception {
		try (Figures f = Figures.in(dir)) {
			// Bình Dương CCQ&DN: "đã kết nạp 2.096 … đạt 104,8% chỉ tiêu nghị quyết nhiệm kỳ và đạt 95,2% chỉ tiêu Tỉnh ủy giao"
			f.unit("74", "Tỉnh Bình Dương", "tinh", null)
				.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
				.term("74-K", "2015-2020", 6, "2015-07-14", "2020-07-13")
				.target("74-K", "2015-2020", "admissions", "tong_nhiem_ky", "nghi_quyet", 2000)
				.target("74-K", "2015-2020", "admissions", "tong_nhiem_ky", "tinh_uy_giao", 2202)
				.cumulative("74-K", "admissions", "2020-06-30", 2096);

			// 100 * 2096 / 2000 = 104.8; 100 * 2096 / 2202 = 95.186… → 95.2
			assertThat(f.rows("SELECT * FROM v_target_attainment ORDER BY source"))
				.containsExactly("74-K | 2015-2020 | admissions | tong_nhiem_ky | nghi_quyet | 2000 | 2096 | 104.8 | true",
						"74-K | 2015-2020 | admissions | tong_nhiem_ky | tinh_uy_giao | 2202 | 2096 | 95.2 | false");
		}
	}

	/** Thái Bình, bloc of agencies, 2020-2025: the years of the term are 2021 to 2025 (1 July inside it). */
	private Figures thaiBinh() throws Exception {
		return Figures.in(dir)
			.unit("34", "Tỉnh Thái Bình", "tinh", null)
			.unit("34-K", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "34")
			.term("34-K", "2020-2025", 6, "2020-07-14", "2025-07-13");
	}

	@Test
	void a_yearly_target_is_judged_every_year_and_met_only_when_every_year_with_data_met_it() throws Exception {
		try (Figures f = thaiBinh()) {
			// "mỗi năm kết nạp ít nhất 200 đảng viên"
			f.target("34-K", "2020-2025", "admissions", "hang_nam", "nghi_quyet", 200)
				.flow("34-K", "admissions", "2020-07-14", "2020-12-31", 95)
				.flow("34-K", "admissions", "2021-01-01", "2021-12-31", 210)
				.flow("34-K", "admissions", "2022-01-01", "2022-12-31", 190)
				.flow("34-K", "admissions", "2023-01-01", "2023-12-31", 240);

			// 2020 is not a year of the term (1/7/2020 is before the congress); 2024 and 2025 have no data
			assertThat(f.rows("SELECT year, target, actual, attainment_pct, met FROM v_target_attainment_year ORDER BY year"))
				.containsExactly("2021 | 200 | 210 | 105 | true", "2022 | 200 | 190 | 95 | false",
						"2023 | 200 | 240 | 120 | true", "2024 | 200 | null | null | null",
						"2025 | 200 | null | null | null");
			// (210 + 190 + 240) / 3 = 213.33…: 106.7 % of the target, but 2022 missed it
			assertThat(f.rows("SELECT target_kind, round(actual, 2), attainment_pct, met FROM v_target_attainment"))
				.containsExactly("hang_nam | 213.33 | 106.7 | false");
		}
	}

	@Test
	void a_minimum_share_is_judged_every_year_on_the_computed_indicator() throws Exception {
		try (Figures f = thaiBinh()) {
			// "≥ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"
			f.target("34-K", "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "nghi_quyet", 90)
				.stock("34-K", "orgs_assessed", "2021-12-31", 100)
				.stock("34-K", "orgs_excellent", "2021-12-31", 20)
				.stock("34-K", "orgs_good", "2021-12-31", 72)
				.stock("34-K", "orgs_assessed", "2022-12-31", 100)
				.stock("34-K", "orgs_excellent", "2022-12-31", 15)
				.stock("34-K", "orgs_good", "2022-12-31", 80);

			// 92 % and 95 %: (92 + 95) / 2 = 93.5, 100 * 93.5 / 90 = 103.88… → 103.9
			assertThat(f.rows("SELECT year, actual, attainment_pct, met FROM v_target_attainment_year "
					+ "WHERE actual IS NOT NULL ORDER BY year"))
				.containsExactly("2021 | 92 | 102.2 | true", "2022 | 95 | 105.6 | true");
			assertThat(f.rows("SELECT metric, target_kind, target, actual, attainment_pct, met FROM v_target_attainment"))
				.containsExactly("share_orgs_good_or_better | ty_le_toi_thieu | 90 | 93.5 | 103.9 | true");
		}
	}

	@Test
	void a_target_without_any_figure_has_no_actual_and_is_neither_met_nor_missed() throws Exception {
		try (Figures f = thaiBinh()) {
			f.target("34-K", "2020-2025", "admissions", "hang_nam", "nghi_quyet", 200)
				.target("34-K", "2020-2025", "admissions", "tong_nhiem_ky", "nghi_quyet", 1000);

			assertThat(f.rows("SELECT target_kind, actual, attainment_pct, met FROM v_target_attainment ORDER BY target_kind"))
				.containsExactly("hang_nam | null | null | null", "tong_nhiem_ky | null | null | null");
		}
	}

	@Test
	void a_term_is_summed_up_as_ten_of_eleven_targets_met_and_five_exceeded() throws Exception {
		try (Figures f = Figures.in(dir)) {
			// Lâm Đồng, bloc of agencies, 2015-2020: "hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch"
			f.unit("68", "Tỉnh Lâm Đồng", "tinh", null)
				.unit("68-K", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "68")
				.term("68-K", "2015-2020", 6, "2015-08-05", "2020-07-20");
			String[] metrics = {"admissions", "recognitions", "cards_issued", "badges_awarded", "candidates_trained",
					"training_theory_senior", "training_theory_intermediate", "training_professional", "training_university",
					"awards_org", "awards_individual"};
			double[] actuals = {1100, 1200, 900, 80, 2700, 300, 800, 1000, 100, 99, 120};
			for (int i = 0; i < metrics.length; i++) {
				// 5 exceeded, 5 met exactly, the last one missed
				double target = i < 5 ? actuals[i] - 10 : i < 10 ? actuals[i] : actuals[i] + 30;
				f.target("68-K", "2015-2020", metrics[i], "tong_nhiem_ky", "nghi_quyet", target)
					.flow("68-K", metrics[i], "2015-08-05", "2020-07-20", actuals[i]);
			}

			assertThat(f.rows("SELECT count(*) FILTER (WHERE met), count(*) FILTER (WHERE actual > target), count(*) "
					+ "FROM v_target_attainment WHERE committee_code = '68-K' AND term = '2015-2020'"))
				.containsExactly("10 | 5 | 11");
			assertThat(f.rows("SELECT metric, attainment_pct FROM v_target_attainment WHERE NOT met"))
				.containsExactly("awards_individual | 80");
		}
	}
}
