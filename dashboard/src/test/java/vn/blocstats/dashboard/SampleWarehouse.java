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
 *
 * <p>The sample data goes into a demo warehouse only ({@code import --demo}): {@link #demo()} is that
 * warehouse, marked a demo, as {@code serve --demo} has it. {@link #path()} is a copy with the mark
 * removed — the same figures as a real warehouse shows them (no badge, no notice on the exports) —
 * for the tests of figures and layouts, which are the same in both.
 */
public final class SampleWarehouse {

	private static Path db;
	private static Path demo;

	private SampleWarehouse() {
	}

	/** The sample data in a warehouse not marked a demo (a copy of {@link #demo()}), imported on first use. */
	public static synchronized Path path() {
		if (db == null) {
			Path file = demo().resolveSibling("sample.duckdb");
			try {
				// the warehouse and its import history (the job repository beside it: demo.jobs.mv.db)
				Files.copy(demo(), file);
				for (String h2 : new String[] { ".jobs.mv.db" }) {
					Path history = demo().resolveSibling("demo" + h2);
					if (Files.exists(history)) {
						Files.copy(history, file.resolveSibling("sample" + h2));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			try (vn.blocstats.warehouse.Warehouse w = vn.blocstats.warehouse.Warehouse.open(file);
					java.sql.Connection c = w.connection(); java.sql.Statement st = c.createStatement()) {
				st.execute("DELETE FROM warehouse_info WHERE name = 'demo'");
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException(e);
			}
			db = file;
		}
		return db;
	}

	/** The demo warehouse holding the sample data ({@code import --demo}), imported on first use. */
	public static synchronized Path demo() {
		if (demo == null) {
			try {
				Path dir = Files.createTempDirectory("blocstats-sample");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
				Path file = dir.resolve("demo.duckdb");
				java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
				PrintStream out = new PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
				int code = BlocstatsApplication.run(new String[] { "import", "--demo", "--db", file.toString(), "--report",
						dir.resolve("report.csv").toString(), "../sample-data" }, out, out);
				assertThat(code).as("import of sample-data (3: the eight bad rows)\n" + log.toString(java.nio.charset.StandardCharsets.UTF_8))
					.isEqualTo(3);
				demo = file;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return demo;
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
