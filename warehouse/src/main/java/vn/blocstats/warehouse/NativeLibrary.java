package vn.blocstats.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * DuckDB's native library, unpacked once instead of at every start. DuckDB's JDBC driver carries the library of every
 * platform (70 MB each) inside its jar and, when the jar holds them, copies this platform's into a temporary file at
 * each start of a JVM: about 0,3 s of every command (measured with an in-memory connection: 0,59 s with the copy,
 * 0,28 s without). The launcher runs this once on the application it extracts ({@code dashboard/target/blocstats/}):
 * this platform's library goes into {@code native/}, and the extracted copy of the driver's jar loses its bundled
 * libraries, so that the driver loads {@code native/} through {@code -Djava.library.path}. The product jar itself is
 * never changed; on a platform the driver has no library for, nothing is changed.
 */
public final class NativeLibrary {

	private static final String PREFIX = "libduckdb_java.so_";

	private NativeLibrary() {
	}

	/** {@code java -cp APP/blocstats.jar vn.blocstats.warehouse.NativeLibrary APP}: prepares the extracted application APP. */
	public static void main(String[] args) throws IOException {
		Path app = Path.of(args[0]);
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(app.resolve("lib"), "duckdb_jdbc-*.jar")) {
			for (Path jar : jars) {
				unpack(jar, app.resolve("native"));
			}
		}
	}

	/** Unpacks this platform's library from {@code jar} into {@code into}, then removes every bundled library from {@code jar}. */
	static void unpack(Path jar, Path into) throws IOException {
		String resource = PREFIX + os() + "_" + arch();
		Path library = into.resolve(System.mapLibraryName("duckdb_java"));
		Path stripped = jar.resolveSibling(jar.getFileName() + ".tmp");
		try (JarFile in = new JarFile(jar.toFile())) {
			JarEntry found = in.getJarEntry(resource);
			if (found == null) {
				return;
			}
			Files.createDirectories(into);
			Path part = into.resolve(library.getFileName() + ".tmp");
			try (InputStream s = in.getInputStream(found)) {
				Files.copy(s, part, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			try (OutputStream o = Files.newOutputStream(stripped); JarOutputStream out = new JarOutputStream(o)) {
				for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
					JarEntry entry = e.nextElement();
					if (entry.getName().startsWith(PREFIX)) {
						continue;
					}
					out.putNextEntry(new JarEntry(entry.getName()));
					try (InputStream s = in.getInputStream(entry)) {
						s.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		Files.move(stripped, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The driver's name for this operating system. */
	static String os() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : name.startsWith("linux") ? "linux" : name;
	}

	/** The driver's name for this processor. */
	static String arch() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return switch (arch) {
			case "x86_64", "amd64" -> "amd64";
			case "aarch64", "arm64" -> "arm64";
			default -> arch;
		};
	}
}
