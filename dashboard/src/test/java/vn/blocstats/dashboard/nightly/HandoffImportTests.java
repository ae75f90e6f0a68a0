package vn.blocstats.dashboard.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.handoff.ServerFile;

/**
 * {@code blocstats import} while {@code blocstats serve} runs: the server (a child JVM) holds the
 * warehouse and announces itself beside it; the command line (this JVM) hands its files to the
 * server over HTTP and prints the server's answer — the same report and exit code as a local
 * import — or, without valid credentials, says what to do. Never DuckDB's lock error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandoffImportTests {

	static final String GOOD = "../etl/src/test/resources/fixtures/import/good";
	static final String BAD = "../etl/src/test/resources/fixtures/import/bad";

	@TempDir
	static Path dir;

	static ChildApplication serve;
	static String adminPassword;

	static Path db() {
		return dir.resolve("data/w.duckdb");
	}

	@BeforeAll
	static void startServer() throws Exception {
		serve = ChildApplication.start(dir, "384m", List.of(), "serve", "--port", "0", "--db", db().toString());
		long deadline = System.nanoTime() + 90_000_000_000L;
		while (!serve.output().contains("blocstats serve:")) {
			assertThat(serve.isAlive()).as(serve.output()).isTrue();
			assertThat(System.nanoTime()).as(serve.output()).isLessThan(deadline);
			Thread.sleep(50);
		}
		assertThat(serve.output()).contains("“admin”; mật khẩu ở tệp " + vn.blocstats.dashboard.security.FirstAdmin.passwordFile(db()));
		adminPassword = Files.readAllLines(vn.blocstats.dashboard.security.FirstAdmin.passwordFile(db()), StandardCharsets.UTF_8).get(1);
		Run viewer = cli("thu viewer 2025\n", "user", "add", "--db", db().toString(), "--role", "viewer", "--password-stdin", "thu");
		assertThat(viewer.code()).as(viewer.err()).isZero();
	}

	@AfterAll
	static void stopServer() throws Exception {
		serve.terminate();
		serve.waitFor(60);
	}

	@Test
	@Order(1)
	void the_server_announces_itself_beside_the_warehouse() {
		assertThat(ServerFile.live(db())).hasValueSatisfying(f -> {
			assertThat(f.url().toString()).startsWith("http://localhost:");
			assertThat(f.pid()).isNotEqualTo(ProcessHandle.current().pid());
		});
	}

	@Test
	@Order(2)
	void without_credentials_the_command_says_what_to_do_instead_of_a_lock_error() {
		Run r = cli("", "import", "--db", db().toString(), GOOD);

		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err()).contains("Máy chủ blocstats đang chạy (PID ").contains("và giữ kho dữ liệu")
			.contains("--user TÊN").contains("BLOCSTATS_PASSWORD").contains("màn hình Nhập dữ liệu")
			.doesNotContain("lock").doesNotContain("Không mở được kho");
	}

	@Test
	@Order(3)
	void a_wrong_password_is_refused_clearly() {
		Run r = cli("sai mật khẩu\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", GOOD);

		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err()).contains("Máy chủ từ chối lệnh nạp (HTTP 401)").contains("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	@Test
	@Order(4)
	void a_viewer_may_not_import() {
		Run r = cli("thu viewer 2025\n", "import", "--db", db().toString(), "--user", "thu", "--password-stdin", GOOD);

		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err()).contains("HTTP 403").contains("cần vai trò steward hoặc admin");
	}

	@Test
	@Order(5)
	void the_files_are_imported_by_the_server_with_the_report_a_local_import_prints() throws Exception {
		Run handedOff = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", GOOD);
		// The same files imported locally into a warehouse of this JVM's own: the report must read the same.
		Run local = cli("", "import", "--db", dir.resolve("local/w.duckdb").toString(), GOOD);

		assertThat(handedOff.code()).as(handedOff.out() + handedOff.err()).isZero();
		assertThat(local.code()).as(local.err()).isZero();
		assertThat(handedOff.out()).contains("gửi 6 tệp cho máy chủ nạp");
		assertThat(withoutReportLine(handedOff.out())).endsWith(withoutReportLine(local.out()));
		assertThat(handedOff.out()).contains("good/01-units.csv").contains("6 tệp: đọc");
		assertThat(handedOff.out()).containsPattern("Báo cáo dòng bị loại và cảnh báo: .*/data/reports/import-.*\\.csv");
	}

	@Test
	@Order(6)
	void bad_rows_give_exit_code_3_with_the_rejected_rows_reported_and_the_import_is_audited() throws Exception {
		Path report = dir.resolve("bao-cao.csv");
		Run r = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", "--report",
				report.toString(), BAD + "/figures-bad-rows.csv");

		assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
		assertThat(r.out()).contains("figures-bad-rows.csv").contains("nạp một phần")
			.contains("1 tệp: đọc 17 dòng, nạp 1, loại 16").contains("Đã chép báo cáo vào " + report);
		assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("figures-bad-rows.csv").contains("74-XXX");

		try (Connection c = ChildApplication.jobRepository(db()); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT username, action, detail, client FROM audit_event WHERE action = 'import' ORDER BY id")) {
			List<String> rows = new ArrayList<>();
			while (rs.next()) {
				rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
			}
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1)).startsWith("admin|import|blocstats import (dòng lệnh, qua máy chủ): 1 tệp, exit 3: ")
				.contains("figures-bad-rows.csv");
			assertThat(rows.get(1)).matches(".*\\|(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)$");
		}
		// The stored copies have the server's names, never the client's.
		try (var stored = Files.walk(dir.resolve("data/uploads"))) {
			assertThat(stored.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
				.isNotEmpty()
				.allMatch(n -> n.matches("\\d+\\.(csv|txt|xlsx|xls)"));
		}
		try (var stored = Files.walk(dir.resolve("data/uploads"))) {
			for (Path p : stored.toList()) {
				assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
					.isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
			}
		}
	}

	/**
	 * Issue 11, finding 6: a client whose server died after committing cannot know it did, and sends
	 * again; the bytes already loaded are recorded as a duplicate, not loaded twice.
	 */
	@Test
	@Order(6)
	void a_resend_of_bytes_already_loaded_is_a_duplicate_not_a_second_load() throws Exception {
		Run r = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", GOOD + "/01-units.csv");

		assertThat(r.code()).as(r.out() + r.err()).isZero();
		assertThat(r.out()).contains("01-units.csv").contains("trùng, bỏ qua");
	}

	@Test
	@Order(7)
	void a_file_that_cannot_be_read_or_found_gives_exit_code_2_as_locally() {
		Run r = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", "--dry-run",
				BAD + "/not-a-table.csv", dir.resolve("khong-co.csv").toString());

		assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
		assertThat(r.out()).contains("not-a-table.csv").contains("khong-co.csv").contains("không đọc được")
			.contains("(chạy thử: kho không thay đổi)");
	}

	@Test
	@Order(8)
	void the_announcement_is_owner_only_and_the_server_refuses_a_handoff_without_its_secret() throws Exception {
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(ServerFile.path(db()))))
			.isEqualTo("rw-------");
		ServerFile real = ServerFile.live(db()).orElseThrow();
		java.net.http.HttpResponse<String> noSecret = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(real.url().resolve("api/import"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
			.header("X-Blocstats-Client", "blocstats-cli")
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x--\r\n"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(noSecret.statusCode()).isEqualTo(403);
		assertThat(noSecret.body()).contains("Thiếu mã bí mật của máy chủ");
	}

	/**
	 * The probe of issue 11, finding 5: a forged announcement naming a listener of the attacker's. The
	 * command line sends it nothing — no password, no file — exits 1, and writes no report, whether the
	 * forged file names a live process that does not hold the warehouse, the real server's process
	 * (which does not listen there), or a host that is not this machine.
	 */
	@Test
	@Order(9)
	void a_forged_announcement_pointing_at_another_listener_gets_no_password_and_no_file() throws Exception {
		Path marker = ServerFile.path(db());
		byte[] genuine = Files.readAllBytes(marker);
		ServerFile real = ServerFile.live(db()).orElseThrow();
		List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
		com.sun.net.httpserver.HttpServer fake = com.sun.net.httpserver.HttpServer.create(
				new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
		fake.createContext("/", exchange -> {
			received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
					+ exchange.getRequestHeaders().getFirst("Authorization"));
			exchange.getResponseHeaders().add("X-Blocstats-Exit-Code", "0");
			exchange.getResponseHeaders().add("X-Blocstats-Report", "/etc/passwd");
			byte[] body = "Đã nạp hết.\n".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		fake.start();
		String listener = "http://localhost:" + fake.getAddress().getPort() + "/";
		try {
			for (ServerFile forged : List.of(new ServerFile(java.net.URI.create(listener), ProcessHandle.current().pid(), "forged"),
					new ServerFile(java.net.URI.create(listener), real.pid(), real.secret()),
					new ServerFile(java.net.URI.create("http://example.com:" + real.url().getPort() + "/"), real.pid(), real.secret()))) {
				forged.write(db());
				Path report = dir.resolve("forged-report-" + forged.hashCode() + ".csv");

				Run r = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", "--report",
						report.toString(), GOOD + "/01-units.csv");

				assertThat(r.code()).as(forged + ": " + r.out() + r.err()).isEqualTo(1);
				assertThat(r.err()).as(forged.toString()).contains("Không gửi tệp hay mật khẩu cho nó");
				assertThat(report).doesNotExist();
			}
			assertThat(received).isEmpty();
		}
		finally {
			fake.stop(0);
			Files.write(marker, genuine);
		}
		// The genuine announcement still works.
		Run r = cli(adminPassword + "\n", "import", "--db", db().toString(), "--user", "admin", "--password-stdin", "--dry-run",
				GOOD + "/01-units.csv");
		assertThat(r.code()).as(r.out() + r.err()).isZero();
	}

	@Test
	@Order(10)
	void a_server_file_left_by_a_dead_process_is_ignored_and_the_import_runs_locally() throws Exception {
		Path other = dir.resolve("stale/w.duckdb");
		Files.createDirectories(other.getParent());
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		new ServerFile(java.net.URI.create("http://localhost:1/"), dead.pid(), "secret").write(other);

		Run r = cli("", "import", "--db", other.toString(), GOOD + "/01-units.csv");

		assertThat(r.code()).as(r.err()).isZero();
		assertThat(r.out()).doesNotContain("máy chủ").contains("1 tệp: đọc");
		try (Connection c = ChildApplication.jobRepository(other); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT username, detail FROM audit_event WHERE action = 'import'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("cli");
			assertThat(rs.getString(2)).startsWith("blocstats import ").endsWith("01-units.csv: exit 0");
		}
	}

	@Test
	@Order(11)
	void a_clean_shutdown_removes_the_announcement() throws Exception {
		serve.terminate();
		serve.waitFor(60);

		assertThat(ServerFile.path(db())).doesNotExist();
	}

	private static String withoutReportLine(String out) {
		return out.lines().filter(l -> !l.startsWith("Báo cáo dòng bị loại")).reduce("", (a, b) -> a + b + "\n");
	}

	record Run(int code, String out, String err) {
	}

	/** Runs a command line in this JVM with {@code stdin} as standard input. */
	static Run cli(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		InputStream before = System.in;
		System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		try {
			int code = BlocstatsApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setIn(before);
		}
	}
}
