package vn.blocstats.tools.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts this application again in a child JVM with a heap of one's choosing: the same java, the
 * same jar ({@code java -jar blocstats.jar}) or class path and main class as this process.
 */
public final class ChildJvm {

	/** What a child printed and how it ended. */
	public record Result(int exitCode, String output) {
	}

	private ChildJvm() {
	}

	/** Runs the application with {@code args} in a child JVM with {@code -Xmx<heap>}, waiting for it. */
	static Result run(String heap, List<String> args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(java(null, "-Xmx" + heap));
		cmd.addAll(args);
		return run(cmd);
	}

	/** Runs {@code cmd} (its output and errors together), waiting for it. */
	public static Result run(List<String> cmd) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(p.waitFor(), output);
	}

	/**
	 * The command that starts this application again, as the launcher does: the same java with
	 * {@code options}, then the same jar ({@code -jar}) or, outside a jar (tests), the class path and
	 * {@code mainClass} (null: this process's own main class).
	 */
	public static List<String> java(String mainClass, String... options) {
		List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin"
				+ File.separator + "java"));
		cmd.add("--enable-native-access=ALL-UNNAMED");
		cmd.add("-Dfile.encoding=UTF-8");
		cmd.addAll(List.of(options));
		String launched = System.getProperty("sun.java.command", "").split(" ")[0];
		// Surefire's booter is a jar too, not this application's.
		if (launched.endsWith(".jar") && !launched.contains("surefirebooter")) {
			cmd.add("-jar");
			cmd.add(launched);
		}
		else {
			cmd.add("-cp");
			cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
			cmd.add(mainClass != null ? mainClass : launched);
		}
		return cmd;
	}
}
