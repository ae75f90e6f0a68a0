package vn.blocstats.dashboard.nightly;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The application in a child JVM, as the launcher starts it ({@code java … BlocstatsApplication
 * <command>}) with this test's class path: a real process that can be killed. Output goes to a file
 * (read it with {@link #output()}).
 */
final class ChildApplication {

	private final Process process;
	private final Path log;

	private ChildApplication(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts {@code args} with {@code -Xmx<heap>} and the given system properties ({@code -Dk=v}). */
	static ChildApplication start(Path workDir, String heap, List<String> systemProperties, String... args) throws IOException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin"
				+ File.separator + "java"));
		cmd.add("--enable-native-access=ALL-UNNAMED");
		cmd.add("-Dfile.encoding=UTF-8");
		cmd.add("-Xmx" + heap);
		cmd.add("-XX:+ExitOnOutOfMemoryError");
		for (String p : systemProperties) {
			cmd.add("-D" + p);
		}
		cmd.add("-cp");
		cmd.add(classPath);
		cmd.add(BlocstatsApplication.class.getName());
		cmd.addAll(List.of(args));
		Path log = Files.createTempFile(workDir, "child-", ".log");
		Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		return new ChildApplication(p, log);
	}

	/** Waits for the child to end by itself (at most {@code seconds}); returns its exit code. */
	int waitFor(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("The child JVM did not end within " + seconds + " s:\n" + output());
		}
		return process.exitValue();
	}

	/** SIGKILL (on Linux): no shutdown hook, no finally block runs; waits until the process is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: Spring's shutdown hook closes the context. */
	void terminate() {
		process.destroy();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	String output() {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return "(cannot read the child's output: " + e + ")";
		}
	}

	/**
	 * A connection to the job repository of {@code db} as a second process sees it: H2's
	 * AUTO_SERVER mode connects to the child's server while the child holds the file. Never creates
	 * the database.
	 */
	static Connection jobRepository(Path db) throws SQLException {
		String name = db.getFileName().toString().replaceFirst("\\.duckdb$", "");
		Path base = db.toAbsolutePath().resolveSibling(name + ".jobs");
		Properties p = new Properties();
		p.setProperty("user", "sa");
		p.setProperty("password", "");
		return DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", p);
	}

	/** The warehouse opened read-only (only when no child holds it). */
	static Connection warehouseReadOnly(Path db) throws SQLException {
		Properties p = new Properties();
		p.setProperty("duckdb.read_only", "true");
		return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
	}
}
