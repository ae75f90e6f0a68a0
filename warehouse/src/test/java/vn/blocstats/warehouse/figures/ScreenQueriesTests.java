package vn.blocstats.warehouse.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.figures.FigureQueries.Unit;

/** What the overview, compare and drill-down screens read: a term's figures, the units below a node and theirs. */
class ScreenQueriesTests {

	static final LocalDate TERM_START = LocalDate.of(2015, 6, 26);
	static final LocalDate TERM_END = LocalDate.of(2020, 7, 13);

	@TempDir
	Path dir;

	/**
	 * A province, its bloc committee with the term 2015–2020, a đảng bộ cơ sở with a chi bộ trực
	 * thuộc, and a chi bộ cơ sở that moved to another committee on 1/1/2019.
	 */
	private Figures bloc() throws Exception {
		return Figures.in(dir)
			.unit("74", "Tỉnh Bình Dương", "tinh", null)
			.unit("74-K", "Đảng bộ Khối", "dang_bo_khoi", "74")
			.unit("74-X", "Đảng bộ khác", "dang_bo_khoi", "74")
			.term("74-K", "2010-2015", 5, "2010-06-24", "2015-06-25")
			.term("74-K", "2015-2020", 6, "2015-06-26", "2020-07-13")
			.unit("74-K-001", "Đảng bộ Sở Y tế", "dang_bo_co_so", "74-K")
			.unit("74-K-001-01", "Chi bộ Phòng Kế hoạch", "chi_bo_truc_thuoc", "74-K-001")
			.unit("74-K-002", "Chi bộ Trung tâm Y tế dự phòng", "chi_bo_co_so", "74-K", "0001-01-01", "2018-12-31")
			.unit("74-K-002", "Chi bộ Trung tâm Kiểm soát bệnh tật", "chi_bo_co_so", "74-X", "2019-01-01", "9999-12-31")
			.flow("74-K-001", "admissions", "2015-07-01", "2015-12-31", 10)
			.flow("74-K-001", "admissions", "2016-01-01", "2016-12-31", 20)
			.flow("74-K-001", "admissions", "2020-01-01", "2020-06-30", 5)
			// after the term's end (anchor 30/9/2020): not in the term
			.flow("74-K-001", "admissions", "2020-07-01", "2020-12-31", 7)
			.flow("74-K-001-01", "admissions", "2017-01-01", "2017-12-31", 4)
			.flow("74-K-002", "admissions", "2016-01-01", "2016-12-31", 3)
			.stock("74-K-002", "members_total", "2018-12-31", 12)
			// under 74-X by then: not a figure of 74-K's term
			.stock("74-K-002", "members_total", "2019-12-31", 15)
			.stock("74-K-001", "members_total", "2019-12-31", 50)
			.stock("74-K-001", "members_total", "2020-06-30", 52);
	}

	@Test
	void a_units_term_figure_counts_what_it_had_while_it_was_below_the_committee() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			// 74-K-001: 10 + 20 + 5 of its own, + 4 of its chi bộ (the 7 of H2/2020 fall after the term)
			assertThat(q.unitTermFigures("74-K", "2015-2020", "admissions", List.of("74-K-001", "74-K-002", "74-K-001-01")))
				.containsOnly(Map.entry("74-K-001", 39.0), Map.entry("74-K-002", 3.0), Map.entry("74-K-001-01", 4.0));
			// 74-K-002's members: 12 on 31/12/2018, its last as-of date under 74-K (the 15 were counted under 74-X)
			assertThat(q.unitTermFigures("74-K", "2015-2020", "members_total", List.of("74-K-001", "74-K-002")))
				.containsOnly(Map.entry("74-K-001", 52.0), Map.entry("74-K-002", 12.0));
		}
	}

	@Test
	void the_committees_term_figures_add_up_its_units_and_take_stocks_at_the_latest_date() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			// 39 + 3 = 42 admissions; members: 52 on 30/6/2020, the latest as-of date in the term
			assertThat(q.termValues("74-K", "2015-2020")).containsEntry("admissions", 42.0).containsEntry("members_total", 52.0);
			assertThat(q.termFigures("2015-2020", "admissions", List.of("74-K", "74-X"))).containsOnly(Map.entry("74-K", 42.0));
			assertThat(q.termValues("74-K", "2010-2015")).isEmpty();
		}
	}

	@Test
	void a_years_figures_are_read_for_the_units_asked_for() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			// 2016: 20 + 3 = 23 for the committee
			assertThat(q.yearFigures(2016, "admissions", List.of("74-K", "74-K-001", "74-K-002", "74-K-001-01")))
				.containsOnly(Map.entry("74-K", 23.0), Map.entry("74-K-001", 20.0), Map.entry("74-K-002", 3.0));
			assertThat(q.yearFigures(2016, "admissions", List.of())).isEmpty();
		}
	}

	@Test
	void the_units_below_a_node_are_those_below_it_at_some_time_in_the_window() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			assertThat(q.children("74-K", TERM_START, TERM_END)).extracting(Unit::code).containsExactly("74-K-001", "74-K-002");
			assertThat(q.children("74-K", LocalDate.of(2019, 1, 1), TERM_END)).extracting(Unit::code).containsExactly("74-K-001");
			assertThat(q.children("74", TERM_START, TERM_END)).extracting(Unit::code).containsExactly("74-K", "74-X");
		}
	}

	@Test
	void a_units_ancestry_runs_from_the_province_down_to_it_as_of_a_day() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			assertThat(q.ancestry("74-K-001-01", TERM_END)).extracting(Unit::code)
				.containsExactly("74", "74-K", "74-K-001", "74-K-001-01");
			assertThat(q.ancestry("74-K-002", LocalDate.of(2017, 1, 1))).extracting(Unit::name)
				.containsExactly("Tỉnh Bình Dương", "Đảng bộ Khối", "Chi bộ Trung tâm Y tế dự phòng");
			assertThat(q.ancestry("74-K-002", LocalDate.of(2019, 6, 1))).extracting(Unit::code).containsExactly("74", "74-X", "74-K-002");
			assertThat(q.ancestry("nope", TERM_END)).isEmpty();
		}
	}

	@Test
	void the_materialised_table_gives_the_same_unit_figures_as_the_view() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			List<String> view = f.rows("SELECT * FROM v_figure_unit_term ORDER BY ALL");
			FigureTables.refresh(f.warehouse());
			assertThat(f.rows("SELECT * FROM figure_unit_term ORDER BY ALL")).isEqualTo(view).isNotEmpty();
			assertThat(q.unitTermFigures("74-K", "2015-2020", "admissions", List.of("74-K-001"))).containsOnly(Map.entry("74-K-001", 39.0));
		}
	}

	@Test
	void every_term_and_every_year_with_a_figure_are_listed_oldest_first() throws Exception {
		try (Figures f = bloc()) {
			FigureQueries q = new FigureQueries(f.warehouse());
			assertThat(q.allTerms()).extracting(t -> t.committeeCode() + " " + t.label())
				.containsExactly("74-K 2010-2015", "74-K 2015-2020");
			// admissions 2015–2017 and 2020, members 2018–2020
			assertThat(q.years()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020);
		}
	}
}
