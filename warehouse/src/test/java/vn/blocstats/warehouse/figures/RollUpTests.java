package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules F (the hierarchy at a date) and G (a committee's own report wins over the sum of its units). */
class RollUpTests {

	private static final String ADMISSIONS_2016 =
			"SELECT org_code, value FROM v_figure_year WHERE metric = 'admissions' AND year = 2016 ORDER BY org_code";
	private static final String FLAGS =
			"SELECT kind, org_code, metric, period_start, period_end, reported, expected FROM v_flag ORDER BY ALL";

	@TempDir
	Path dir;

	private Figures aCommitteeWithTwoUnits() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74")
			.unit("74-K-01", "Đảng bộ Sở Tài chính", "dang_bo_co_so", "74-K")
			.unit("74-K-02", "Chi bộ Báo Bình Dương", "chi_bo_co_so", "74-K");
	}

	@Test
	void a_committee_without_its_own_report_gets_the_sum_of_its_units() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			f.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 20)
				.flow("74-K-02", "admissions", "2016-01-01", "2016-06-30", 10)
				.flow("74-K-02", "admissions", "2016-07-01", "2016-12-31", 15);

			assertThat(f.rows(ADMISSIONS_2016)).containsExactly("74 | 45", "74-K | 45", "74-K-01 | 20", "74-K-02 | 25");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void a_committees_own_report_wins_over_the_sum_of_its_units_and_the_difference_is_flagged() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 50)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 20)
				.flow("74-K-02", "admissions", "2016-01-01", "2016-06-30", 10)
				.flow("74-K-02", "admissions", "2016-07-01", "2016-12-31", 15);

			// the province gets the committee's 50, not 45
			assertThat(f.rows(ADMISSIONS_2016)).containsExactly("74 | 50", "74-K | 50", "74-K-01 | 20", "74-K-02 | 25");
			// the year of 74-K-01 matches the span exactly, the halves of 74-K-02 tile it: 20 + 10 + 15 = 45
			assertThat(f.rows("SELECT kind, org_code, metric, period_start, period_end, reported, expected, detail FROM v_flag"))
				.containsExactly("own_vs_units | 74-K | admissions | 2016-01-01 | 2016-12-31 | 50 | 45 | "
						+ "Số liệu tự báo cáo khác tổng số của các đơn vị trực thuộc");
		}
	}

	@Test
	void an_own_report_that_agrees_with_its_units_is_not_flagged() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 45)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 20)
				.flow("74-K-02", "admissions", "2016-01-01", "2016-12-31", 25);

			assertThat(f.rows(ADMISSIONS_2016)).containsExactly("74 | 45", "74-K | 45", "74-K-01 | 20", "74-K-02 | 25");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void only_units_whose_reports_cover_the_committees_span_are_compared_with_it() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			// 74-K-02 reported the first quarter only: it cannot be compared with the year
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 50)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-12-31", 20)
				.flow("74-K-02", "admissions", "2016-01-01", "2016-03-31", 5);

			assertThat(f.rows(ADMISSIONS_2016)).containsExactly("74 | 50", "74-K | 50", "74-K-01 | 20", "74-K-02 | 5");
			assertThat(f.rows(FLAGS)).containsExactly("own_vs_units | 74-K | admissions | 2016-01-01 | 2016-12-31 | 50 | 20");
		}
	}

	@Test
	void stocks_of_units_add_up_at_the_same_as_of_date_and_the_committees_own_count_wins() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			f.stock("74-K-01", "members_total", "2016-12-31", 120)
				.stock("74-K-02", "members_total", "2016-12-31", 80)
				.stock("74-K-01", "members_total", "2017-12-31", 125)
				.stock("74-K-02", "members_total", "2017-12-31", 82)
				.stock("74-K", "members_total", "2017-12-31", 210);

			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE metric = 'members_total' "
					+ "AND org_code IN ('74', '74-K') ORDER BY ALL"))
				.containsExactly("74 | 2016 | 200", "74 | 2017 | 210", "74-K | 2016 | 200", "74-K | 2017 | 210");
			assertThat(f.rows(FLAGS)).containsExactly("own_vs_units | 74-K | members_total | 2017-12-31 | 2017-12-31 | 210 | 207");
		}
	}

	@Test
	void a_unit_moving_to_another_committee_rolls_into_each_for_its_own_dates() throws Exception {
		try (Figures f = Figures.in(dir)) {
			// Thái Bình, February 2025: the bloc of agencies ends, its organisations move to the new
			// Đảng bộ các cơ quan Đảng tỉnh
			f.unit("34", "Tỉnh Thái Bình", "tinh", null)
				.unit("34-KCQ", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "34", "0001-01-01", "2025-01-31")
				.unit("34-CQD", "Đảng bộ các cơ quan Đảng tỉnh", "dang_bo_khoi", "34", "2025-02-01", "9999-12-31")
				.unit("34-X", "Đảng bộ Ban Tuyên giáo", "dang_bo_co_so", "34-KCQ", "0001-01-01", "2025-01-31")
				.unit("34-X", "Đảng bộ Ban Tuyên giáo", "dang_bo_co_so", "34-CQD", "2025-02-01", "9999-12-31")
				.flow("34-X", "admissions", "2025-01-01", "2025-01-31", 3)
				.flow("34-X", "admissions", "2025-02-01", "2025-02-28", 4)
				.flow("34-X", "admissions", "2025-03-01", "2025-03-31", 5)
				.stock("34-X", "members_total", "2025-01-31", 40)
				.stock("34-X", "members_total", "2025-03-31", 42);

			assertThat(f.rows("SELECT org_code, metric, value FROM v_figure_year WHERE year = 2025 ORDER BY ALL"))
				.containsExactly(
						"34 | admissions | 12", "34 | members_total | 42",
						"34-CQD | admissions | 9", "34-CQD | members_total | 42",
						"34-KCQ | admissions | 3", "34-KCQ | members_total | 40",
						"34-X | admissions | 12", "34-X | members_total | 42");
		}
	}

	private Figures aProvinceWithTwoBlocs() throws Exception {
		return Figures.in(dir)
			.unit("36", "Tỉnh Nam Định", "tinh", null)
			.unit("36-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "36")
			.unit("36-K-01", "Đảng bộ Sở Y tế", "dang_bo_co_so", "36-K")
			.unit("36-K-01-1", "Chi bộ Văn phòng Sở", "chi_bo_truc_thuoc", "36-K-01")
			.unit("36-K-01-2", "Chi bộ Bệnh viện Đa khoa tỉnh", "chi_bo_truc_thuoc", "36-K-01")
			.unit("36-K-02", "Chi bộ Sở Tư pháp", "chi_bo_co_so", "36-K")
			.unit("36-D", "Đảng bộ Khối doanh nghiệp tỉnh", "dang_bo_khoi", "36")
			.unit("36-D-01", "Đảng bộ Công ty Điện lực", "dang_bo_co_so", "36-D")
			.flow("36-K-01-1", "admissions", "2021-01-01", "2021-12-31", 3)
			.flow("36-K-01-2", "admissions", "2021-01-01", "2021-12-31", 4)
			.flow("36-K-02", "admissions", "2021-01-01", "2021-12-31", 5)
			.flow("36-D-01", "admissions", "2021-01-01", "2021-12-31", 8);
	}

	@Test
	void subordinate_cells_roll_up_through_their_grassroots_committee_and_bloc_to_the_province() throws Exception {
		try (Figures f = aProvinceWithTwoBlocs()) {
			// 36-K-01 = 3 + 4; 36-K = 7 + 5; 36 = 12 + 8
			assertThat(f.rows("SELECT org_code, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY org_code"))
				.containsExactly("36 | 20", "36-D | 8", "36-D-01 | 8", "36-K | 12", "36-K-01 | 7", "36-K-01-1 | 3",
						"36-K-01-2 | 4", "36-K-02 | 5");
			assertThat(f.rows(FLAGS)).isEmpty();
		}
	}

	@Test
	void a_grassroots_committees_own_report_stops_its_cells_and_counts_above_it() throws Exception {
		try (Figures f = aProvinceWithTwoBlocs()) {
			f.flow("36-K-01", "admissions", "2021-01-01", "2021-12-31", 9);

			// 36-K-01 = its own 9; 36-K = 9 + 5; 36 = 14 + 8
			assertThat(f.rows("SELECT org_code, value FROM v_figure_year WHERE metric = 'admissions' ORDER BY org_code"))
				.containsExactly("36 | 22", "36-D | 8", "36-D-01 | 8", "36-K | 14", "36-K-01 | 9", "36-K-01-1 | 3",
						"36-K-01-2 | 4", "36-K-02 | 5");
			assertThat(f.rows(FLAGS)).containsExactly("own_vs_units | 36-K-01 | admissions | 2021-01-01 | 2021-12-31 | 9 | 7");
		}
	}

	@Test
	void a_committees_year_report_hides_the_half_years_of_its_units_but_not_their_other_years() throws Exception {
		try (Figures f = aCommitteeWithTwoUnits()) {
			f.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 50)
				.flow("74-K-01", "admissions", "2016-01-01", "2016-06-30", 30)
				.flow("74-K-01", "admissions", "2017-01-01", "2017-06-30", 12);

			assertThat(f.rows("SELECT org_code, year, value FROM v_figure_year WHERE org_code IN ('74', '74-K') ORDER BY ALL"))
				.containsExactly("74 | 2016 | 50", "74 | 2017 | 12", "74-K | 2016 | 50", "74-K | 2017 | 12");
		}
	}
}
