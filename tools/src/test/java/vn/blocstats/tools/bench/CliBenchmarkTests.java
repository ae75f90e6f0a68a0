package vn.blocstats.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.tools.Tools;

/**
 * {@code bench cli --runs 1} end to end over the fixture files: each command runs in a child JVM on a copy
 * of the warehouse, and the table of medians and ratios is printed. Nothing about times is asserted.
 */
class CliBenchmarkTests {

	private static final Path GOOD = Path.of("../etl/src/test/resources/fixtures/import/good");

	@TempDir
	Path dir;

	@Test
	void runs_each_command_on_a_copy_and_prints_its_table() throws Exception {
		String db = dir.resolve("w.duckdb").toString();
		PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
		assertThat(Tools.run(new String[] { "import", "--db", db, GOOD.toString() }, quiet, quiet)).isZero();
		Path three = Files.writeString(dir.resolve("ba-chi-tieu.csv"), """
				Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị
				74-KCQDN-001,6 tháng đầu năm 2022,admissions,12
				74-KCQDN-001,6 tháng đầu năm 2022,recognitions,9
				74-KCQDN-001,6 tháng đầu năm 2022,training_professional,30
				""", StandardCharsets.UTF_8);
		assertThat(Tools.run(new String[] { "import", "--db", db, three.toString() }, quiet, quiet)).isZero();
		byte[] before = Files.readAllBytes(Path.of(db));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int code = Tools.run(new String[] { "bench", "cli", "--db", db, "--runs", "1" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("Benchmark dòng lệnh").contains("1 lần đo").contains("Trung vị / median")
			.contains("× help").contains("query \"select 1\"").contains("imports").contains("export chart trend --format svg")
			.contains("import (3 dòng");
		assertThat(printed.lines().filter(l -> l.contains("≤ ")).count()).isEqualTo(4);
		// The analyst's warehouse was only copied.
		assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
	}
}
