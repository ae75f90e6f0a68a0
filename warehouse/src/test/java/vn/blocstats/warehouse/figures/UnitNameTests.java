package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule J: the name of a unit in a year, and of a committee in a term. */
class UnitNameTests {

	@TempDir
	Path dir;

	@Test
	void a_unit_is_named_as_on_31_december_of_the_year() throws Exception {
		try (Figures f = Figures.in(dir)) {
			f.unit("56", "Tỉnh Khánh Hòa", "tinh", null)
				.unit("56-K-01", "Chi bộ Sở Nội vụ", "chi_bo_co_so", "56", "0001-01-01", "2018-06-30")
				.unit("56-K-01", "Đảng bộ Sở Nội vụ", "dang_bo_co_so", "56", "2018-07-01", "9999-12-31")
				.flow("56-K-01", "deputies_reduced", "2017-01-01", "2017-12-31", 2)
				.flow("56-K-01", "deputies_reduced", "2018-01-01", "2018-12-31", 5);

			assertThat(f.rows("SELECT org_code, org_name, year FROM v_figure_year WHERE org_code = '56-K-01' ORDER BY year"))
				.containsExactly("56-K-01 | Chi bộ Sở Nội vụ | 2017", "56-K-01 | Đảng bộ Sở Nội vụ | 2018");
		}
	}

	@Test
	void a_unit_that_ended_during_the_year_keeps_its_last_name_of_that_year() throws Exception {
		try (Figures f = Figures.in(dir)) {
			f.unit("60", "Tỉnh Bình Thuận", "tinh", null, "0001-01-01", "2025-06-30")
				.unit("60-K", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "60", "0001-01-01", "2019-12-31")
				.unit("60-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "60", "2020-01-01", "2025-01-31")
				.flow("60-K", "admissions", "2025-01-01", "2025-01-31", 7)
				// reported for a date after the unit's end: its latest row names it
				.flow("60-K", "admissions", "2026-01-01", "2026-01-31", 1);

			assertThat(f.rows("SELECT year, org_name FROM v_figure_year WHERE org_code = '60-K' ORDER BY year"))
				.containsExactly("2025 | Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
						"2026 | Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
		}
	}

	@Test
	void a_committee_is_named_as_on_the_last_day_of_its_term() throws Exception {
		try (Figures f = Figures.in(dir)) {
			f.unit("74", "Tỉnh Bình Dương", "tinh", null)
				.unit("74-K", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "74", "0001-01-01", "2016-12-31")
				.unit("74-K", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "dang_bo_khoi", "74", "2017-01-01", "9999-12-31")
				.term("74-K", "2010-2015", 5, "2010-07-10", "2015-07-13")
				.term("74-K", "2015-2020", 6, "2015-07-14", "2020-07-13")
				.flow("74-K", "admissions", "2014-01-01", "2014-12-31", 380)
				.flow("74-K", "admissions", "2016-01-01", "2016-12-31", 420);

			assertThat(f.rows("SELECT committee_code, committee_name, term, value FROM v_figure_term ORDER BY term"))
				.containsExactly("74-K | Đảng bộ Khối các cơ quan tỉnh | 2010-2015 | 380",
						"74-K | Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh | 2015-2020 | 420");
		}
	}
}
