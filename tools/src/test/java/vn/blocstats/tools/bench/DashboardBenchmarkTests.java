package vn.blocstats.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.tools.Tools;

/**
 * {@code bench dashboard} end to end on the small fixture warehouse: it runs, prints the three
 * tables, and every measured call succeeded. (The figures themselves are the benchmark's business,
 * never a test's.)
 */
class DashboardBenchmarkTests {

	@TempDir
	Path dir;

	@Test
	void the_benchmark_runs_end_to_end_on_a_small_warehouse_and_prints_its_three_tables_without_errors() {
		String db = dir.resolve("w.duckdb").toString();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		assertThat(Tools.run(new String[] { "import", "--db", db, "../etl/src/test/resources/fixtures/import/good" },
				quiet, quiet)).isZero();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		int code = Tools.run(new String[] { "bench", "dashboard", "--db", db, "--clients", "3", "--seconds", "1",
				"--iterations", "4", "--warmup", "1", "--loads", "1" }, out, out);

		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertThat(code).as(printed).isZero();
		assertThat(printed).contains("(1) Biểu đồ", "query p50", "total p95", "goal p95 ≤ 100 ms")
			.contains("(2) HTTP", "baseline /styles/blocstats.css", "/charts/trend.svg?…", "req/s")
			.contains("(3) Trang đầu tiên trong Chromium", "goal ≤ 1000 ms", "cold load, milestones");
		// Each chart row: name | format | n | errors — every call measured, none failed.
		for (String chart : List.of("compare", "targets", "term-trend", "trend", "unit-trend")) {
			for (String format : List.of("svg", "png")) {
				assertThat(printed).containsPattern(Pattern.compile("\\n" + chart + "\\s+\\| " + format + "\\s+\\|\\s+4 \\|\\s+0 \\|"));
			}
		}
		// a unit's own series is asked for a unit, and answered
		assertThat(printed).containsPattern("/charts/unit-trend.svg\\?…\\s+\\|\\s+[\\d.]+ \\|\\s+[\\d.,]+ \\|\\s+0 \\|");
		assertThat(printed).containsPattern("baseline /styles/blocstats.css\\s+\\|\\s+[\\d.]+ \\|\\s+[\\d.,]+ \\|\\s+0 \\|");
		assertThat(printed).containsPattern("/charts/trend.svg\\?…\\s+\\|\\s+[\\d.]+ \\|\\s+[\\d.,]+ \\|\\s+0 \\|");
		if (BrowserLoads.available()) {
			assertThat(printed).containsPattern("cold: new browser context, empty cache\\s+\\|\\s+1 \\|\\s+0 \\|")
				.containsPattern("warm: next page, same context\\s+\\|\\s+1 \\|\\s+0 \\|");
		}
	}

	@Test
	void a_wrong_option_is_refused_with_the_usage() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		int code = Tools.run(new String[] { "bench", "dashboard", "--db", dir.resolve("w.duckdb").toString(),
				"--clients", "0" }, out, out);

		assertThat(code).isEqualTo(64);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--clients phải lớn hơn 0")
			.contains("Cách dùng: blocstats bench dashboard --help");
	}
}
