package vn.blocstats.dashboard.audit;

/**
 * The actions the audit table records (the {@code action} column). Plain strings so that every
 * feature can pass its own to {@link AuditLog#record(String, String)}; these are the ones in use.
 */
public final class AuditAction {

	/** A successful login (the dashboard's form or HTTP Basic on the command-line hand-off). */
	public static final String LOGIN = "login";

	/** A failed login: wrong password, unknown name, disabled account, or refused while throttled. */
	public static final String LOGIN_FAILED = "login_failed";

	public static final String LOGOUT = "logout";

	/** Files imported (the import screen, the command line through the server, the nightly batch). */
	public static final String IMPORT = "import";

	/** A chart or table exported (download or HTTP endpoint). */
	public static final String EXPORT = "export";

	public static final String USER_ADD = "user_add";

	public static final String USER_PASSWORD = "user_password";

	public static final String USER_DISABLE = "user_disable";

	public static final String USER_ENABLE = "user_enable";

	/** A validation rule added, disabled or enabled on the data quality screen. */
	public static final String RULE_ADD = "rule_add";

	public static final String RULE_DISABLE = "rule_disable";

	public static final String RULE_ENABLE = "rule_enable";

	/** The user of an event without a signed-in user: the nightly batch and the server itself. */
	public static final String SYSTEM = "system";

	/** The user of an event done on the command line without a server. */
	public static final String CLI = "cli";

	private AuditAction() {
	}
}
