package vn.blocstats.dashboard.handoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, from Linux's {@code /proc}: the listening sockets of
 * {@code /proc/net/tcp} and {@code tcp6} on the port, and the sockets among the process's open
 * files ({@code /proc/<pid>/fd}). So that the command line gives a password only to the port the
 * server process itself listens on, not to another listener named in a forged announcement.
 */
final class ListeningSockets {

	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	/**
	 * Whether process {@code pid} holds a socket listening on TCP {@code port}; empty when this
	 * cannot be known here (no {@code /proc}, or its files cannot be read).
	 */
	static Optional<Boolean> listensOn(long pid, int port) {
		Path fds = Path.of("/proc", Long.toString(pid), "fd");
		if (!Files.isDirectory(Path.of("/proc/net"))) {
			return Optional.empty();
		}
		try {
			Set<String> listening = new HashSet<>();
			for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
				Path t = Path.of(table);
				if (Files.isReadable(t)) {
					listening.addAll(listeningInodes(Files.readAllLines(t), port));
				}
			}
			if (listening.isEmpty()) {
				return Optional.of(false);
			}
			try (Stream<Path> open = Files.list(fds)) {
				return Optional.of(open.map(ListeningSockets::target).anyMatch(s -> listening.contains(s)));
			}
		}
		catch (IOException | SecurityException e) {
			return Optional.empty();
		}
	}

	/** The inodes of the sockets of a {@code /proc/net/tcp} table listening on {@code port}, as {@code socket:[inode]}. */
	static Set<String> listeningInodes(List<String> table, int port) {
		String hexPort = String.format(Locale.ROOT, "%04X", port);
		Set<String> inodes = new HashSet<>();
		for (String line : table.subList(Math.min(1, table.size()), table.size())) {
			String[] f = line.strip().split("\\s+");
			if (f.length > 9 && f[1].endsWith(":" + hexPort) && f[3].equals(LISTEN)) {
				inodes.add("socket:[" + f[9] + "]");
			}
		}
		return inodes;
	}

	private static String target(Path fd) {
		try {
			return Files.readSymbolicLink(fd).toString();
		}
		catch (IOException | UnsupportedOperationException e) {
			return "";
		}
	}
}
