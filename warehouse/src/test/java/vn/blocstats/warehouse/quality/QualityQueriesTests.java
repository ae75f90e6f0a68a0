package vn.blocstats.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.figures.Figures;
import vn.blocstats.warehouse.quality.QualityQueries.Completeness;
import vn.blocstats.warehouse.quality.QualityQueries.Issue;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * The data-quality queries over tiny warehouses whose answers are computed by hand: completeness
 * per half-year (effective-dated units, a unit's chi bộ reporting for it, superseded figures not
 * counting, a committee ending mid-half-year), the flags under a committee, loads and their issues.
 */
class QualityQueriesTests {

	@TempDir
	Path dir;

	/**
	 * Committee K of province P with four grassroots organisations in 2021: A (with its chi bộ trực
	 * thuộc D), B, C (dissolved on 30/9/2021) and E (founded on 1/5/2021).
	 */
	private Figures committeeK() throws SQLException {
		return Figures.in(dir)
			.unit("P", "Tỉnh P", "tinh", null)
			.unit("K", "Đảng bộ Khối K", "dang_bo_khoi", "P")
			.unit("K-A", "Đảng bộ Sở A", "dang_bo_co_so", "K")
			.unit("K-A-D", "Chi bộ phòng D", "chi_bo_truc_thuoc", "K-A")
			.unit("K-B", "Chi bộ Sở B", "chi_bo_co_so", "K")
			.unit("K-C", "Chi bộ Sở C", "chi_bo_co_so", "K", "2010-01-01", "2021-09-30")
			.unit("K-E", "Đảng bộ Công ty E", "dang_bo_co_so", "K", "2021-05-01", "9999-12-31");
	}

	@Test
	void completeness_counts_the_units_valid_on_the_half_years_last_day_and_those_that_reported_in_it() throws Exception {
		try (Figures f = committeeK()) {
			f.stock("K-A", "members_total", "2021-06-30", 120)
				.flow("K-B", "admissions", "2021-01-01", "2021-03-31", 2)
				.flow("K-C", "admissions", "2021-01-01", "2021-03-31", 1)
				// A reports the second half through its chi bộ D; B's second half was replaced by nothing current
				.flow("K-A-D", "admissions", "2021-07-01", "2021-12-31", 3)
				.supersededFlow("K-B", "admissions", "2021-07-01", "2021-12-31", 4)
				// the committee's own figure is no unit's report
				.flow("K", "admissions", "2021-07-01", "2021-12-31", 9);
			QualityQueries q = new QualityQueries(f.warehouse());

			// H1 (30/6): A, B, C, E expected (E founded in May); A, B, C reported.
			// H2 (31/12): A, B, E expected (C dissolved); only A reported (through D).
			assertThat(q.completeness("K")).containsExactly(new Completeness(new HalfYear(2021, 2), 3, 1),
					new Completeness(new HalfYear(2021, 1), 4, 3));
			assertThat(q.completeness("K").getLast().sharePct()).isEqualTo(75.0);
			assertThat(q.missing("K", new HalfYear(2021, 2))).containsExactly(new Unit("K-B", "Chi bộ Sở B", "chi_bo_co_so"),
					new Unit("K-E", "Đảng bộ Công ty E", "dang_bo_co_so"));
			assertThat(q.missing("K", new HalfYear(2021, 1))).containsExactly(new Unit("K-E", "Đảng bộ Công ty E", "dang_bo_co_so"));
		}
	}

	@Test
	void completeness_runs_from_the_first_to_the_last_half_year_with_a_figure_including_empty_ones_between() throws Exception {
		try (Figures f = committeeK()) {
			f.stock("K-A", "members_total", "2019-12-31", 100).flow("K-B", "admissions", "2021-01-01", "2021-06-30", 2);
			QualityQueries q = new QualityQueries(f.warehouse());

			assertThat(q.completeness("K")).extracting(c -> c.period() + " " + c.reported() + "/" + c.expected())
				.containsExactly("2021-H1 1/4", "2020-H2 0/3", "2020-H1 0/3", "2019-H2 1/3");
			assertThat(q.completeness("P")).extracting(c -> c.period() + " " + c.reported() + "/" + c.expected())
				.containsExactly("2021-H1 1/4", "2020-H2 0/3", "2020-H1 0/3", "2019-H2 1/3");
			assertThat(q.completeness("K-A")).isEmpty();
			assertThat(q.completeness("NO-SUCH")).isEmpty();
		}
	}

