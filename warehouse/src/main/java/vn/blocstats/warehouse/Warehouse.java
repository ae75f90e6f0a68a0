package vn.blocstats.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.migration.Migrations;

/**
 * The DuckDB warehouse file of this process.
 *
 * <p>DuckDB lets one process open a file read-write and no other process open it at all, so a
 * process holds exactly one {@code Warehouse} per file and hands out connections duplicated from
 * its root connection ({@link #connection()}); each caller closes the connection it got. Readers
 * see a consistent snapshot while a load runs (MVCC). Thread-safe.
 */
public final class Warehouse implements AutoCloseable {

	private final Path file;
	private final boolean readOnly;
	private final DuckDBConnection root;

	private Warehouse(Path file, boolean readOnly, DuckDBConnection root) {
		this.file = file;
		this.readOnly = readOnly;
		this.root = root;
	}

	/** Opens (creating if needed) the warehouse file read-write and brings its schema up to date. */
	public static Warehouse open(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		try {
			if (abs.getParent() != null) {
				Files.createDirectories(abs.getParent());
			}
			DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, new Properties());
			Warehouse w = new Warehouse(abs, false, root);
			try (DuckDBConnection c = w.connection()) {
				Migrations.fromClasspath().apply(c);
			}
			catch (SQLException | RuntimeException e) {
				w.close();
				throw e;
			}
			return w;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the folder of " + abs, e);
		}
		catch (SQLException e) {
			throw new WarehouseException("Cannot open the warehouse " + abs + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Opens an existing warehouse file read-only. The file must exist and have the schema version of
	 * this build (a read-only file cannot be upgraded).
	 */
	public static Warehouse openReadOnly(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(abs)) {
			throw new WarehouseException("No warehouse at " + abs + ": import files first", null);
		}
		Properties p = new Properties();
		p.setProperty("duckdb.read_only", "true");
		try {
			DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, p);
			Warehouse w = new Warehouse(abs, true, root);
			try (DuckDBConnection c = w.connection()) {
				int have = Migrations.currentVersion(c);
				int want = Migrations.fromClasspath().latestVersion();
				if (have != want) {
					w.close();
					throw new WarehouseException("The warehouse " + abs + " has schema version " + have + ", this program expects "
							+ want + ": open it once read-write (import or serve) to upgrade it", null);
				}
			}
			return w;
		}
		catch (SQLException e) {
			throw new WarehouseException("Cannot open the warehouse " + abs + " read-only: " + e.getMessage(), e);
		}
	}

	/** A new connection to this warehouse; the caller closes it. */
	public DuckDBConnection connection() throws SQLException {
		return root.duplicate();
	}

	public Path file() {
		return file;
	}

	public boolean readOnly() {
		return readOnly;
	}

	/** Writes the write-ahead log into the database file (after each import). */
	public void checkpoint() throws SQLException {
		if (readOnly) {
			return;
		}
		try (DuckDBConnection c = connection(); Statement st = c.createStatement()) {
			st.execute("CHECKPOINT");
		}
	}

	@Override
	public void close() {
		try {
			root.close();
		}
		catch (SQLException e) {
			throw new WarehouseException("Cannot close the warehouse " + file, e);
		}
	}
}
