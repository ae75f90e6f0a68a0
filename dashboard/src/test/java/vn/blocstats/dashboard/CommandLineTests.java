package vn.blocstats.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an analyst and the nightly batch use it: exit codes and output. */
class CommandLineTests {

	static final Path FIXTURES = Path.of("../etl/src/test/resources/fixtures/import");

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = BlocstatsApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void imports_a_folder_then_reads_term_totals_back_as_csv() {
		String db = dir.resolve("data/w.duckdb").toString();
		Run imported = run("import", "--db", db, FIXTURES.resolve("good").toString());
		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("6 tệp: đọc 26 dòng, nạp 26, loại 0, 1 cảnh báo");
		assertThat(Files.exists(dir.resolve("data/reports"))).isTrue();

		Run q = run("query", "--db", db, "--format", "csv",
				"SELECT committee_code, term, metric, value FROM v_figure_term WHERE metric = 'admissions' ORDER BY term");
		assertThat(q.code()).as(q.err()).isZero();
		assertThat(q.out()).startsWith("committee_code,term,metric,value\n74-KCQDN,2015-2020,admissions,2096\n");

		Run t = run("query", "--db", db, "SELECT attainment_pct FROM v_target_attainment WHERE source = 'nghi_quyet' "
				+ "AND term = '2015-2020'");
		assertThat(t.out()).contains("104.8").contains("(1 dòng)");
	}

	@Test
	void exit_code_3_when_rows_were_rejected_and_2_when_a_file_could_not_be_read() {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		assertThat(run("import", "--db", db, FIXTURES.resolve("bad/figures-bad-rows.csv").toString()).code()).isEqualTo(3);
		assertThat(run("import", "--db", db, FIXTURES.resolve("bad/empty.csv").toString()).code()).isEqualTo(2);
		Run dry = run("import", "--db", db, "--dry-run", FIXTURES.resolve("good/02-terms.csv").toString());
		assertThat(dry.code()).isZero();
		assertThat(dry.out()).contains("chạy thử: kho không thay đổi");
		Run history = run("imports", "--db", db);
		assertThat(history.out()).contains("figures-bad-rows.csv").contains("PARTIAL").contains("UNREADABLE").contains("có");
	}

	@Test
	void query_never_changes_the_warehouse() {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		Run q = run("query", "--db", db, "DELETE FROM org_unit");
		assertThat(q.code()).isEqualTo(1);
		assertThat(q.err()).contains("read-only");
		assertThat(run("query", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM org_unit").out()).isEqualTo("n\n8\n");
	}

	@Test
	void an_alias_added_by_an_administrator_is_used_by_the_next_import() throws Exception {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		Path f = dir.resolve("f.csv");
		Files.writeString(f, "Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n74-KCQDN-001,năm 2021,Số quần chúng được kết nạp,4\n");
		assertThat(run("import", "--db", db, f.toString()).code()).isEqualTo(3);
		assertThat(run("alias", "add", "--db", db, "Số quần chúng được kết nạp", "admissions").code()).isZero();
		assertThat(run("import", "--db", db, f.toString()).code()).isZero();
	}

	@Test
	void a_wrong_command_line_says_how_to_use_it() {
		Run r = run("frobnicate");
		assertThat(r.code()).isEqualTo(64);
		assertThat(r.err()).contains("blocstats import");
	}
}