	@Test
	void a_unit_moving_between_committees_is_expected_by_each_for_the_half_years_it_was_theirs() throws Exception {
		// Thái Bình, 2025: the bloc K1 ends on 31/1, its unit X moves to the new committee K2 on 1/2.
		try (Figures f = Figures.in(dir)) {
			f.unit("P", "Tỉnh P", "tinh", null)
				.unit("K1", "Đảng bộ Khối các cơ quan tỉnh", "dang_bo_khoi", "P", "0001-01-01", "2025-01-31")
				.unit("K2", "Đảng bộ các cơ quan Đảng tỉnh", "dang_bo_khoi", "P", "2025-02-01", "9999-12-31")
				.unit("X", "Đảng bộ Ban Tuyên giáo", "dang_bo_co_so", "K1", "0001-01-01", "2025-01-31")
				.unit("X", "Đảng bộ Ban Tuyên giáo", "dang_bo_co_so", "K2", "2025-02-01", "9999-12-31")
				.stock("X", "members_total", "2024-12-31", 40)
				.flow("X", "admissions", "2025-01-01", "2025-06-30", 5);
			QualityQueries q = new QualityQueries(f.warehouse());

			// K1 counts its units on its last day, 31/1/2025; K2 did not exist in 2024.
			assertThat(q.completeness("K1")).extracting(c -> c.period() + " " + c.reported() + "/" + c.expected())
				.containsExactly("2025-H1 1/1", "2024-H2 1/1");
			assertThat(q.completeness("K2")).extracting(c -> c.period() + " " + c.reported() + "/" + c.expected())
				.containsExactly("2025-H1 1/1");
		}
	}

	@Test
	void the_flags_of_a_committee_are_its_own_and_those_of_the_units_under_it_on_the_flags_date() throws Exception {
		try (Figures f = committeeK()) {
			f.unit("L", "Đảng bộ Khối L", "dang_bo_khoi", "P")
				.unit("L-1", "Chi bộ L1", "chi_bo_co_so", "L")
				.term("K", "2020-2025", 7, "2020-07-14", "2025-01-31")
				// K's own 2021 figure (10) against its units' 3 + 4
				.flow("K", "admissions", "2021-01-01", "2021-12-31", 10)
				.flow("K-A", "admissions", "2021-01-01", "2021-12-31", 3)
				.flow("K-B", "admissions", "2021-01-01", "2021-12-31", 4)
				// A cumulative series of A that falls
				.cumulative("K-A", "recognitions", "2021-06-30", 5)
				.cumulative("K-A", "recognitions", "2021-12-31", 3)
				// another committee's disagreement
				.flow("L", "admissions", "2021-01-01", "2021-12-31", 8)
				.flow("L-1", "admissions", "2021-01-01", "2021-12-31", 6);
			QualityQueries q = new QualityQueries(f.warehouse());

			assertThat(q.flags("K")).extracting(x -> String.join(" | ", x.kind(), x.orgCode(), x.orgName(), x.metric(), x.metricVi(),
					x.periodStart() + "–" + x.periodEnd(), String.valueOf(x.reported()), String.valueOf(x.expected())))
				.containsExactly(
						"own_vs_units | K | Đảng bộ Khối K | admissions | Kết nạp đảng viên mới | 2021-01-01–2021-12-31 | 10.0 | 7.0",
						"luy_ke_falls | K-A | Đảng bộ Sở A | recognitions | Công nhận đảng viên chính thức | 2021-07-01–2021-12-31 | 3.0 | 5.0");
			assertThat(q.flags("L")).extracting(QualityQueries.Flag::orgCode).containsExactly("L");
			assertThat(q.flags("P")).extracting(QualityQueries.Flag::orgCode).containsExactlyInAnyOrder("K", "K-A", "L");
		}
	}

