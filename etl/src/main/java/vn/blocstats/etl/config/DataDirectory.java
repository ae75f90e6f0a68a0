package vn.blocstats.etl.config;

import java.nio.file.Path;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * Where everything kept beside the warehouse is, for the warehouse file {@code blocstats.db} — the one
 * place that knows the layout of an installation's data folder, so that no class derives a sibling
 * path of its own. The layout is that of every installation so far and must not change (an existing
 * data folder would be lost track of): for {@code data/blocstats.duckdb},
 *
 * <pre>
 * data/blocstats.duckdb                      the warehouse
 * data/blocstats.jobs.mv.db (.lock.db)       the job repository (H2): import history, accounts, audit
 * data/blocstats.duckdb.tmp/                 DuckDB's spill folder
 * data/blocstats.duckdb.server               the running server's announcement (the command line's hand-off)
 * data/blocstats.duckdb.admin-password.txt   the first administrator's password
 * data/demo.duckdb                           the demo warehouse ({@code --demo})
 * data/inbox/                                the nightly inbox (or {@code blocstats.inbox})
 * data/processed/, data/rejected/            beside the inbox, wherever it is
 * data/reports/                              reject reports of imports run without {@code --report}
 * data/uploads/                              the import screen's uploads; {@code uploads/<id>/}: a hand-off
 * </pre>
 *
 * Folders are absolute and normalised (relative settings are taken from the working directory);
 * {@link #warehouse()} is the file as configured, as messages show it. Immutable; a Spring bean
 * built from {@link BlocstatsProperties}, or {@link #of} where no context runs.
 */
public final class DataDirectory {

	static final String INBOX = "inbox";
	static final String PROCESSED = "processed";
	static final String REJECTED = "rejected";
	static final String REPORTS = "reports";
	static final String UPLOADS = "uploads";

	private final Path warehouse;
	/** The inbox a setting names, absolute; null: the one beside the warehouse. */
	private final Path inbox;

	public DataDirectory(BlocstatsProperties settings) {
		this(Path.of(settings.db()), settings.inbox().folder().isBlank() ? null : Path.of(settings.inbox().folder()));
	}

	private DataDirectory(Path warehouse, Path inbox) {
		this.warehouse = warehouse;
		this.inbox = inbox == null ? null : inbox.toAbsolutePath().normalize();
	}

	/** The data folder of the warehouse file {@code warehouse}, its inbox the one beside it. */
	public static DataDirectory of(Path warehouse) {
		return new DataDirectory(warehouse, null);
	}

	/** The data folder of the warehouse file {@code warehouse}, its inbox the one beside it. */
	public static DataDirectory of(String warehouse) {
		return of(Path.of(warehouse));
	}

	/** The warehouse file as configured (relative to the working directory when it was given so). */
	public Path warehouse() {
		return warehouse;
	}

	/** The folder of the warehouse file: where everything else is kept. */
	public Path folder() {
		return absolute().getParent();
	}

	/**
	 * The job repository's H2 database, as H2's URL names it (without the {@code .mv.db} that H2 adds):
	 * {@code data/blocstats.duckdb} → {@code data/blocstats.jobs}.
	 */
	public Path jobRepository() {
		String name = absolute().getFileName().toString();
		int dot = name.lastIndexOf('.');
		return absolute().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".jobs");
	}

	/** The job repository's file ({@code blocstats.jobs.mv.db}). */
	public Path jobRepositoryFile() {
		return Path.of(jobRepository() + ".mv.db");
	}

	/** The lock file H2 keeps beside the job repository while it is open ({@code blocstats.jobs.lock.db}). */
	public Path jobRepositoryLock() {
		return Path.of(jobRepository() + ".lock.db");
	}

	/** DuckDB's spill folder ({@link Warehouse#spillFolder}). */
	public Path spillFolder() {
		return Warehouse.spillFolder(warehouse);
	}

	/** The running server's announcement, read by {@code import} to hand its files over ({@code blocstats.duckdb.server}). */
	public Path serverFile() {
		return besideWarehouse(".server");
	}

	/** Where the first administrator's password is written ({@code blocstats.duckdb.admin-password.txt}). */
	public Path adminPasswordFile() {
		return besideWarehouse(".admin-password.txt");
	}

	/** The demo warehouse of this folder ({@link WarehouseInfo#demoFile}: {@code demo.duckdb}). */
	public Path demoWarehouse() {
		return WarehouseInfo.demoFile(warehouse);
	}

	/** The nightly inbox: {@code blocstats.inbox}, or the folder {@code inbox} beside the warehouse file. */
	public Path inbox() {
		return inbox != null ? inbox : folder().resolve(INBOX);
	}

	/** Where the inbox's files go once loaded: {@code processed} beside the inbox. */
	public Path processed() {
		return inbox().resolveSibling(PROCESSED);
	}

	/** Where the inbox's files go when nothing in them was loadable: {@code rejected} beside the inbox. */
	public Path rejected() {
		return inbox().resolveSibling(REJECTED);
	}

	/** The reports of imports not given a {@code --report} (the command line, the inbox, hand-offs, the sample data). */
	public Path reports() {
		return folder().resolve(REPORTS);
	}

	/** The import screen's uploads, and the hand-offs' folders. */
	public Path uploads() {
		return folder().resolve(UPLOADS);
	}

	/** The folder of the hand-off {@code id}: its files as received, and its markers. */
	public Path handoff(String id) {
		return uploads().resolve(id);
	}

	private Path absolute() {
		return warehouse.toAbsolutePath().normalize();
	}

	private Path besideWarehouse(String suffix) {
		return absolute().resolveSibling(absolute().getFileName() + suffix);
	}

	@Override
	public String toString() {
		return "DataDirectory[" + warehouse + "]";
	}
}
