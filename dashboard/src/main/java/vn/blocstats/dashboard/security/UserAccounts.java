package vn.blocstats.dashboard.security;

import java.security.SecureRandom;

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
	 * @throws IllegalArgumentException when the name is blank, too long or already taken, or the password is empty
	 */
	public void add(String name, Role role, String password) {
		if (name.isBlank() || name.length() > 50) {
			throw new IllegalArgumentException("Tên người dùng phải có từ 1 đến 50 ký tự");
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
