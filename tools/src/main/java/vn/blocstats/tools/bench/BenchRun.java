package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;

/** Runs one benchmark as a command: exit 0, or 1 with "Benchmark thất bại: …" in one line. */
public final class BenchRun {

	/** A benchmark's body. */
	@FunctionalInterface
	public interface Body {
		void run() throws IOException, SQLException, InterruptedException;
	}

	private BenchRun() {
	}

	/** Runs {@code body}; returns the exit code. */
	public static int run(Body body, PrintStream err) {
		try {
			body.run();
			return 0;
		}
		catch (IOException | SQLException | RuntimeException e) {
			err.println("Benchmark thất bại: " + e.getMessage());
			return 1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}
}
