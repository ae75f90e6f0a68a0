package vn.blocstats.dashboard.users;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;
import vn.blocstats.dashboard.security.UserAccounts.Account;

/**
 * What an administrator may do to the accounts, with the rules the screen enforces: passwords of
 * at least {@value #MIN_PASSWORD_LENGTH} characters typed twice alike, no administrator disables
 * their own account, the last enabled administrator stays enabled. Every change is audited (never
 * with a password). A refusal is a {@link Refused} naming the message key to show.
 */
@Service
class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = UserAccounts.MIN_PASSWORD_LENGTH;

	/** One row of the screen: an account and its last successful login (null: never). */
	record Row(String name, Role role, boolean enabled, LocalDateTime lastLogin) {
	}

	/** A change the rules refuse; {@code key} is the message (bundle key) to show. */
	static final class Refused extends RuntimeException {

		final String key;
		final transient Object[] args;

		Refused(String key, Object... args) {
			super(key);
			this.key = key;
			this.args = args;
		}
	}

	private final UserAccounts accounts;
	private final AuditLog audit;

	UserAdministration(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	List<Row> rows() {
		Map<String, LocalDateTime> logins = audit.lastLogins();
		return accounts.list().stream().map(a -> new Row(a.name(), a.role(), a.enabled(), logins.get(a.name()))).toList();
	}

	void add(String name, Role role, String password, String repeated) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 50 || !n.matches("[\\p{L}\\p{N}._@-]+")) {
			throw new Refused("users.error.name");
		}
		if (role == null) {
			throw new Refused("users.error.role");
		}
		checkPassword(password, repeated);
		if (accounts.find(n).isPresent()) {
			throw new Refused("users.error.exists", n);
		}
		accounts.add(n, role, password);
		audit.record(AuditAction.USER_ADD, n + " (" + role + ")");
	}

	void resetPassword(String name, String password, String repeated) {
		checkPassword(password, repeated);
		accounts.setPassword(existing(name).name(), password);
		audit.record(AuditAction.USER_PASSWORD, name);
	}

	/** Disables or enables {@code name}, acting as {@code actingUser}. */
	void setEnabled(String name, boolean enabled, String actingUser) {
		Account account = existing(name);
		if (!enabled && account.name().equals(actingUser)) {
			throw new Refused("users.error.self");
		}
		try {
			accounts.setEnabled(account.name(), enabled);
		}
		catch (UserAccounts.LastAdministratorException e) {
			throw new Refused("users.error.lastAdmin", name);
		}
		audit.record(enabled ? AuditAction.USER_ENABLE : AuditAction.USER_DISABLE, name);
	}

	private Account existing(String name) {
		return accounts.find(name).orElseThrow(() -> new Refused("users.error.unknown", name));
	}

	private static void checkPassword(String password, String repeated) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new Refused("users.error.short", MIN_PASSWORD_LENGTH);
		}
		if (!password.equals(repeated)) {
			throw new Refused("users.error.mismatch");
		}
	}
}
