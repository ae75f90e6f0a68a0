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

/** {@code blocstats serve} loads the sample data into a new warehouse on its first start, and not again. */
class ServeFirstStartTests {

	static final Path GOOD = Path.of("../etl/src/test/resources/fixtures/import/good");

	@TempDir
	Path dir;

	@Test
	void the_first_start_loads_the_sample_data_and_creates_the_first_admin_and_the_second_does_neither() throws Exception {
		Path sample = Files.createDirectories(dir.resolve("sample-data"));
		try (var files = Files.list(GOOD)) {
			for (Path f : files.toList()) {
				Files.copy(f, sample.resolve(f.getFileName()));
			}
		}
		Path db = dir.resolve("data/w.duckdb");

		String first = serveUntilReady(db);
		assertThat(first).contains("Kho mới: đã nạp dữ liệu mẫu (6 tệp, 26 dòng)")
			.contains("Chưa có người dùng: đã tạo quản trị viên “admin”; mật khẩu ở tệp ")
			.containsPattern("Bảng điều khiển: http://localhost:\\d+/");
		assertThat(loads(db)).isEqualTo(6);

		String second = serveUntilReady(db);
		assertThat(second).doesNotContain("dữ liệu mẫu").doesNotContain("mật khẩu");
		assertThat(loads(db)).isEqualTo(6);
	}

	private String serveUntilReady(Path db) throws Exception {
		ChildApplication serve = ChildApplication.start(dir, "256m", List.of(), "serve", "--port", "0", "--db", db.toString());
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
