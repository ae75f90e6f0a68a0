package vn.blocstats.warehouse.base;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.duckdb.DuckDBConnection;

/**
 * Statements for the queries that answer readers (screens, {@code /charts}, exports): each has a
 * time limit after which DuckDB cancels it ({@link Statement#setQueryTimeout}, which the DuckDB
 * driver implements by cancelling the running statement), so a query whose client has gone away
 * or that the warehouse cannot answer in time frees its thread and its memory instead of running on.
 * The limit is the system property {@value #TIMEOUT} in seconds (default 60); the work of an import
 * (loads, refreshes, migrations) has none.
 *
 * <p>A reader's work can also be stopped before its limit, from another thread, when nobody waits
 * for it any more (the web client went away): run it {@link Cancellation#run in a cancellation},
 * and every statement this class makes on that thread meanwhile is cancelled by
 * {@link Cancellation#cancel()}.
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
			Cancellation c = Cancellation.CURRENT.get();
			if (c != null) {
				c.enlist(st);
			}
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

	/** A reader's work, as {@link Cancellation#run} runs it. */
	@FunctionalInterface
	public interface Work<T> {
		T run() throws SQLException;
	}

	/**
	 * The statements of one reader's work ({@link #run}), which {@link #cancel()} stops from any
	 * thread: the statement running is interrupted in DuckDB and every later one fails at once, so
	 * the work ends with DuckDB's cancellation ({@link Queries#cancelled}). Thread-safe.
	 */
	public static final class Cancellation {

		private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

		private final Set<Statement> statements = ConcurrentHashMap.newKeySet();
		private volatile boolean cancelled;

		/** Runs {@code work} on this thread; the statements it makes through {@link Queries} are this cancellation's. */
		public <T> T run(Work<T> work) throws SQLException {
			Cancellation outer = CURRENT.get();
			CURRENT.set(this);
			try {
				if (cancelled) {
					throw new SQLException("INTERRUPT: cancelled before it started");
				}
				return work.run();
			}
			finally {
				statements.clear();
				if (outer == null) {
					CURRENT.remove();
				}
				else {
					CURRENT.set(outer);
				}
			}
		}

		/** Stops the work: the statement running now and every one made after. */
		public void cancel() {
			cancelled = true;
			for (Statement st : statements) {
				interrupt(st);
			}
		}

		/** Whether {@link #cancel()} was called. */
		public boolean isCancelled() {
			return cancelled;
		}

		private void enlist(Statement st) throws SQLException {
			statements.add(st);
			// cancel() sets the flag before it looks at the statements: either it saw this one or this sees the flag.
			if (cancelled) {
				statements.remove(st);
				throw new SQLException("INTERRUPT: cancelled");
			}
		}

		private static void interrupt(Statement st) {
			try {
				// DuckDB's cancel interrupts the connection only while this statement executes; a closed one refuses.
				st.cancel();
			}
			catch (SQLException | RuntimeException e) {
				// closed already, or between two executions: nothing runs on it
			}
		}
	}
}
