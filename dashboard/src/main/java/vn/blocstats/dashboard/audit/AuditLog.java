package vn.blocstats.dashboard.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit table {@code audit_event} in the account database (created when missing): every
 * {@link #record(String, String) record} is one row, committed at once, with the time, the user,
 * the action ({@link AuditAction}), a detail and the client's address. Thread-safe.
 *
 * <p>The user is the signed-in user of the current thread (Spring Security's context); without
 * one — the nightly batch, the server's own work — it is {@value AuditAction#SYSTEM}. The client
 * is the remote address of the current web request, if any.
 */
public final class AuditLog {

	private static final int DETAIL_MAX = 4000;

	private final JdbcTemplate jdbc;
	private final Clock clock;

	public AuditLog(DataSource dataSource, Clock clock) {
		new ResourceDatabasePopulator(new ClassPathResource("audit/audit.sql")).execute(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	/** Records {@code action} by the current user (or {@value AuditAction#SYSTEM}) from the current request's client. */
	public void record(String action, String detail) {
		record(currentUser(), action, detail, currentClient());
	}

	/** Records {@code action} by {@code username} from {@code client} (null when not over the network). */
	public void record(String username, String action, String detail, String client) {
		String d = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
		String u = username == null || username.isBlank() ? AuditAction.SYSTEM
				: username.length() > 50 ? username.substring(0, 50) : username;
		jdbc.update("INSERT INTO audit_event (at, username, action, detail, client) VALUES (?, ?, ?, ?, ?)",
				Timestamp.valueOf(LocalDateTime.now(clock)), u, action, d, client);
	}

	/** The newest events first, at most {@code limit}. */
	public List<AuditEvent> recent(int limit) {
		return jdbc.query("SELECT id, at, username, action, detail, client FROM audit_event ORDER BY id DESC LIMIT ?",
				(rs, i) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				limit);
	}

	/** The time of each user's last successful login (users who never logged in are absent). */
	public Map<String, LocalDateTime> lastLogins() {
		Map<String, LocalDateTime> out = new LinkedHashMap<>();
		jdbc.query("SELECT username, max(at) FROM audit_event WHERE action = ? GROUP BY username ORDER BY username",
				rs -> {
					out.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime());
				}, AuditAction.LOGIN);
		return out;
	}

	/** The signed-in user of this thread, or {@value AuditAction#SYSTEM}. */
	public static String currentUser() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		if (a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()) {
			return AuditAction.SYSTEM;
		}
		return a.getName();
	}

	/** The remote address of this thread's web request, or null. */
	public static String currentClient() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes s) {
			return s.getRequest().getRemoteAddr();
		}
		return null;
	}
}
