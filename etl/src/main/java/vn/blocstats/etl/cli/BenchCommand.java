package vn.blocstats.etl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.bench.ImportBenchmark;

/** {@code blocstats bench import [--rows N] [--repeat R] [--dir DIR]}. */
@Component
class BenchCommand {

	private final ImportBenchmark importBenchmark;
	private final String db;

	BenchCommand(ImportBenchmark importBenchmark, @Value("${blocstats.db}") String db) {
		this.importBenchmark = importBenchmark;
		this.db = db;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		if (args.words().size() != 1 || !args.words().getFirst().equals("import")) {
			err.println("Cách dùng: blocstats bench import [--rows 2000000] [--repeat 1] [--dir DIR]");
			return Cli.USAGE;
		}
		long rows = args.intOption("rows", 2_000_000);
		int repeat = args.intOption("repeat", 1);
		Path dir = Path.of(args.option("dir", Path.of(db).toAbsolutePath().getParent().resolve("data").toString()));
		try {
			importBenchmark.run(rows, dir, repeat, out);
			return 0;
		}
		catch (IOException | SQLException e) {
			err.println("Benchmark thất bại: " + e.getMessage());
			return 1;
		}
	}
}
