package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.blocstats.etl.cli.CommandLines;

/** The first administrator, in a real H2 file database like the job repository's. */
class FirstAdminTests {

	@TempDir
	Path dir;

	DataSource dataSource;
	PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	String db() {
		return dir.resolve("w.duckdb").toString();
	}

	@Test
	void a_user_name_must_be_2_to_64_plain_characters() {
		UserAccounts accounts = new UserAccounts(dataSource, encoder);
		for (String bad : List.of("a", "Nguyễn Văn A", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"x\")", "Admin", "x".repeat(65))) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.add(bad, Role.VIEWER, "một mật khẩu dài"))
				.as(bad)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("không hợp lệ: từ 2 đến 64 ký tự");
		}
		accounts.add("nguyen.van-a_2", Role.VIEWER, "một mật khẩu dài");
		assertThat(accounts.find("nguyen.van-a_2")).isPresent();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = userAdd(accounts, InputStream.nullInputStream(), print(out), print(err), "--role", "viewer", "Văn A");
		assertThat(code).isEqualTo(CommandLines.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tên người dùng “Văn A” không hợp lệ");
	}

	@BeforeEach
	void database() {
		dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("w.jobs"), "sa", "");
	}

	@Test
	void a_first_start_creates_admin_with_a_random_password_in_an_owner_only_file_never_on_the_console_and_stored_hashed()
			throws Exception {
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		boolean created = new FirstAdmin(new UserAccounts(dataSource, encoder), vn.blocstats.etl.config.DataDirectory.of(db())).createIfNone(print(first));

		assertThat(created).isTrue();
		String printed = first.toString(StandardCharsets.UTF_8);
		Path file = dir.resolve("w.duckdb.admin-password.txt");
		assertThat(printed).contains("“admin”").contains(file.toString());
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.getFirst()).isEqualTo("admin");
		String password = lines.get(1);
		assertThat(password).hasSize(20);
		assertThat(printed).doesNotContain(password);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String stored = jdbc.queryForObject("SELECT password FROM users WHERE username = 'admin'", String.class);
		assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(encoder.matches(password, stored)).isTrue();
		assertThat(jdbc.queryForList("SELECT authority FROM authorities WHERE username = 'admin'", String.class))
			.containsExactly("ROLE_ADMIN");

		// A second start (new accounts object, same database): nothing created, nothing printed.
		ByteArrayOutputStream second = new ByteArrayOutputStream();
		assertThat(new FirstAdmin(new UserAccounts(dataSource, encoder), vn.blocstats.etl.config.DataDirectory.of(db())).createIfNone(print(second))).isFalse();
		assertThat(second.size()).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class)).isEqualTo(1L);
		assertThat(jdbc.queryForObject("SELECT password FROM users WHERE username = 'admin'", String.class)).isEqualTo(stored);
	}

	@Test
	void no_admin_is_created_when_an_account_already_exists() {
		UserAccounts accounts = new UserAccounts(dataSource, encoder);
		accounts.add("lan", Role.STEWARD, "một mật khẩu dài");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(new FirstAdmin(accounts, vn.blocstats.etl.config.DataDirectory.of(db())).createIfNone(print(out))).isFalse();
		assertThat(out.size()).isZero();
		assertThat(new JdbcTemplate(dataSource).queryForList("SELECT username FROM users", String.class)).containsExactly("lan");
	}

	@Test
	void user_add_reads_the_password_from_stdin_and_refuses_a_name_taken() {
		UserAccounts accounts = new UserAccounts(dataSource, encoder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		var in = new java.io.ByteArrayInputStream("bí mật của hoa 123\n".getBytes(StandardCharsets.UTF_8));

		int code = userAdd(accounts, in, print(out), print(err), "--role", "viewer", "--password-stdin", "hoa");

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("“hoa” (viewer)").doesNotContain("bí mật của hoa 123");
		String stored = new JdbcTemplate(dataSource).queryForObject("SELECT password FROM users WHERE username = 'hoa'",
				String.class);
		assertThat(encoder.matches("bí mật của hoa 123", stored)).isTrue();

		int again = userAdd(accounts, java.io.InputStream.nullInputStream(), print(out), print(err), "--role", "admin", "hoa");
		assertThat(again).isEqualTo(CommandLines.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Người dùng “hoa” đã có");
	}

	@Test
	void user_add_refuses_a_password_shorter_than_12_characters() {
		UserAccounts accounts = new UserAccounts(dataSource, encoder);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		var in = new java.io.ByteArrayInputStream("ngắn quá 1\n".getBytes(StandardCharsets.UTF_8));

		int code = userAdd(accounts, in, print(new ByteArrayOutputStream()), print(err), "--role", "viewer", "--password-stdin", "hoa");

		assertThat(code).isEqualTo(CommandLines.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("ít nhất 12 ký tự");
		assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM users", Long.class)).isZero();
	}

	/** {@code blocstats user add ARGS…} over {@code accounts}, parsed as the command line parses it. */
	private static int userAdd(UserAccounts accounts, InputStream in, PrintStream out, PrintStream err, String... args) {
		UserCommand.Add add = new UserCommand.Add(accounts, in);
		return CommandLines.execute(CommandLines.parse(CommandLines.of(add, List.of(), vn.blocstats.etl.cli.Cli.BUNDLE, java.util.Locale.of("vi")), args),
				c -> {
				}, out, err);
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}
}
