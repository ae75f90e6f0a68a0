package vn.blocstats.dashboard.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blocstats serve --demo} loads the sample data into the new demo warehouse
 * ({@code data/demo.duckdb}) on its first start, and not again; plain {@code serve} (real use) never
 * loads it: a new real warehouse starts empty.
 */
class ServeFirstStartTests {

	static final Path GOOD = Path.of("../etl/src/test/resources/fixtures/import/good");

	@TempDir
	Path dir;

	@Test
	void the_demos_first_start_loads_the_sample_data_and_creates_the_first_admin_and_the_second_does_neither() throws Exception {
		Path sample = Files.createDirectories(dir.resolve("sample-data"));
		try (var files = Files.list(GOOD)) {
			for (Path f : files.toList()) {
				Files.copy(f, sample.resolve(f.getFileName()));
			}
		}
		// --demo without --db: demo.duckdb in the data folder of the default data/blocstats.duckdb
		Path db = dir.resolve("data/demo.duckdb");

		String first = serveUntilReady("--demo");
		assertThat(first).contains("Kho demo mới: đã nạp dữ liệu mẫu (6 tệp, 26 dòng)")
			.contains("Kho demo " + db.toAbsolutePath() + ": DỮ LIỆU MẪU — số liệu giả lập")
			.contains("Chưa có người dùng: đã tạo quản trị viên “admin”; mật khẩu ở tệp ")
			.containsPattern("Bảng điều khiển: http://localhost:\\d+/");
		assertThat(loads(db)).isEqualTo(6);
		assertThat(Files.exists(dir.resolve("data/blocstats.duckdb"))).as("the real warehouse untouched").isFalse();

		String second = serveUntilReady("--demo");
		assertThat(second).doesNotContain("đã nạp dữ liệu mẫu").doesNotContain("mật khẩu").contains("Kho demo ");
		assertThat(loads(db)).isEqualTo(6);
	}

	@Test
	void a_new_real_warehouse_starts_empty_even_beside_the_sample_data() throws Exception {
		Path sample = Files.createDirectories(dir.resolve("sample-data"));
		Files.copy(GOOD.resolve("01-units.csv"), sample.resolve("01-units.csv"));

		String first = serveUntilReady();
		Path db = dir.resolve("data/blocstats.duckdb");
		assertThat(first).doesNotContain("dữ liệu mẫu (").doesNotContain("DỮ LIỆU MẪU")
			.contains("Kho " + db.toAbsolutePath() + " chưa có số liệu: nạp tệp bằng ./blocstats import")
			.contains("./blocstats serve --demo");
		assertThat(loads(db)).isZero();
		assertThat(Files.exists(dir.resolve("data/demo.duckdb"))).isFalse();
	}

	private String serveUntilReady(String... options) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("serve", "--port", "0"));
		args.addAll(List.of(options));
		ChildApplication serve = ChildApplication.start(dir, "256m", List.of(), args.toArray(String[]::new));
		try {
			long deadline = System.nanoTime() + 90_000_000_000L;
			while (!serve.output().contains("blocstats serve:")) {
				assertThat(serve.isAlive()).as(serve.output()).isTrue();
				assertThat(System.nanoTime()).as(serve.output()).isLessThan(deadline);
				Thread.sleep(50);
			}
			return serve.output();
		}
		finally {
			serve.terminate();
			serve.waitFor(60);
		}
	}

	private static long loads(Path db) throws Exception {
		try (Connection c = ChildApplication.warehouseReadOnly(db); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT count(*) FROM load")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
