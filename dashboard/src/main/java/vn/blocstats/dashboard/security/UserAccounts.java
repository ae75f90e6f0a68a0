package vn.blocstats.dashboard.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * The dashboard's user accounts, in the tables {@code users} and {@code authorities} of the job
 * repository's H2 database (created when missing). Passwords are stored only as hashes of the
 * delegating encoder ({@code {bcrypt}…}). Thread-safe: every call is its own JDBC transaction.
 */
public final class UserAccounts {

	/** The shortest password a person may choose (screen and command line); generated ones have 20 characters. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** A user name: 2 to 64 of a–z, 0–9, '.', '_', '-' (no look-alike letters, spaces or markup in logs and screens). */
	public static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile("[a-z0-9._-]{2,64}");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcUserDetailsManager users;
	private final JdbcTemplate jdbc;
	private final PasswordEncoder encoder;

	/** Opens the accounts on {@code dataSource}, creating the tables when they are missing. */
	public UserAccounts(DataSource dataSource, PasswordEncoder encoder) {
		new ResourceDatabasePopulator(new ClassPathResource("security/users.sql")).execute(dataSource);
		this.users = new JdbcUserDetailsManager(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
		this.encoder = encoder;
	}

	/** Whether any account exists. */
	public boolean isEmpty() {
		Long n = jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
		return n == null || n == 0;
	}

	/**
	 * Creates the account {@code name} with {@code role}, storing the hash of {@code password}.
	 *
	 * @throws IllegalArgumentException when the name is not valid ({@link #VALID_NAME}) or already taken, or the password is empty
	 */
	public void add(String name, Role role, String password) {
		if (!VALID_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Tên người dùng “" + name + "” không hợp lệ: từ 2 đến 64 ký tự, chỉ chữ thường không dấu,"
					+ " chữ số, dấu chấm, gạch dưới hoặc gạch ngang (ví dụ: nguyen.van.a)");
		}
		if (password.isEmpty()) {
			throw new IllegalArgumentException("Mật khẩu rỗng");
		}
		if (users.userExists(name)) {
			throw new IllegalArgumentException("Người dùng “" + name + "” đã có");
		}
		users.createUser(User.withUsername(name)
			.password(encoder.encode(password))
			.authorities(AuthorityUtils.createAuthorityList(role.authority()))
			.build());
	}

	/** One account as the administration screen lists it. */
	public record Account(String name, Role role, boolean enabled) {
	}

	/** Every account, by name. */
	public List<Account> list() {
		return jdbc.query("SELECT u.username, a.authority, u.enabled FROM users u LEFT JOIN authorities a ON a.username = u.username "
				+ "ORDER BY u.username", (rs, i) -> new Account(rs.getString(1), Role.ofAuthority(rs.getString(2)), rs.getBoolean(3)));
	}

	/** The account {@code name}, if it exists. */
	public Optional<Account> find(String name) {
		return list().stream().filter(a -> a.name().equals(name)).findFirst();
	}

	/** Replaces the password of {@code name} by the hash of {@code password}. */
	public void setPassword(String name, String password) {
		if (password.isEmpty()) {
			throw new IllegalArgumentException("Mật khẩu rỗng");
		}
		if (jdbc.update("UPDATE users SET password = ? WHERE username = ?", encoder.encode(password), name) != 1) {
			throw new IllegalArgumentException("Không có người dùng “" + name + "”");
		}
	}

	/**
	 * Enables or disables {@code name}: a disabled account cannot log in (a session already open
	 * lasts until it ends or expires).
	 *
	 * @throws LastAdministratorException when this would leave no enabled administrator
	 */
	public synchronized void setEnabled(String name, boolean enabled) {
		Account account = find(name).orElseThrow(() -> new IllegalArgumentException("Không có người dùng “" + name + "”"));
		if (!enabled && account.enabled() && account.role() == Role.ADMIN && enabledAdministrators() <= 1) {
			throw new LastAdministratorException(name);
		}
		jdbc.update("UPDATE users SET enabled = ? WHERE username = ?", enabled, name);
	}

	private long enabledAdministrators() {
		Long n = jdbc.queryForObject("SELECT count(*) FROM users u JOIN authorities a ON a.username = u.username "
				+ "WHERE u.enabled AND a.authority = ?", Long.class, Role.ADMIN.authority());
		return n == null ? 0 : n;
	}

	/** Refused: the last enabled administrator cannot be disabled (nobody could manage accounts any more). */
	public static final class LastAdministratorException extends IllegalStateException {

		LastAdministratorException(String name) {
			super("“" + name + "” là quản trị viên cuối cùng: không thể khóa");
		}
	}

	/** The stored (hashed) password of {@code name}; for tests and diagnostics. */
	String storedPassword(String name) {
		return jdbc.queryForObject("SELECT password FROM users WHERE username = ?", String.class, name);
	}

	JdbcUserDetailsManager userDetails() {
		return users;
	}

	/** A random password of 20 characters (about 116 bits), without look-alike characters. */
	public static String randomPassword() {
		StringBuilder sb = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
