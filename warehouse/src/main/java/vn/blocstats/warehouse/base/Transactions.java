package vn.blocstats.warehouse.base;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a warehouse connection that commits as a whole or not at all. */
public final class Transactions {

	/** Work that may throw {@link SQLException}. */
	public interface Work {
		void run() throws SQLException;
	}

	private Transactions() {
	}

	/**
	 * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
	 * On a connection already inside a transaction (auto-commit off) the work joins it: the caller
	 * commits or rolls back.
	 */
	public static void inTransaction(Connection c, Work work) throws SQLException {
		if (!c.getAutoCommit()) {
			work.run();
			return;
		}
		c.setAutoCommit(false);
		try {
			work.run();
			c.commit();
		}
		catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		}
		finally {
			c.setAutoCommit(true);
		}
	}
}
