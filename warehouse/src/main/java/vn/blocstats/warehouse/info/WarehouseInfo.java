package vn.blocstats.warehouse.info;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The warehouse's own settings ({@code warehouse_info}, migration V007). A <em>demo</em> warehouse
 * holds the invented sample data ({@code sample-data/}, real committees' names with made-up
 * figures): it is marked in the file itself, so that whichever process opens it — the server, a
 * command line, a copy on another machine — knows that nothing in it may reach a document. A
 * warehouse is a demo when it is marked, or when any of its loads was the sample data
 * ({@code load.imported_by = 'sample'}) however it came in. Stateless.
 */
public final class WarehouseInfo {

	/** Who imported the sample data ({@code load.imported_by}): a load of it makes its warehouse a demo. */
	public static final String SAMPLE_IMPORTER = "sample";

	/** The demo warehouse's file name, beside the real one ({@code data/demo.duckdb}). */
	public static final String DEMO_FILE = "demo.duckdb";

	private WarehouseInfo() {
	}

	/** The demo warehouse of the data folder of {@code warehouse}: {@code data/blocstats.duckdb} → {@code data/demo.duckdb}. */
	public static Path demoFile(Path warehouse) {
		Path abs = warehouse.toAbsolutePath().normalize();
		return abs.resolveSibling(DEMO_FILE);
	}

	/** Whether the warehouse on {@code c} is a demo: marked so, or holding a load of the sample data. */
	public static boolean demo(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM warehouse_info WHERE name = 'demo') "
				+ "OR EXISTS (SELECT 1 FROM load WHERE imported_by = ?)")) {
			ps.setString(1, SAMPLE_IMPORTER);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	/** Marks the warehouse on {@code c} a demo for good; {@code by} says what did ("serve --demo"). Kept when it is one already. */
	public static void markDemo(Connection c, String by) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"INSERT INTO warehouse_info (name, value) VALUES ('demo', ?) ON CONFLICT (name) DO NOTHING")) {
			ps.setString(1, by);
			ps.executeUpdate();
		}
	}

	/** Whether no figure was ever loaded into the warehouse on {@code c}: a new warehouse, nothing to chart yet. */
	public static boolean noFigures(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM fact)")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}
}
