package vn.blocstats.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.base.OwnerOnly;
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
	/** Where DuckDB spills what does not fit in its memory limit; emptied at open and removed at close. */
	private final Path spill;

	private Warehouse(Path file, boolean readOnly, DuckDBConnection root, Path spill) {
		this.file = file;
		this.readOnly = readOnly;
		this.root = root;
		this.spill = spill;
	}

	/**
	 * The folder where the process holding {@code warehouse} read-write spills ({@code <file>.tmp},
	 * DuckDB's own default, named explicitly). Only the holder of the file's lock uses it, so whatever
	 * is in it when the file is opened was left by a process that died (a kill, a full disk): it is
	 * deleted then, and the folder at close.
	 */
	public static Path spillFolder(Path warehouse) {
		Path abs = warehouse.toAbsolutePath().normalize();
		return abs.resolveSibling(abs.getFileName() + ".tmp");
	}

	/** The system property that sets DuckDB's memory limit ("6GB"); by default 40 % of the machine's memory. */
	public static final String MEMORY_LIMIT = "blocstats.duckdb.memory-limit";

	/**
	 * The system property naming DuckDB optimizers to leave out (DuckDB's {@code disabled_optimizers}); by default
	 * {@value #DISABLED_OPTIMIZERS_DEFAULT}, an empty value leaves none out.
	 */
	public static final String DISABLED_OPTIMIZERS = "blocstats.duckdb.disabled-optimizers";

	/**
	 * DuckDB 1.5's projection pull-up spends seconds on the figure views, which are views of views: on a warehouse of 12
	 * figures, planning {@code count(*)} of {@code v_target_attainment} took 4,3 s, 1,9 s of it in this one rewrite (its
	 * operators: milliseconds). The rewrite changes no result; without it the plan is made in a third of the time.
	 * docs/performance.md, "Planning the figure views".
	 */
	static final String DISABLED_OPTIMIZERS_DEFAULT = "projection_pullup";

	/**
	 * DuckDB's settings for this process. Its own default memory limit (80 % of the machine) leaves
	 * no room for the JVM beside it: rebuilding the figure tables of the national dataset was killed
	 * by the kernel at 18 GB on a 24 GB machine. Under the limit DuckDB spills to its temporary
	 * folder beside the warehouse instead.
	 */
	static Properties settings() {
		Properties p = new Properties();
		String limit = System.getProperty(MEMORY_LIMIT);
		if (limit == null || limit.isBlank()) {
			long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
				.getTotalMemorySize();
			limit = Math.max(1L, total * 4 / 10 / 1_000_000) + "MB"; // DuckDB: 1 MB = 10^6 bytes
		}
		p.setProperty("memory_limit", limit);
		String disabled = System.getProperty(DISABLED_OPTIMIZERS, DISABLED_OPTIMIZERS_DEFAULT);
		if (!disabled.isBlank()) {
			p.setProperty("disabled_optimizers", disabled);
		}
		return p;
	}

	/** Opens (creating if needed) the warehouse file read-write and brings its schema up to date. */
	public static Warehouse open(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		try {
			if (abs.getParent() != null) {
				OwnerOnly.createFolders(abs.getParent());
			}
			Path spill = spillFolder(abs);
			Properties p = settings();
			p.setProperty("temp_directory", spill.toString());
			DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, p);
			Warehouse w = new Warehouse(abs, false, root, spill);
			// Holding the file's lock now: what a dead process spilled is nobody's.
			deleteFolder(spill);
			try (DuckDBConnection c = w.connection()) {
				Migrations.fromClasspath().apply(c);
				// The figures are the owner's only, whatever the umask (and so is the write-ahead log beside them).
				OwnerOnly.file(abs);
				OwnerOnly.file(abs.resolveSibling(abs.getFileName() + ".wal"));
			}
			catch (SQLException | RuntimeException e) {
				w.close();
				throw e;
			}
			return w;
		}
		catch (SQLException e) {
			throw failure(abs, "", e);
		}
	}

	/**
	 * Opens an existing warehouse file read-only. The file must exist and have the schema version of
	 * this build (a read-only file cannot be upgraded).
	 */
	public static Warehouse openReadOnly(Path file) {
		return openReadOnly(file, settings());
	}

	/**
	 * Opens an existing warehouse file read-only for an analyst's SQL ({@code blocstats query}): besides
	 * read-only, DuckDB may touch no other file — no COPY … TO, ATTACH, read_csv of a local file,
	 * INSTALL or LOAD of an extension ({@code enable_external_access=false}) — unless
	 * {@code allowFiles}, and no setting can be changed afterwards ({@code lock_configuration=true}:
	 * no SET, not even of the file access).
	 */
	public static Warehouse openForQuery(Path file, boolean allowFiles) {
		Properties p = settings();
		p.setProperty("enable_external_access", Boolean.toString(allowFiles));
		p.setProperty("autoinstall_known_extensions", "false");
		p.setProperty("autoload_known_extensions", "false");
		p.setProperty("lock_configuration", "true");
		return openReadOnly(file, p);
	}

	private static Warehouse openReadOnly(Path file, Properties p) {
		Path abs = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(abs)) {
			throw new WarehouseException("Chưa có kho dữ liệu ở " + abs + ": hãy nạp tệp trước (blocstats import)", null);
		}
		p.setProperty("duckdb.read_only", "true");
		try {
			// Read-only processes may be several at once: each spills into a folder of its own.
			Path spill = Files.createTempDirectory("blocstats-duckdb-");
			p.setProperty("temp_directory", spill.toString());
			DuckDBConnection root;
			try {
				root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, p);
			}
			catch (SQLException | RuntimeException e) {
				deleteFolder(spill);
				throw e;
			}
			Warehouse w = new Warehouse(abs, true, root, spill);
			try (DuckDBConnection c = w.connection()) {
				int have = Migrations.currentVersion(c);
				int want = Migrations.fromClasspath().latestVersion();
				if (have != want) {
					w.close();
					throw new WarehouseException("Kho dữ liệu " + abs + " có phiên bản cấu trúc " + have + ", chương trình cần " + want
							+ ": hãy mở kho một lần để ghi (blocstats import hoặc serve) để nâng cấp", null);
				}
			}
			return w;
		}
		catch (SQLException e) {
			throw failure(abs, " để đọc", e);
		}
		catch (java.io.IOException e) {
			throw new WarehouseException("Không tạo được thư mục tạm cho " + abs + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The process holding the warehouse file, as DuckDB's lock names it: tries to open the file
	 * read-only and closes it at once. Empty when nobody holds it (or there is no file).
	 */
	public static java.util.OptionalLong lockHolder(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(abs)) {
			return java.util.OptionalLong.empty();
		}
		Properties p = new Properties();
		p.setProperty("duckdb.read_only", "true");
		p.setProperty("enable_external_access", "false");
		try (java.sql.Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs, p)) {
			return java.util.OptionalLong.empty();
		}
		catch (SQLException e) {
			java.util.regex.Matcher pid = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
			if (String.valueOf(e.getMessage()).contains("Could not set lock") && pid.find()) {
				return java.util.OptionalLong.of(Long.parseLong(pid.group(1)));
			}
			throw new WarehouseException("Không mở được kho dữ liệu " + abs + " để đọc: " + e.getMessage(), e);
		}
	}

	private static final java.util.regex.Pattern LOCK_HOLDER = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)");

	/**
	 * Why the file could not be opened. DuckDB lets one process hold a file; when another holds it,
	 * say so in Vietnamese (with its process id) and what to do, instead of DuckDB's lock message.
	 */
	private static WarehouseException failure(Path file, String how, SQLException e) {
		String m = String.valueOf(e.getMessage());
		if (m.contains("Could not set lock")) {
			java.util.regex.Matcher pid = LOCK_HOLDER.matcher(m);
			return new WarehouseException("Kho dữ liệu " + file + " đang do một tiến trình blocstats khác giữ"
					+ (pid.find() ? " (PID " + pid.group(1) + ")" : "")
					+ ": máy chủ (blocstats serve) hoặc một lệnh nạp đang chạy. DuckDB chỉ cho một tiến trình mở tệp kho;"
					+ " hãy đợi lệnh nạp xong hoặc dừng máy chủ rồi chạy lại.", e);
		}
		return new WarehouseException("Không mở được kho dữ liệu " + file + how + ": " + m, e);
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
			throw new WarehouseException("Không đóng được kho dữ liệu " + file, e);
		}
		finally {
			deleteFolder(spill);
		}
	}

	/** Deletes {@code folder} and everything in it; a file that cannot be deleted is left (and logged by nobody: it is only spill). */
	private static void deleteFolder(Path folder) {
		if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				try {
					Files.deleteIfExists(p);
				}
				catch (java.io.IOException e) {
					// Still in use or not ours: the next open tries again.
				}
			}
		}
		catch (java.io.IOException | java.io.UncheckedIOException e) {
			// The folder went away meanwhile, or cannot be read: nothing to clean.
		}
	}
}
