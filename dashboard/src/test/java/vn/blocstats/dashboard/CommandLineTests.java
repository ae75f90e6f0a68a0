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
	void a_bad_setting_stops_the_command_with_one_line_naming_it() {
		String db = dir.resolve("w.duckdb").toString();
		System.setProperty("blocstats.inbox.min-age", "-5s");
		try {
			Run q = run("query", "--db", db, "SELECT 1");
			assertThat(q.code()).isOne();
			assertThat(q.err()).isEqualTo("blocstats query không khởi động được: Thiết lập blocstats.inbox.min-age không được âm (ví dụ 10s),"
					+ " không phải PT-5S\n");
		}
		finally {
			System.clearProperty("blocstats.inbox.min-age");
		}
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
		assertThat(history.out()).contains("figures-bad-rows.csv").contains("PARTIAL").contains("UNREADABLE").contains("có")
			.contains("Người nạp").contains("cli:" + System.getProperty("user.name"));
	}

	@Test
	void query_never_changes_the_warehouse() {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		Run q = run("query", "--db", db, "DELETE FROM org_unit");
		assertThat(q.code()).isEqualTo(64);
		assertThat(q.err()).contains("chỉ chạy một câu lệnh đọc").contains("DELETE");
		assertThat(run("query", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM org_unit").out()).isEqualTo("n\n8\n");
	}

	@Test
	void a_query_that_cannot_start_or_fails_says_so_in_one_vietnamese_line_without_a_stack_trace() throws Exception {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		// The job repository cannot be created (as on a full disk): its folder is a file.
		Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");

		Run cannotStart = run("query", "--db", notAFolder.resolve("w.duckdb").toString(), "SELECT 1");
		Run sqlError = run("query", "--db", db, "SELECT * FROM khong_co_bang");

		assertThat(cannotStart.code()).isEqualTo(1);
		assertThat(cannotStart.err()).startsWith("blocstats query không khởi động được: ");
		assertThat(cannotStart.err().strip().lines()).hasSize(1);
		assertThat(cannotStart.out() + cannotStart.err()).doesNotContain("\tat ").doesNotContain("APPLICATION FAILED TO START");
		assertThat(sqlError.code()).isEqualTo(1);
		assertThat(sqlError.err()).startsWith("Lỗi SQL: ");
		assertThat(sqlError.out() + sqlError.err()).doesNotContain("\tat ");
	}

	@Test
	void the_files_an_import_creates_are_their_owners_only_whatever_the_umask() throws Exception {
		Path data = dir.resolve("data");
		Run r = run("import", "--db", data.resolve("w.duckdb").toString(), FIXTURES.resolve("bad/figures-bad-rows.csv").toString());
		assertThat(r.code()).as(r.err()).isEqualTo(3);

		try (var created = Files.walk(data)) {
			for (Path p : created.toList()) {
				String permissions = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
				assertThat(permissions).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
			}
		}
		assertThat(data.resolve("w.jobs.mv.db")).exists();
		assertThat(data.resolve("reports")).isNotEmptyDirectory();
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
	void an_administrator_adds_lists_disables_and_removes_a_validation_rule_and_the_next_import_checks_it() throws Exception {
		String db = dir.resolve("w.duckdb").toString();
		run("import", "--db", db, FIXTURES.resolve("good/01-units.csv").toString());
		Path f = dir.resolve("f.csv");
		Files.writeString(f, "Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n74-KCQDN-001,6 tháng đầu năm 2022,recognitions,30\n"
				+ "74-KCQDN-001,6 tháng đầu năm 2022,admissions,12\n");
		assertThat(run("import", "--db", db, f.toString()).out()).contains("1 tệp: đọc 2 dòng, nạp 2, loại 0, 0 cảnh báo");

		Run unknown = run("rule", "add", "--db", db, "x_rule", "recognitions <= 2 * admision", "--vi", "Giải thích");
		assertThat(unknown.code()).isEqualTo(64);
		assertThat(unknown.err()).contains("Không có chỉ tiêu mã “admision” trong danh mục");

		// 30 > 2 × 12 = 24: one violation, found at once
		Run added = run("rule", "add", "--db", db, "recognitions_le_twice_admissions", "recognitions <= 2 * admissions", "--vi",
				"Số công nhận chính thức không quá hai lần số kết nạp", "--importance", "low");
		assertThat(added.code()).as(added.err()).isZero();
		assertThat(added.out()).isEqualTo("Đã thêm quy tắc recognitions_le_twice_admissions: recognitions <= 2 * admissions — đã kiểm tra "
				+ "mọi đơn vị, 1 vi phạm\n");
		assertThat(run("rule", "list", "--db", db).out()).contains("recognitions_le_twice_admissions")
			.contains("members_assessed_le_total").contains("quản trị viên");
		assertThat(run("rule", "check", "--db", db).out())
			.contains("74-KCQDN-001 | 6 tháng đầu năm 2022 | recognitions_le_twice_admissions | Công nhận đảng viên chính thức (30) > "
					+ "2 × Kết nạp đảng viên mới (24)")
			.endsWith("1 vi phạm\n");
		// the next import reports it for the units it touches
		assertThat(run("import", "--db", db, f.toString()).out()).contains("1 tệp: đọc 2 dòng, nạp 2, loại 0, 1 cảnh báo");

		assertThat(run("rule", "disable", "--db", db, "recognitions_le_twice_admissions").out())
			.isEqualTo("Đã tắt quy tắc recognitions_le_twice_admissions\n");
		assertThat(run("rule", "check", "--db", db).out()).endsWith("0 vi phạm\n");
		assertThat(run("rule", "remove", "--db", db, "members_total_parts").err()).contains("có sẵn trong sản phẩm, không xóa được");
		assertThat(run("rule", "remove", "--db", db, "recognitions_le_twice_admissions").code()).isZero();
		assertThat(run("rule", "list", "--db", db).out()).doesNotContain("recognitions_le_twice_admissions");
		assertThat(run("rule", "frobnicate", "--db", db).err()).contains("Lệnh không có: frobnicate").contains("Cách dùng: blocstats rule --help");
	}

	@Test
	void import_inbox_prints_the_import_summary_and_where_each_file_went_and_its_dry_run_moves_nothing() throws Exception {
		String db = dir.resolve("data/w.duckdb").toString();
		Path inbox = dir.resolve("data/inbox");
		Files.createDirectories(inbox);
		Files.copy(FIXTURES.resolve("good/01-units.csv"), inbox.resolve("don-vi.csv"));
		Files.copy(FIXTURES.resolve("bad/empty.csv"), inbox.resolve("rong.csv"));
		settle(inbox);

		Run dry = run("import", "--inbox", "--dry-run", "--db", db);
		assertThat(dry.code()).as(dry.err()).isEqualTo(2);
		assertThat(dry.out()).contains("inbox/don-vi.csv").contains("đã nạp").contains("chạy thử: kho không thay đổi")
			.contains("inbox/don-vi.csv: để nguyên (chạy thử)").contains("Báo cáo của từng tệp");
		assertThat(inbox.resolve("don-vi.csv")).exists();
		assertThat(inbox.resolve("rong.csv")).exists();

		Run real = run("import", "--inbox", "--db", db);
		String today = java.time.LocalDate.now().toString();
		assertThat(real.code()).as(real.err()).isEqualTo(2);
		assertThat(real.out()).contains("2 tệp: đọc 8 dòng, nạp 8, loại 0")
			.contains("inbox/don-vi.csv: → " + dir.resolve("data/processed").resolve(today).resolve("don-vi.csv").toAbsolutePath())
			.contains("inbox/rong.csv: → " + dir.resolve("data/rejected").resolve(today).resolve("rong.csv").toAbsolutePath());

		Files.copy(FIXTURES.resolve("good/01-units.csv"), inbox.resolve("don-vi-gui-lai.csv"));
		settle(inbox);
		Run again = run("import", "--inbox", "--db", db);
		assertThat(again.code()).isZero();
		assertThat(again.out()).contains("trùng, bỏ qua").contains("giống hệt (từng byte) tệp “inbox/don-vi.csv”");
		assertThat(run("imports", "--db", db).out()).contains("DUPLICATE").contains("UNREADABLE").contains("LOADED");
		assertThat(run("import", "--inbox", "--db", db).out()).contains("Không có tệp nào sẵn sàng để nạp.");
	}

	/** Makes the inbox's files old enough to be taken (they are not being written). */
	private static void settle(Path inbox) throws java.io.IOException {
		try (var files = Files.list(inbox)) {
			for (Path p : files.toList()) {
				Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
			}
		}
	}

	@Test
	void a_wrong_command_line_says_what_is_wrong_and_where_the_usage_is_with_exit_64() {
		assertThat(run("frobnicate")).satisfies(r -> {
			assertThat(r.code()).isEqualTo(64);
			assertThat(r.err()).contains("Lệnh không có: frobnicate").contains("Cách dùng: blocstats --help");
		});
		// Numbers are parsed strictly: never 15 for 1.5, never 16 for 0x10 (nor 8 for 010).
		for (String n : new String[] { "1.5", "0x10", "#10", "1,000", "" }) {
			Run r = run("imports", "--limit", n);
			assertThat(r.code()).as(n).isEqualTo(64);
			assertThat(r.err()).as(n).contains("Giá trị không hợp lệ cho --limit: “" + n + "” (cần một số nguyên, chỉ gồm chữ số)")
				.contains("Cách dùng: blocstats imports --help");
		}
		// An unknown option is an error, not a value or a filter; an option's value cannot be missing or given twice.
		assertThat(run("import", "--bogus", "a.csv").err()).contains("Tùy chọn không có: --bogus");
		assertThat(run("export", "chart", "--out", "x.png", "--colour", "red").err()).contains("Tùy chọn không có: --colour");
		assertThat(run("import", "--report").err()).contains("--report cần một giá trị (FILE)");
		assertThat(run("query", "--format", "csv", "--format", "table", "select 1").err()).contains("Tùy chọn --format chỉ được cho một lần");
		assertThat(run("query", "--format", "xml", "select 1").err()).contains("“xml” (một trong: table, csv)");
		assertThat(run("user", "add", "--role", "viewer").err()).contains("Thiếu: NAME");
		assertThat(run("export").err()).contains("blocstats export cần một lệnh con: chart, pack");
		// And the same in English.
		assertThat(run("--lang", "en", "imports", "--limit", "1.5").err()).contains("Invalid value for --limit: \"1.5\" (an integer, digits only)")
			.contains("Usage: blocstats imports --help");
		assertThat(run("imports", "--limit", "1.5").code()).isEqualTo(64);
	}

	@Test
	void help_comes_from_the_bundles_in_vietnamese_or_english_for_the_whole_line_or_one_command() {
		Run vi = run("help");
		assertThat(vi.code()).isZero();
		assertThat(vi.out()).contains("Cách dùng: blocstats [OPTIONS] [COMMAND]").contains("Lệnh:")
			.contains("import     Nạp tệp CSV/XLSX/XLS").contains("reminders").contains("Mã thoát:").contains("64  dòng lệnh sai")
			.doesNotContain("bench ").doesNotContain("Usage:");
		Run en = run("--lang", "en", "help");
		assertThat(en.out()).contains("Usage: blocstats [OPTIONS] [COMMAND]").contains("Commands:").contains("Exit codes:")
			.contains("import     Load CSV/XLSX/XLS files");
		Run one = run("help", "export", "chart");
		assertThat(one.code()).isZero();
		assertThat(one.out()).contains("Cách dùng: blocstats export chart [OPTIONS] [NAME]").contains("--dpi=N")
			.contains("Độ phân giải PNG, 72 đến 1200 (mặc định 300)");
		assertThat(run("import", "--help").out()).contains("Cách dùng: blocstats import [OPTIONS] [PATH...]").contains("--dry-run");
		assertThat(run("query", "-h", "--lang", "en").out()).contains("Usage: blocstats query [OPTIONS] SQL...");
	}
}
