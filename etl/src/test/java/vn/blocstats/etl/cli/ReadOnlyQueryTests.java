package vn.blocstats.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

/**
 * {@code blocstats query} is read-only for every file, not only for the warehouse it opens: the
 * probes of issue 11 (COPY over the live warehouse and over the job repository, ATTACH … READ_WRITE
 * then DELETE, SET, INSTALL, read_csv of a local file) are each refused with a Vietnamese message
 * and the usage exit code, and the files they aimed at keep every byte. Real DuckDB files.
 */
class ReadOnlyQueryTests {

	@TempDir
	Path dir;

	/** The warehouse the analyst queries ({@code --db other.duckdb}). */
	Path other;
	/** The live warehouse of a server, the target of the attacks. */
	Path live;
	/** The live warehouse's job repository (accounts, audit, job history). */
	Path jobs;

	record Run(int code, String out, String err) {
	}

	@BeforeEach
	void warehouses() throws Exception {
		other = dir.resolve("other.duckdb");
		live = dir.resolve("w.duckdb");
		jobs = dir.resolve("w.jobs.mv.db");
		Warehouse.open(other).close();
		Warehouse.open(live).close();
		Files.write(jobs, "H2 job repository: accounts, audit, job history".getBytes(StandardCharsets.UTF_8));
	}

	Run query(String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		QueryCommand command = new QueryCommand();
		command.data = vn.blocstats.etl.config.DataDirectory.of(other);
		int code = CommandLines.execute(CommandLines.parse(CommandLines.of(command, List.of(), Cli.BUNDLE, java.util.Locale.of("vi")), words),
				c -> {
				}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	@Test
	void rejects_copy_to_the_live_warehouse_file() throws Exception {
		String before = sha256(live);

		Run r = query("COPY (SELECT 'x') TO '" + live + "' (FORMAT csv)");

		assertThat(r.code()).isEqualTo(Cli.USAGE);
		assertThat(r.err()).contains("chỉ chạy một câu lệnh đọc").contains("COPY");
		assertThat(sha256(live)).isEqualTo(before);
		// Even an analyst who lets DuckDB read files cannot write one.
		assertThat(query("--allow-files", "COPY (SELECT 'x') TO '" + live + "' (FORMAT csv)").code()).isEqualTo(Cli.USAGE);
		assertThat(sha256(live)).isEqualTo(before);
	}

	@Test
	void rejects_copy_to_the_job_repository_file() throws Exception {
		String before = sha256(jobs);

		Run r = query("COPY (SELECT 'x') TO '" + jobs + "' (FORMAT csv)");

		assertThat(r.code()).isEqualTo(Cli.USAGE);
		assertThat(r.err()).contains("bị từ chối");
		assertThat(sha256(jobs)).isEqualTo(before);
	}

	@Test
	void rejects_attach_read_write_and_delete_in_another_warehouse() throws Exception {
		String before = sha256(live);

		Run both = query("ATTACH '" + live + "' AS o (READ_WRITE); DELETE FROM o.metric");
		Run attach = query("ATTACH '" + live + "' AS o (READ_WRITE)");
		Run attachWithFiles = query("--allow-files", "ATTACH '" + live + "' AS o (READ_WRITE)");

		assertThat(both.code()).isEqualTo(Cli.USAGE);
		assertThat(attach.code()).isEqualTo(Cli.USAGE);
		assertThat(attach.err()).contains("ATTACH").contains("bị từ chối");
		assertThat(attachWithFiles.code()).isEqualTo(Cli.USAGE);
		assertThat(sha256(live)).isEqualTo(before);
		try (Warehouse w = Warehouse.openReadOnly(live); var c = w.connection(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM metric")) {
			rs.next();
			assertThat(rs.getLong(1)).isPositive();
		}
	}

	@Test
	void rejects_set_install_load_export_and_call() {
		for (String statement : List.of("SET enable_external_access = true", "SET threads = 1", "RESET lock_configuration",
				"INSTALL httpfs", "LOAD httpfs", "EXPORT DATABASE '" + dir.resolve("export") + "'", "CALL checkpoint()",
				"CHECKPOINT", "DETACH other", "CREATE TABLE t (x INT)", "PRAGMA enable_profiling", "PRAGMA memory_limit = '1GB'")) {
			Run r = query(statement);
			assertThat(r.code()).as(statement + ": " + r.err()).isEqualTo(Cli.USAGE);
			assertThat(r.err()).as(statement).containsAnyOf("bị từ chối", "không phải PRAGMA chỉ đọc");
		}
		assertThat(dir.resolve("export")).doesNotExist();
	}

	@Test
	void rejects_several_statements_even_when_each_only_reads() {
		Run r = query("SELECT 1; SELECT 2");

		assertThat(r.code()).isEqualTo(Cli.USAGE);
		assertThat(r.err()).contains("đúng một câu lệnh, không phải 2");
	}

	@Test
	void refuses_read_csv_of_a_local_file_unless_the_analyst_allows_files() throws Exception {
		Path secret = dir.resolve("secret.csv");
		Files.writeString(secret, "a\nbí mật\n");

		Run refused = query("SELECT * FROM read_csv('" + secret + "')");
		Run replacementScan = query("SELECT * FROM '" + secret + "'");
		Run allowed = query("--allow-files", "--format", "csv", "SELECT * FROM read_csv('" + secret + "')");

		assertThat(refused.code()).isEqualTo(Cli.USAGE);
		assertThat(refused.err()).contains("không đọc tệp nào ngoài kho dữ liệu").contains("--allow-files");
		assertThat(refused.out()).doesNotContain("bí mật");
		assertThat(replacementScan.code()).isEqualTo(Cli.USAGE);
		assertThat(replacementScan.out()).doesNotContain("bí mật");
		assertThat(allowed.code()).as(allowed.err()).isZero();
		assertThat(allowed.out()).isEqualTo("a\nbí mật\n");
	}

	@Test
	void still_answers_every_kind_of_reading_statement() {
		assertThat(query("--format", "csv", "SELECT count(*) > 0 AS ok FROM metric").out()).isEqualTo("ok\ntrue\n");
		assertThat(query("--format", "csv", "WITH m AS (SELECT code FROM metric) SELECT count(*) > 0 AS ok FROM m").out())
			.isEqualTo("ok\ntrue\n");
		assertThat(query("--format", "csv", "FROM (VALUES (1)) t(x) SELECT x").out()).isEqualTo("x\n1\n");
		assertThat(query("DESCRIBE metric").out()).contains("code");
		assertThat(query("SHOW TABLES").out()).contains("fact");
		assertThat(query("EXPLAIN SELECT * FROM fact").code()).isZero();
		assertThat(query("PRAGMA table_info('metric')").out()).contains("code");
		assertThat(query("PRAGMA show_tables").out()).contains("fact");
		assertThat(query("--format", "csv", "SELECT current_setting('enable_external_access') AS files, "
				+ "current_setting('lock_configuration') AS locked").out()).isEqualTo("files,locked\nfalse,true\n");
	}

	@Test
	void an_sql_error_is_one_vietnamese_line_and_exit_1() {
		Run r = query("SELECT * FROM khong_co_bang");

		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err()).startsWith("Lỗi SQL: ").contains("khong_co_bang");
		assertThat(r.err().strip().lines()).hasSize(1);
	}
}
