package vn.blocstats.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.figures.FigureQueries.Judgement;
import vn.blocstats.warehouse.metric.MetricCatalog;

/** The sentences of a congress report, from attainment figures computed by the warehouse. */
class TargetSentencesTests {

	static final Locale VI = Locale.of("vi", "VN");

	@TempDir
	static Path dir;

	static Path db;

	@BeforeAll
	static void importFixtures() {
		db = dir.resolve("w.duckdb");
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		assertThat(BlocstatsApplication.run(new String[] { "import", "--db", db.toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet)).isZero();
	}

	@Test
	void binh_duong_admitted_2096_members_104_8_percent_of_the_resolution_and_95_2_of_the_province() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			List<Attainment> a = new FigureQueries(w).attainments("74-KCQDN", "2015-2020");
			assertThat(TargetSentences.sentences(a, MetricCatalog.load(c), VI)).containsExactly(
					"kết nạp 2.096 đảng viên mới, đạt 104,8% chỉ tiêu nghị quyết và đạt 95,2% chỉ tiêu Tỉnh ủy giao");
			// the province's target is counted apart, never hidden behind the resolution's
			assertThat(TargetSentences.summary(a, VI)).isEqualTo("Đảng bộ Khối hoàn thành 1/1 chỉ tiêu nghị quyết, trong đó 1/1 "
					+ "chỉ tiêu vượt kế hoạch. Chỉ tiêu Tỉnh ủy giao: hoàn thành 0/1 chỉ tiêu");
			assertThat(TargetSentences.sentences(a, MetricCatalog.load(c), Locale.ENGLISH)).containsExactly(
					"admitted 2,096 new members, 104.8% of the congress resolution's target and 95.2% of the provincial committee's target");
		}
	}

	@Test
	void a_term_without_figures_yet_says_so() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			List<Attainment> a = new FigureQueries(w).attainments("74-KCQDN", "2020-2025");
			assertThat(TargetSentences.sentences(a, MetricCatalog.load(c), VI)).contains(
					"tỷ lệ tccsđ hoàn thành tốt nhiệm vụ trở lên: chưa có số liệu");
		}
	}

	@Test
	void lam_dong_met_ten_of_eleven_targets_and_exceeded_five() {
		// Lâm Đồng, bloc of agencies, 2015–2020: 5 exceeded, 5 met exactly, 1 missed; one target assigned by
		// the provincial committee is counted apart.
		List<Attainment> a = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			a.add(new Attainment("68-KCQ", "2015-2020", "m" + i, "tong_nhiem_ky", "nghi_quyet", 100, 120.0, 120.0, true));
		}
		for (int i = 5; i < 10; i++) {
			a.add(new Attainment("68-KCQ", "2015-2020", "m" + i, "tong_nhiem_ky", "nghi_quyet", 100, 100.0, 100.0, true));
		}
		a.add(new Attainment("68-KCQ", "2015-2020", "m10", "tong_nhiem_ky", "nghi_quyet", 100, 80.0, 80.0, false));
		a.add(new Attainment("68-KCQ", "2015-2020", "m0", "tong_nhiem_ky", "tinh_uy_giao", 150, 120.0, 80.0, false));
		assertThat(TargetSentences.summary(a, VI)).isEqualTo("Đảng bộ Khối hoàn thành 10/11 chỉ tiêu nghị quyết, trong đó 5/11 "
				+ "chỉ tiêu vượt kế hoạch. Chỉ tiêu Tỉnh ủy giao: hoàn thành 0/1 chỉ tiêu");
		assertThat(TargetSentences.summary(a.subList(0, 11), VI))
			.isEqualTo("Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch");
	}

	@Test
	void a_yearly_target_says_the_average_the_total_and_the_years_it_is_taken_over() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			Judgement how = new Judgement("year_average", 1612.0, 5.0, null, null, List.of(), LocalDate.of(2015, 7, 1),
					LocalDate.of(2020, 6, 30), false);
			List<Attainment> a = List.of(new Attainment("68-KCQ", "2015-2020", "admissions", "hang_nam", "nghi_quyet", 300, 322.4,
					107.5, true, how));
			// 1.612 / 5 = 322,4; 322,4 / 300 = 107,5 %: every figure of the sentence checks against the others
			assertThat(TargetSentences.sentences(a, MetricCatalog.load(c), VI)).containsExactly("bình quân mỗi năm kết nạp 322,4 "
					+ "đảng viên mới (1.612 trong 5 năm, 1/7/2015–30/6/2020), đạt 107,5% chỉ tiêu nghị quyết");
		}
	}

	@Test
	void a_minimum_share_missed_in_a_year_names_the_year_and_gives_that_years_percentage() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			Judgement how = new Judgement("worst_year", null, null, 91.86, 2018, List.of(new FigureQueries.YearValue(2018, 85.39)),
					null, null, false);
			List<Attainment> a = List.of(new Attainment("68-KCQ", "2015-2020", "share_orgs_good_or_better", "ty_le_toi_thieu",
					"nghi_quyet", 90, 85.39, 94.9, false, how));
			assertThat(TargetSentences.sentences(a, MetricCatalog.load(c), VI)).containsExactly("tỷ lệ tổ chức cơ sở đảng hoàn thành "
					+ "tốt nhiệm vụ trở lên thấp nhất 85,4% (năm 2018; bình quân các năm 91,9%), đạt 94,9% chỉ tiêu nghị quyết "
					+ "(không đạt: năm 2018 đạt 85,4%, dưới mức tối thiểu 90%)");
			assertThat(TargetSentences.summary(a, VI)).isEqualTo("Đảng bộ Khối hoàn thành 0/1 chỉ tiêu");
		}
	}

	@Test
	void a_term_that_has_not_ended_is_summed_up_as_an_estimate_up_to_its_last_figure() {
		Judgement how = new Judgement("term_total", 900.0, null, null, null, List.of(), LocalDate.of(2025, 7, 1),
				LocalDate.of(2026, 6, 30), true);
		List<Attainment> a = List.of(new Attainment("33-DCQD", "2025-2030", "admissions", "tong_nhiem_ky", "nghi_quyet", 2000,
				900.0, 45.0, false, how));
		assertThat(TargetSentences.summary(a, VI)).isEqualTo("Ước đến 30/6/2026: Đảng bộ Khối hoàn thành 0/1 chỉ tiêu");
	}
}
