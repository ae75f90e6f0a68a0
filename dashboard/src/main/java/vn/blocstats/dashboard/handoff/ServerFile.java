package vn.blocstats.dashboard.handoff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@code <warehouse>.server} (e.g. {@code data/blocstats.duckdb.server}) by which a running
 * {@code blocstats serve} tells the command line that it holds the warehouse: its URL and process
 * id. Written when the server is ready, removed on a clean shutdown; one left by a killed server is
 * recognised as stale (its process is gone) and ignored.
 */
public record ServerFile(URI url, long pid) {

	/** Where the announcement of the server of warehouse {@code db} lives. */
	public static Path path(Path db) {
		Path abs = db.toAbsolutePath().normalize();
		return abs.resolveSibling(abs.getFileName() + ".server");
	}

	/** Writes the announcement (atomically: a reader never sees half a file). */
	public void write(Path db) {
		Path file = path(db);
		Properties p = new Properties();
		p.setProperty("url", url.toString());
		p.setProperty("pid", Long.toString(pid));
		try {
			Path tmp = Files.createTempFile(file.getParent(), ".server-", ".tmp");
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				p.store(w, "blocstats serve holds this warehouse; removed when it stops");
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file, e);
		}
	}

	/** The announcement beside {@code db} if there is one whose process is alive. */
	public static Optional<ServerFile> live(Path db) {
		return read(db).filter(ServerFile::processAlive);
	}

	/** The announcement beside {@code db}, alive or not (empty when there is none or it cannot be read). */
	static Optional<ServerFile> read(Path db) {
		Path file = path(db);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(r);
			return Optional.of(new ServerFile(URI.create(p.getProperty("url", "")), Long.parseLong(p.getProperty("pid", ""))));
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Removes the announcement beside {@code db} if it is this one's (a newer server's stays). */
	public void removeIfOurs(Path db) {
		if (read(db).filter(f -> f.pid() == pid).isPresent()) {
			try {
				Files.deleteIfExists(path(db));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot remove " + path(db), e);
			}
		}
	}

	boolean processAlive() {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}
}
