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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import vn.blocstats.etl.config.DataDirectory;

/**
 * The file {@code <warehouse>.server} (e.g. {@code data/blocstats.duckdb.server}) by which a running
 * {@code blocstats serve} tells the command line that it holds the warehouse: its URL, process id
 * and a secret drawn at each start that every hand-off must echo ({@value ImportEndpoint#SECRET}).
 * Written owner-only (0600) when the server is ready, removed on a clean shutdown; one left by a
 * killed server is recognised as stale (its process is gone) and ignored.
 *
 * <p>The command line trusts it with a password only when {@link #distrust} finds nothing wrong: the
 * URL is this machine's, the file is owner-only and owned by the announced process's user, that
 * process is the one holding the warehouse (DuckDB's lock names it) and the one listening on the
 * announced port.
 */
public record ServerFile(URI url, long pid, String secret) {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** A new announcement of this process, with a fresh secret. */
	static ServerFile of(URI url, long pid) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return new ServerFile(url, pid, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** Where the announcement of the server of warehouse {@code db} lives. */
	public static Path path(Path db) {
		return DataDirectory.of(db).serverFile();
	}

	/** Writes the announcement, owner-only and atomically (a reader never sees half a file). */
	public void write(Path db) {
		Path file = path(db);
		Properties p = new Properties();
		p.setProperty("url", url.toString());
		p.setProperty("pid", Long.toString(pid));
		p.setProperty("secret", secret);
		try {
			Path tmp = posix(file.getParent())
					? Files.createTempFile(file.getParent(), ".server-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
					: Files.createTempFile(file.getParent(), ".server-", ".tmp");
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
			return Optional.of(new ServerFile(URI.create(p.getProperty("url", "")), Long.parseLong(p.getProperty("pid", "")),
					p.getProperty("secret", "")));
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

	/**
	 * Why this live announcement of the server of {@code db} must not be given a password, in
	 * Vietnamese; empty when nothing is wrong with it.
	 *
	 * @param holder the process holding the warehouse, as DuckDB's lock names it (empty: nobody)
	 */
	Optional<String> distrust(Path db, java.util.OptionalLong holder) {
		Path file = path(db);
		if (!loopback(url)) {
			return Optional.of("Tệp " + file + " chỉ tới " + url + ", không phải máy này (localhost).");
		}
		if (secret.isBlank()) {
			return Optional.of("Tệp " + file + " không có mã bí mật của máy chủ.");
		}
		try {
			if (posix(file)) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				if (!OWNER_ONLY.containsAll(permissions)) {
					return Optional.of("Tệp " + file + " không phải chỉ chủ sở hữu đọc được (" + PosixFilePermissions.toString(permissions)
							+ "): không phải tệp máy chủ blocstats ghi.");
				}
				Optional<String> user = ProcessHandle.of(pid).flatMap(h -> h.info().user());
				String owner = Files.getOwner(file).getName();
				if (user.isPresent() && !user.get().equals(owner)) {
					return Optional.of("Tệp " + file + " thuộc người dùng " + owner + ", còn tiến trình " + pid + " chạy dưới " + user.get() + ".");
				}
			}
		}
		catch (IOException e) {
			return Optional.of("Không đọc được quyền của tệp " + file + ": " + e.getMessage());
		}
		if (holder.isEmpty() || holder.getAsLong() != pid) {
			return Optional.of("Tệp " + file + " ghi máy chủ là tiến trình " + pid + ", nhưng kho dữ liệu "
					+ (holder.isEmpty() ? "không do tiến trình nào giữ" : "do tiến trình " + holder.getAsLong() + " giữ") + ".");
		}
		Optional<Boolean> listens = ListeningSockets.listensOn(pid, url.getPort());
		if (listens.isPresent() && !listens.get()) {
			return Optional.of("Tiến trình " + pid + " (máy chủ giữ kho) không nghe ở cổng " + url.getPort() + " mà tệp " + file + " ghi.");
		}
		return Optional.empty();
	}

	/** Whether {@code url} is plain http to this machine's loopback address (by name or literal). */
	static boolean loopback(URI url) {
		String host = url.getHost();
		if (!"http".equals(url.getScheme()) || host == null || url.getPort() <= 0 || url.getUserInfo() != null) {
			return false;
		}
		String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
	}

	private static boolean posix(Path p) {
		return p.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
