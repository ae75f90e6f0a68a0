package vn.blocstats.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.cli.Args;
import vn.blocstats.etl.cli.Cli;

import vn.blocstats.tools.bench.BenchRun;
import vn.blocstats.tools.bench.ExcelBenchmark;
import vn.blocstats.tools.bench.ImportBenchmark;
import vn.blocstats.tools.bench.RefreshBenchmark;

/**
 * {@code blocstats bench import [--rows N] [--repeat R] [--dir DIR]} and
 * {@code blocstats bench excel [--rows N] [--poi-heap 4g] [--dir DIR]} and
 * {@code blocstats bench refresh [--from WAREHOUSE] [--runs 5]} (a copy of the warehouse is used).
 */
@Component
class BenchCommand {

	private final ImportBenchmark importBenchmark;
	private final ExcelBenchmark excelBenchmark;
	private final RefreshBenchmark refreshBenchmark;
	private final String db;

	BenchCommand(ImportBenchmark importBenchmark, ExcelBenchmark excelBenchmark, RefreshBenchmark refreshBenchmark,
			@Value("${blocstats.db}") String db) {
		this.importBenchmark = importBenchmark;
		this.excelBenchmark = excelBenchmark;
		this.refreshBenchmark = refreshBenchmark;
		this.db = db;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		if (args.words().size() == 1 && args.words().getFirst().equals("excel")) {
			Path dir = Path.of(args.option("dir", Path.of(db).toAbsolutePath().getParent().resolve("data").toString()));
			try {
				excelBenchmark.run(args.intOption("rows", 760_000), dir, args.option("poi-heap", "4g"), out);
				return 0;
			}
			catch (IOException e) {
				err.println("Benchmark thất bại: " + e.getMessage());
				return 1;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return 1;
			}
		}
		if (args.words().size() == 1 && args.words().getFirst().equals("refresh")) {
			return BenchRun.run(() -> {
				if (args.flag("warm")) {
					refreshBenchmark.warm(args.intOption("runs", 5), args.intOption("first-round", 100), out);
				}
				else {
					refreshBenchmark.run(Path.of(args.option("from", db)), args.intOption("runs", 5), out);
				}
			}, err);
		}
		if (args.words().size() != 1 || !args.words().getFirst().equals("import")) {
			err.println("Cách dùng: blocstats bench import [--rows 2000000] [--repeat 1] [--dir DIR]"
					+ " | bench excel [--rows 760000] [--poi-heap 4g] [--dir DIR]"
					+ " | bench refresh [--from KHO.duckdb] [--runs 5]");
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
