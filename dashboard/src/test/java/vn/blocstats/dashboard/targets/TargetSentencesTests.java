package vn.blocstats.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
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
			assertThat(TargetSentences.summary(a, VI)).isEqualTo("Đảng bộ Khối hoàn thành 1/1 chỉ tiêu, trong đó 1/1 chỉ tiêu vượt kế hoạch");
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
		// the provincial committee is reported beside them but not counted.
		List<Attainment> a = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			a.add(new Attainment("68-KCQ", "2015-2020", "m" + i, "tong_nhiem_ky", "nghi_quyet", 100, 120.0, 120.0, true));
		}
		for (int i = 5; i < 10; i++) {
			a.add(new Attainment("68-KCQ", "2015-2020", "m" + i, "tong_nhiem_ky", "nghi_quyet", 100, 100.0, 100.0, true));
		}
		a.add(new Attainment("68-KCQ", "2015-2020", "m10", "tong_nhiem_ky", "nghi_quyet", 100, 80.0, 80.0, false));
		a.add(new Attainment("68-KCQ", "2015-2020", "m0", "tong_nhiem_ky", "tinh_uy_giao", 150, 120.0, 80.0, false));
		assertThat(TargetSentences.summary(a, VI)).isEqualTo("Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch");
	}
}
