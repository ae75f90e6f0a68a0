package vn.blocstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's unpacking of DuckDB's native library: on a copy of the real driver jar, this platform's library is in
 * {@code native/}, the jar keeps every class and none of the bundled libraries, and a JVM given {@code native/} opens
 * a database with it.
 */
class NativeLibraryTests {

	@TempDir
	Path app;

	@Test
	void the_library_is_unpacked_once_and_a_jvm_opens_duckdb_with_it() throws Exception {
		Path driver = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Files.createDirectories(app.resolve("lib"));
		Path jar = Files.copy(driver, app.resolve("lib").resolve("duckdb_jdbc-2.0.0.1.jar"));

		NativeLibrary.main(new String[] { app.toString() });

		Path library = app.resolve("native").resolve(System.mapLibraryName("duckdb_java"));
		assertThat(library).exists();
		assertThat(Files.size(library)).isGreaterThan(10_000_000);
		try (JarFile j = new JarFile(jar.toFile())) {
			assertThat(j.stream().map(e -> e.getName()).filter(n -> n.startsWith("libduckdb_java.so_")).toList()).isEmpty();
			assertThat(j.getJarEntry("org/duckdb/DuckDBDriver.class")).isNotNull();
		}
		assertThat(Files.size(jar)).isLessThan(Files.size(driver) / 4);

		// A JVM with the stripped jar and native/ on its library path opens DuckDB.
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path classes = Path.of(Open.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Process p = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Djava.library.path=" + app.resolve("native"),
				"-cp", classes + File.pathSeparator + jar, Open.class.getName())).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as(output).isZero();
		assertThat(output.strip()).isEqualTo("42");
	}

	/** Opens an in-memory database and prints 42. */
	public static final class Open {

		public static void main(String[] args) throws Exception {
			try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); ResultSet rs = c.createStatement().executeQuery("SELECT 42")) {
				rs.next();
				System.out.println(rs.getInt(1));
			}
		}
	}
}