	@Test
	void loads_come_newest_first_and_their_issues_in_the_reject_reports_order() throws Exception {
		try (Figures f = Figures.in(dir); DuckDBConnection c = f.warehouse().connection()) {
			load(c, 1, "don-vi.csv", "LOADED", 8, 8, 0, 0);
			load(c, 2, "so-lieu.xlsx", "PARTIAL", 5, 3, 2, 1);
			issue(c, 2, "error", "so-lieu.xlsx", "Trang 2", 4, "Giá trị", "mười", "Giá trị “mười” không phải là số", "value.not_number");
			issue(c, 2, "warning", "so-lieu.xlsx", "Trang 1", 7, "Giá trị", "1250", "Tổng khác tổng các thành phần", "check.parts_sum");
			issue(c, 2, "error", "so-lieu.xlsx", "Trang 1", 3, "Mã đơn vị", "=cmd", "Không có đơn vị mã “=cmd”", "org.unknown");
			issue(c, 2, "warning", "so-lieu.xlsx", null, 0, null, null, "Bỏ qua trang ẩn 'Nháp'", "file.note");
			QualityQueries q = new QualityQueries(f.warehouse());

			assertThat(q.loads(10)).extracting(l -> l.loadId() + " " + l.fileName() + " " + l.status() + " " + l.rowsRead() + "/"
					+ l.rowsLoaded() + "/" + l.rowsRejected() + "/" + l.warnings() + " #" + l.jobExecutionId())
				.containsExactly("2 so-lieu.xlsx PARTIAL 5/3/2/1 #12", "1 don-vi.csv LOADED 8/8/0/0 #11");
			assertThat(q.loads(1)).hasSize(1);
			assertThat(q.load(1)).get().extracting(QualityQueries.Load::fileName).isEqualTo("don-vi.csv");
			assertThat(q.load(3)).isEmpty();
			assertThat(q.issueCount(2)).isEqualTo(4);
			assertThat(q.issueCount(1)).isZero();
			List<Issue> issues = q.issues(2, 0, 10);
			assertThat(issues).extracting(i -> i.sheet() + ":" + i.row() + ":" + i.rule())
				.containsExactly("null:0:file.note", "Trang 1:3:org.unknown", "Trang 1:7:check.parts_sum", "Trang 2:4:value.not_number");
			assertThat(issues.get(1)).isEqualTo(new Issue("error", "so-lieu.xlsx", "Trang 1", 3, "Mã đơn vị", "=cmd",
					"Không có đơn vị mã “=cmd”", "org.unknown"));
			assertThat(issues.get(1).isError()).isTrue();
			assertThat(q.issues(2, 1, 2)).extracting(Issue::row).containsExactly(3, 7);
			List<Issue> each = new java.util.ArrayList<>();
			q.eachIssue(2, each::add);
			assertThat(each).isEqualTo(issues);
		}
	}

	@Test
	void a_half_year_is_written_year_dash_h_half() {
		assertThat(HalfYear.parse("2021-H2")).contains(new HalfYear(2021, 2));
		assertThat(HalfYear.parse("2021-H3")).isEmpty();
		assertThat(HalfYear.parse("../2021")).isEmpty();
		assertThat(new HalfYear(2021, 1).end()).hasToString("2021-06-30");
		assertThat(new HalfYear(2021, 2).start()).hasToString("2021-07-01");
	}

	private static void load(DuckDBConnection c, long id, String name, String status, long read, long loaded, long rejected,
			long warnings) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO load (load_id, file_name, file_sha256, status, started_at, "
				+ "rows_read, rows_loaded, rows_rejected, warnings, job_execution_id) VALUES (?, ?, 'sha', ?, TIMESTAMP '2025-03-01 08:00:00' "
				+ "+ to_minutes(CAST(? AS BIGINT)), ?, ?, ?, ?, ?)")) {
			ps.setLong(1, id);
			ps.setString(2, name);
			ps.setString(3, status);
			ps.setLong(4, id);
			ps.setLong(5, read);
			ps.setLong(6, loaded);
			ps.setLong(7, rejected);
			ps.setLong(8, warnings);
			ps.setLong(9, 10 + id);
			ps.executeUpdate();
		}
	}

	private static void issue(DuckDBConnection c, long load, String severity, String file, String sheet, int row, String column,
			String value, String reason, String rule) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO load_issue VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			ps.setLong(1, load);
			ps.setString(2, severity);
			ps.setString(3, file);
			ps.setString(4, sheet);
			ps.setInt(5, row);
			ps.setString(6, column);
			ps.setString(7, value);
			ps.setString(8, reason);
			ps.setString(9, rule);
			ps.executeUpdate();
		}
	}
}
