package vn.blocstats.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole of {@code sample-data/} imported once per test JVM into a warehouse in a temporary
 * folder (about 20 s), for the view and browser tests that check the figures of sample-data/README.md
 * (one import for all of them: the Spring contexts over it are cached). The
 * import exits 3 (the eight deliberately bad rows of Lâm Đồng's supplement). The folder is removed
 * when the JVM ends.
 */
public final class SampleWarehouse {

	private static Path db;

	private SampleWarehouse() {
	}

	/** The warehouse file, imported on first use. */
	public static synchronized Path path() {
		if (db == null) {
			try {
				Path dir = Files.createTempDirectory("blocstats-sample");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
				Path file = dir.resolve("sample.duckdb");
				java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
				PrintStream out = new PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
				int code = BlocstatsApplication.run(new String[] { "import", "--db", file.toString(), "--report",
						dir.resolve("report.csv").toString(), "../sample-data" }, out, out);
				assertThat(code).as("import of sample-data (3: the eight bad rows)\n" + log.toString(java.nio.charset.StandardCharsets.UTF_8))
					.isEqualTo(3);
				db = file;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return db;
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// best effort at exit
		}
	}
}
