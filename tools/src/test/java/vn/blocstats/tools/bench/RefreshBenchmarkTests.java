package vn.blocstats.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.tools.Tools;
import vn.blocstats.warehouse.Warehouse;

/**
 * {@code bench refresh}'s in-process half over the fixture files: it finds three figures of one
 * half-year to correct, each round's correction loads and the figure table then agrees with its view,
 * and it prints one time per round. (Its command-line half starts child JVMs of the packaged
 * application: run by hand, figures in docs/performance.md.)
 */
@SpringBootTest(classes = { BlocstatsApplication.class, Tools.class }, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "blocstats.nightly.enabled=false", "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
				+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration" })
class RefreshBenchmarkTests {

	private static final Path GOOD = Path.of("../etl/src/test/resources/fixtures/import/good");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Autowired
	ImportService imports;

	@Autowired
	Warehouse warehouse;

	@Autowired
	RefreshBenchmark bench;

	@Test
	void each_round_corrects_three_figures_and_the_figure_table_sees_them() throws Exception {
		assertThat(imports.importPaths(List.of(GOOD.resolve("01-units.csv"), GOOD.resolve("02-terms.csv")), false, dir.resolve("r.csv"))
			.exitCode()).isZero();
		Path three = dir.resolve("ba-chi-tieu.csv");
		java.nio.file.Files.writeString(three, """
				Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị
				74-KCQDN-001,6 tháng đầu năm 2022,admissions,12
				74-KCQDN-001,6 tháng đầu năm 2022,recognitions,9
				74-KCQDN-001,6 tháng đầu năm 2022,training_professional,30
				""", StandardCharsets.UTF_8);
		assertThat(imports.importPaths(List.of(three), false, dir.resolve("r3.csv")).exitCode()).isZero();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		bench.warm(2, 7, new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("WARM_MS \\d+ \\d+");
		RefreshBenchmark.Correction c;
		try (DuckDBConnection conn = warehouse.connection()) {
			c = RefreshBenchmark.pick(conn);
			assertThat(c.metrics()).hasSize(3);
			assertThat(c.unit() + " " + c.metrics()).isEqualTo("74-KCQDN-001 [admissions, recognitions, training_professional]");
			assertThat(c.seen(conn, 0)).as("the figure tables agree with the views").isTrue();
			assertThat(c.seen(conn, 1)).isFalse();
		}
		// 12, 9, 30 plus the last round's 9
		assertThat(rows("SELECT metric_code, value FROM fact WHERE org_code = '74-KCQDN-001' AND period_start = DATE '2022-01-01' "
				+ "AND superseded_by IS NULL ORDER BY 1")).containsExactly("admissions|21.0", "recognitions|18.0", "training_professional|39.0");
		assertThat(rows("SELECT count(*) FROM load WHERE file_name LIKE '%sua-%'")).containsExactly("3");
	}

	/** The rows of {@code sql}, each as its columns' text joined by '|'. */
	private List<String> rows(String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder sb = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					sb.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				out.add(sb.toString());
			}
		}
		return out;
	}
}
