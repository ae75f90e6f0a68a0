package vn.blocstats.warehouse.base;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.duckdb.DuckDBConnection;

/**
 * Statements for the queries that answer readers (screens, {@code /charts}, exports): each has a
 * time limit after which DuckDB cancels it ({@link Statement#setQueryTimeout}, which the DuckDB
 * driver implements by cancelling the running statement), so a query whose client has gone away
 * or that the warehouse cannot answer in time frees its thread and its memory instead of running on.
 * The limit is the system property {@value #TIMEOUT} in seconds (default 60); the work of an import
 * (loads, refreshes, migrations) has none.
 */
public final class Queries {

	/** The system property that sets the readers' time limit in seconds (0: none). */
	public static final String TIMEOUT = "blocstats.query-timeout-seconds";

	private static final int DEFAULT_SECONDS = 60;

	private Queries() {
	}

	/** The readers' time limit. */
	public static Duration timeout() {
		String v = System.getProperty(TIMEOUT);
		if (v == null || v.isBlank()) {
			return Duration.ofSeconds(DEFAULT_SECONDS);
		}
		if (!v.strip().matches("\\d{1,6}")) {
			throw new IllegalArgumentException(TIMEOUT + " is a whole number of seconds, not “" + v + "”");
		}
		return Duration.ofSeconds(Integer.parseInt(v.strip()));
	}

	/** A prepared statement of a reader's query, cancelled after {@link #timeout()}. */
	public static PreparedStatement prepare(DuckDBConnection c, String sql) throws SQLException {
		PreparedStatement ps = c.prepareStatement(sql);
		limit(ps);
		return ps;
	}

	/** A statement for a reader's queries, each cancelled after {@link #timeout()}. */
	public static Statement statement(DuckDBConnection c) throws SQLException {
		Statement st = c.createStatement();
		limit(st);
		return st;
	}

	private static void limit(Statement st) throws SQLException {
		try {
			st.setQueryTimeout((int) timeout().toSeconds());
		}
		catch (SQLException | RuntimeException e) {
			st.close();
			throw e;
		}
	}

	/** Whether {@code e} is DuckDB's answer to a cancelled (timed-out) query. */
	public static boolean cancelled(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage());
			if (t instanceof java.sql.SQLTimeoutException || m.contains("INTERRUPT") || m.contains("Interrupted")
					|| m.contains("cancel")) {
				return true;
			}
		}
		return false;
	}
}
