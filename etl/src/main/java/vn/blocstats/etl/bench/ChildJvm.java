package vn.blocstats.etl.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts this application again in a child JVM with a heap of one's choosing: the same java, the
 * same jar ({@code java -jar blocstats.jar}) or class path and main class as this process.
 */
final class ChildJvm {

	/** What a child printed and how it ended. */
	record Result(int exitCode, String output) {
	}

	private ChildJvm() {
	}

	/** Runs the application with {@code args} in a child JVM with {@code -Xmx<heap>}, waiting for it. */
	static Result run(String heap, List<String> args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin"
				+ File.separator + "java"));
		cmd.add("--enable-native-access=ALL-UNNAMED");
		cmd.add("-Dfile.encoding=UTF-8");
		cmd.add("-Xmx" + heap);
		String launched = System.getProperty("sun.java.command", "").split(" ")[0];
		if (launched.endsWith(".jar")) {
			cmd.add("-jar");
			cmd.add(launched);
		}
		else {
			cmd.add("-cp");
			cmd.add(System.getProperty("java.class.path"));
			cmd.add(launched);
		}
		cmd.addAll(args);
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(p.waitFor(), output);
	}
}
