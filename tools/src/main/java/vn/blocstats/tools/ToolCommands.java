package vn.blocstats.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.etl.cli.CliCommand;
import vn.blocstats.etl.cli.CommandLines;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.tools.bench.BenchRun;
import vn.blocstats.tools.bench.CliBenchmark;
import vn.blocstats.tools.bench.DashboardBenchmark;
import vn.blocstats.tools.bench.ExcelBenchmark;
import vn.blocstats.tools.bench.ExportBench;
import vn.blocstats.tools.bench.ImportBenchmark;
import vn.blocstats.tools.bench.RefreshBenchmark;
import vn.blocstats.tools.sample.NationalData;
import vn.blocstats.tools.sample.SampleData;

/**
 * The tools' commands, parsed by the product's parser ({@link CommandLines}: the same strict options, exit codes and
 * bundled help, here {@code messages/tools}). Those that measure the product inside it ({@link InApplication}) run in
 * the whole application over a scratch warehouse; the others start what they measure as processes of their own.
 */
final class ToolCommands {

	private ToolCommands() {
	}

	/** The root: {@code blocstats [--db FILE] [--lang vi|en] bench|sample …}. */
	@Command(name = "blocstats", subcommands = { Bench.class, Sample.class, vn.blocstats.etl.cli.HelpRequest.class })
	static final class Root {

		@Option(names = "--db", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT, descriptionKey = "db")
		String db;

		@Option(names = "--lang", paramLabel = "vi|en", scope = picocli.CommandLine.ScopeType.INHERIT, descriptionKey = "lang")
		String lang;

		@Option(names = { "-h", "--help" }, usageHelp = true, scope = picocli.CommandLine.ScopeType.INHERIT, descriptionKey = "help")
		boolean help;

		/** The {@code --db} of the line {@code command} was parsed on, or null. */
		static String db(CommandSpec command) {
			return ((Root) command.root().userObject()).db;
		}
	}

	/** A command that runs inside the whole application, over a scratch warehouse ({@link Tools}). */
	interface InApplication extends CliCommand {
	}

	@Command(name = "bench", subcommands = { ImportBench.class, RefreshBench.class, CliBench.class, ExcelBench.class, ExportBenchmark.class,
			DashboardBench.class })
	static final class Bench {
	}

	@Command(name = "sample", subcommands = { SampleWrite.class, SampleNational.class })
	static final class Sample {
	}

	/** {@code bench import [--rows N] [--repeat R] [--dir DIR]}. */
	@Command(name = "import", sortOptions = false)
	static final class ImportBench implements InApplication {

		@Option(names = "--rows", paramLabel = "N", defaultValue = "2000000", descriptionKey = "bench.rows")
		long rows;

		@Option(names = "--repeat", paramLabel = "R", defaultValue = "1", descriptionKey = "bench.repeat")
		int repeat;

		@Option(names = "--dir", paramLabel = "DIR", descriptionKey = "bench.dir")
		Path dir;

		@Autowired
		private ImportBenchmark benchmark;

