package vn.blocstats.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The committed {@code sample-data/} imported once per test JVM into a temporary DuckDB warehouse
 * (about 20 s on 2 cores), shared by every browser test class: they all run against one cached
 * Spring context over it, so a screen's test costs a page load, not an import. The temporary
 * folder is deleted when the JVM ends. Thread-safe.
 */
final class SampleWarehouse {

	/** {@code import} exits 3: the sample data's eight deliberately bad rows (sample-data/README.md). */
	static final int SAMPLE_DATA_EXIT = 3;

	private static Path file;

	private SampleWarehouse() {
	}

	/** The warehouse file, the sample data imported into it on the first call. */
	static synchronized Path file() {
		if (file == null) {
			try {
				Path dir = Files.createTempDirectory("blocstats-browser");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
				Path db = dir.resolve("sample.duckdb");
				ByteArrayOutputStream log = new ByteArrayOutputStream();
				PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
				int code = BlocstatsApplication.run(new String[] { "import", "--db", db.toString(), "../sample-data" }, out, out);
				assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(SAMPLE_DATA_EXIT);
				file = db;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return file;
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// The JVM is ending; a temporary folder left behind is harmless.
		}
	}
}
