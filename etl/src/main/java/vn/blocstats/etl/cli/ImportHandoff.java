package vn.blocstats.etl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Where {@code blocstats import} goes when another process holds the warehouse: the application module hands the
 * files to the running server ({@code HandoffImport}); without it (the etl module alone) the import runs here.
 */
public interface ImportHandoff {

	/** What {@code blocstats import} was asked: its paths and options, as parsed. */
	record Request(List<Path> paths, boolean dryRun, Path report, boolean inbox, String user, boolean passwordStdin) {

		/** The command line, for the audit: {@code import --dry-run --report r.csv a.csv}. */
		public String line() {
			StringBuilder sb = new StringBuilder("import");
			if (inbox) {
				sb.append(" --inbox");
			}
			if (dryRun) {
				sb.append(" --dry-run");
			}
			if (report != null) {
				sb.append(" --report ").append(report);
			}
			paths.forEach(p -> sb.append(' ').append(p));
			return sb.toString();
		}
	}

	/**
	 * Runs {@code request}: hands it to a running server, refuses it, or runs {@code local} (the import in this process)
	 * and returns its exit code.
	 */
	int run(Request request, InputStream in, PrintStream out, PrintStream err, IntSupplier local);
}
