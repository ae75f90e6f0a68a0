package vn.blocstats.warehouse.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;

/**
 * The analysts' views materialised as tables for the screens: computed once after an import run
 * instead of at every chart. {@link #refresh} rebuilds them all in one transaction (readers keep
 * seeing the previous tables until it commits); {@link #fresh} tells whether they hold every load.
 * The views stay the reference: a reader uses the tables only when they are fresh.
 */
public final class FigureTables {

	/** Each table and the view it holds. */
	record Table(String table, String view) {
	}

	static final List<Table> TABLES = List.of(new Table("figure_year", "v_figure_year"),
			new Table("figure_term", "v_figure_term"), new Table("target_attainment", "v_target_attainment"),
			new Table("target_attainment_year", "v_target_attainment_year"),
			new Table("figure_unit_term", "v_figure_unit_term"),
			// trends: half-years and series restated to today's structure (TrendQueries)
			new Table("figure_half", "v_figure_half"), new Table("figure_restated_year", "v_figure_restated_year"),
			new Table("figure_restated_half", "v_figure_restated_half"));

	private FigureTables() {
	}

	/** Rebuilds every table from its view, in one transaction. */
	public static void refresh(Warehouse warehouse) throws SQLException {
		try (DuckDBConnection c = warehouse.connection()) {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement()) {
				for (Table t : TABLES) {
					st.execute("CREATE OR REPLACE TABLE " + t.table() + " AS SELECT * FROM " + t.view());
				}
				st.execute("DELETE FROM figure_refresh");
				st.execute("INSERT INTO figure_refresh SELECT current_timestamp, coalesce(max(load_id), 0) FROM load");
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

	/**
	 * True when the tables were rebuilt after the last load and every one of them exists (a warehouse
	 * refreshed by an older version lacks the tables added since: it reads the views until the next
	 * refresh).
	 */
	public static boolean fresh(DuckDBConnection c) throws SQLException {
		String names = String.join(", ", TABLES.stream().map(t -> "'" + t.table() + "'").toList());
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT (SELECT max(last_load_id) FROM figure_refresh) "
						+ "= (SELECT coalesce(max(load_id), 0) FROM load) "
						+ "AND (SELECT count(*) FROM duckdb_tables() WHERE table_name IN (" + names + ")) = " + TABLES.size())) {
			rs.next();
			return rs.getBoolean(1) && !rs.wasNull();
		}
	}

	/** The table holding {@code view} when the tables are fresh, else the view itself. */
	static String source(DuckDBConnection c, String view) throws SQLException {
		if (!fresh(c)) {
			return view;
		}
		return TABLES.stream().filter(t -> t.view().equals(view)).findFirst().map(Table::table)
			.orElseThrow(() -> new IllegalArgumentException("No table for " + view));
	}
}