		@Autowired
		private DataDirectory data;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (rows < 1 || repeat < 1) {
				err.println("--rows và --repeat phải lớn hơn 0");
				return CommandLines.USAGE;
			}
			return BenchRun.run(() -> benchmark.run(rows, dir != null ? dir : data.folder().resolve("data"), repeat, out), err);
		}
	}

	/** {@code bench excel [--rows N] [--poi-heap 4g] [--dir DIR]}. */
	@Command(name = "excel", sortOptions = false)
	static final class ExcelBench implements InApplication {

		@Option(names = "--rows", paramLabel = "N", defaultValue = "760000", descriptionKey = "bench.excel.rows")
		long rows;

		@Option(names = "--poi-heap", paramLabel = "4g", defaultValue = "4g", descriptionKey = "bench.poi-heap")
		String poiHeap;

		@Option(names = "--dir", paramLabel = "DIR", descriptionKey = "bench.dir")
		Path dir;

		@Autowired
		private ExcelBenchmark benchmark;

		@Autowired
		private DataDirectory data;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (rows < 1 || !poiHeap.matches("\\d{1,5}[mMgG]")) {
				err.println("--rows phải lớn hơn 0; --poi-heap như 512m hoặc 4g");
				return CommandLines.USAGE;
			}
			return BenchRun.run(() -> benchmark.run(rows, dir != null ? dir : data.folder().resolve("data"), poiHeap, out), err);
		}
	}

	/** {@code bench refresh [--from FILE] [--runs 5]} (and its child, {@code --warm}). */
	@Command(name = "refresh", sortOptions = false)
	static final class RefreshBench implements InApplication {

		@Option(names = "--from", paramLabel = "FILE", descriptionKey = "bench.from")
		Path from;

		@Option(names = "--runs", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.runs")
		int runs;

		/** The child that measures a running process, in the copy its parent made. */
		@Option(names = "--warm", hidden = true)
		boolean warm;

		@Option(names = "--first-round", hidden = true, defaultValue = "100")
		int firstRound;

		@Autowired
		private RefreshBenchmark benchmark;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (runs < 1) {
				err.println("--runs phải lớn hơn 0");
				return CommandLines.USAGE;
			}
			return BenchRun.run(() -> {
				if (warm) {
					benchmark.warm(runs, firstRound, out);
				}
				else {
					benchmark.run(from, runs, out);
				}
			}, err);
		}
	}

	/** {@code bench cli [--from FILE] [--runs 5]}: without Spring, each command a new process. */
	@Command(name = "cli", sortOptions = false)
	static final class CliBench implements CliCommand {

		@Option(names = "--from", paramLabel = "FILE", descriptionKey = "bench.from")
		Path from;

		@Option(names = "--runs", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.runs")
		int runs;

		@Spec
		CommandSpec spec;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (runs < 1) {
				err.println("--runs phải lớn hơn 0");
				return CommandLines.USAGE;
			}
			Path copied = from != null ? from : Path.of(Root.db(spec) != null ? Root.db(spec) : "data/blocstats.duckdb");
			return CliBenchmark.run(copied, runs, BlocstatsApplication.class.getName(), out, err);
		}
	}

	/** {@code bench export [--data sample-data] [--repeat 20] [--pack-repeat 5]}. */
	@Command(name = "export", sortOptions = false)
	static final class ExportBenchmark implements InApplication {

		@Option(names = "--data", paramLabel = "DIR", defaultValue = "sample-data", descriptionKey = "bench.data")
		Path data;

		@Option(names = "--repeat", paramLabel = "N", defaultValue = "20", descriptionKey = "bench.repeat")
		int repeat;

		@Option(names = "--pack-repeat", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.pack-repeat")
		int packRepeat;

		@Autowired
		private ExportBench benchmark;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (repeat < 1 || packRepeat < 1) {
				err.println("--repeat và --pack-repeat phải lớn hơn 0");
				return CommandLines.USAGE;
			}
			return benchmark.run(data, repeat, packRepeat, out, err);
		}
	}

	/** {@code bench dashboard [--clients 50] [--seconds 20] [--iterations 200] [--warmup 20] [--loads 5] [--data DIR]}. */
	@Command(name = "dashboard", sortOptions = false)
	static final class DashboardBench implements CliCommand {

		@Option(names = "--clients", paramLabel = "N", defaultValue = "50", descriptionKey = "bench.clients")
		int clients;

		@Option(names = "--seconds", paramLabel = "S", defaultValue = "20", descriptionKey = "bench.seconds")
		double seconds;

		@Option(names = "--iterations", paramLabel = "N", defaultValue = "200", descriptionKey = "bench.iterations")
		int iterations;

		@Option(names = "--warmup", paramLabel = "N", defaultValue = "20", descriptionKey = "bench.warmup")
		int warmup;

		@Option(names = "--loads", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.loads")
		int loads;

		@Option(names = "--data", paramLabel = "DIR", descriptionKey = "bench.national-data")
		Path data;

		@Spec
		CommandSpec spec;

		@Override
		public int run(PrintStream out, PrintStream err) {
			Path db = Path.of(Root.db(spec) != null ? Root.db(spec) : "data/bench/national.duckdb").toAbsolutePath();
			// A count that is not positive: a usage error (exit 64, with where the usage is).
			DashboardBenchmark.Options options = new DashboardBenchmark.Options(db, data != null ? data : db.resolveSibling("national-data"),
					clients, seconds, iterations, warmup, loads);
			// The dashboard's benchmark starts the web application itself, over the warehouse it measures (--db).
			return DashboardBenchmark.run(options, BlocstatsApplication.class, line -> Tools.run(line, out, err), out, err);
		}
	}

	/** {@code sample write [--out sample-data] [--seed N]}. */
	@Command(name = "write", sortOptions = false)
	static final class SampleWrite implements CliCommand {

		@Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-data", descriptionKey = "sample.out")
		Path dir;

		@Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleData.DEFAULT_SEED, descriptionKey = "sample.seed")
		long seed;

		@Override
		public int run(PrintStream out, PrintStream err) {
			try {
				List<Path> files = SampleData.write(dir, seed);
				out.println("Đã ghi " + files.size() + " tệp vào " + dir);
				return CommandLines.OK;
			}
			catch (IOException e) {
				err.println("Không ghi được dữ liệu mẫu: " + e.getMessage());
				return CommandLines.FAILED;
			}
		}
	}

	/** {@code sample national --out DIR [--seed N] [--provinces 34] [--units 200]}. */
	@Command(name = "national", sortOptions = false)
	static final class SampleNational implements CliCommand {

		@Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "sample.national.out")
		Path dir;

		@Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleData.DEFAULT_SEED, descriptionKey = "sample.seed")
		long seed;

		@Option(names = "--provinces", paramLabel = "N", defaultValue = "34", descriptionKey = "sample.provinces")
		int provinces;

		@Option(names = "--units", paramLabel = "N", defaultValue = "200", descriptionKey = "sample.units")
		int units;

		@Override
		public int run(PrintStream out, PrintStream err) {
			if (provinces < 1 || units < 1) {
				err.println("--provinces và --units phải lớn hơn 0");
				return CommandLines.USAGE;
			}
			long start = System.nanoTime();
			try {
				NationalData.Result r = NationalData.write(dir, seed, provinces, units);
				out.printf("Đã ghi %d tệp, %,d dòng số liệu, %,d byte vào %s trong %.1f s%n", r.files(), r.figureRows(), r.bytes(), dir,
						(System.nanoTime() - start) / 1e9);
				return CommandLines.OK;
			}
			catch (IOException e) {
				err.println("Không ghi được dữ liệu mẫu: " + e.getMessage());
				return CommandLines.FAILED;
			}
		}
	}

}
