package vn.blocstats.tools;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.etl.cli.Args;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.tools.bench.CliBenchmark;
import vn.blocstats.tools.bench.DashboardBenchmark;
import vn.blocstats.tools.bench.ExcelProbe;
import vn.blocstats.tools.bench.ExportBench;

/**
 * The developers' tools, kept out of the product jar: the benchmarks ({@code bench import|excel|refresh|cli|export|dashboard})
 * and the sample data's generator ({@code sample write|national}). The launcher runs this class for {@code bench} and
 * {@code sample} (the product's extracted jar, then this module's jar and its own libraries: Playwright); every other
 * command line goes to the product ({@link BlocstatsApplication#run}), so that a benchmark's child processes
 * ({@code import}, {@code query}…) run the product as an analyst would.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class Tools {

	/** The commands of this module. */
	static final List<String> COMMANDS = List.of("bench", "sample", ExcelProbe.COMMAND);

	/** The tools' usage, printed by {@code bench}, {@code sample} or {@code bench help} alone. */
	static final String USAGE = """
			blocstats — công cụ của nhà phát triển (mô-đun tools) / developers' tools

			  blocstats bench import [--rows N] [--repeat R] [--dir DIR]
			      Đo tốc độ nạp so với COPY của DuckDB.
			  blocstats bench refresh [--db FILE | --from FILE] [--runs 5]
			      Đo thời gian từ khi nạp một bản sửa 3 số liệu đến khi truy vấn thấy (trên bản sao của kho), so với khởi động query "select 1".
			  blocstats bench cli [--db FILE | --from FILE] [--runs 5]
			      Đo thời gian trả lời của dòng lệnh (mỗi lệnh một tiến trình mới, qua trình khởi chạy): query, imports,
			      export chart, import 3 dòng, so với help (trên bản sao của kho).
			  blocstats bench excel [--rows N] [--poi-heap 4g] [--dir DIR]
			      Đo đọc tệp Excel ~100 MB: đọc luồng của blocstats, POI XSSFWorkbook, nạp với -Xmx512m (ô/s, heap đỉnh).
			  blocstats bench export [--repeat 20] [--pack-repeat 5] [--data sample-data]
			      Đo thời gian xuất một biểu đồ (mỗi định dạng) và một bộ số liệu Đại hội (trung vị, p95).
			  blocstats bench dashboard [--db DIR/national.duckdb] [--clients 50] [--seconds 20] [--iterations 200] [--loads 5]
			      Đo tốc độ bảng điều khiển trên bộ dữ liệu cả nước (tạo và nạp nếu --db chưa có): biểu đồ, HTTP, Chromium.
			  blocstats sample write [--out sample-data] [--seed N] | sample national --out DIR [--seed N]
			      Ghi dữ liệu mẫu của 5 Đảng bộ Khối (sample-data/) hoặc bộ dữ liệu quy mô cả nước (CSV) để đo tốc độ.
			""";

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/** Runs one command line and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> words = new ArrayList<>(List.of(args));
		String db = null;
		int at = words.indexOf("--db");
		if (at >= 0 && at + 1 < words.size()) {
			db = words.get(at + 1);
			words.subList(at, at + 2).clear();
		}
		if (words.isEmpty() || !COMMANDS.contains(words.getFirst())) {
			return BlocstatsApplication.run(args, out, err);
		}
		String command = words.getFirst();
		String what = words.size() > 1 ? words.get(1) : "";
		if (!command.equals(ExcelProbe.COMMAND) && (what.isEmpty() || what.equals("help") || what.equals("--help"))) {
			(what.isEmpty() ? err : out).print(USAGE);
			return what.isEmpty() ? Cli.USAGE : 0;
		}
		if (command.equals(ExcelProbe.COMMAND)) {
			// A child JVM of `bench excel`: measures one reader, without Spring (its heap is the figure).
			return ExcelProbe.run(words.subList(1, words.size()), out, err, line -> run(line, out, err));
		}
		if (command.equals("bench") && what.equals("dashboard")) {
			// The dashboard's benchmark starts the web application itself, over the warehouse it measures (--db).
			return DashboardBenchmark.run(words.subList(2, words.size()), db, BlocstatsApplication.class, line -> run(line, out, err),
					out, err);
		}
		if (command.equals("bench") && what.equals("cli")) {
			// Without Spring: it starts each command it measures as a new process, on a copy of the warehouse.
			List<String> rest = new ArrayList<>(words.subList(2, words.size()));
			if (!rest.contains("--from")) {
				rest.add("--from");
				rest.add(db != null ? db : "data/blocstats.duckdb");
			}
			return CliBenchmark.run(rest, BlocstatsApplication.class.getName(), out, err);
		}
		boolean refresh = command.equals("bench") && what.equals("refresh");
		if (refresh && words.contains("--warm")) {
			// The child of `bench refresh` that measures a running process: it imports corrections into the
			// copy its parent made, and into nothing else.
			Path parent = db == null ? null : Path.of(db).toAbsolutePath().getParent();
			if (parent == null || !parent.getFileName().toString().startsWith("blocstats-bench-refresh")) {
				err.println("bench refresh --warm chỉ chạy trên bản sao do bench refresh tạo ra");
				return Cli.USAGE;
			}
		}
		else {
			// A benchmark (or the sample writer) never touches an analyst's warehouse: it gets a scratch one
			// (`bench refresh` reads the analyst's warehouse once, to copy it).
			if (refresh && !words.contains("--from")) {
				words.add("--from");
				words.add(db != null ? db : "data/blocstats.duckdb");
			}
			db = scratchDatabase().toString();
		}
		Args parsed;
		try {
			parsed = Args.parse(words.subList(1, words.size()));
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
		ConfigurableApplicationContext started;
		try {
			// The generator writes .xls files with POI, which warns that they have no summary information (none is wanted).
			started = BlocstatsApplication.commandLine(BlocstatsApplication.class, Tools.class).run("--blocstats.db=" + db,
					"--logging.level.org.apache.poi=ERROR");
		}
		catch (RuntimeException e) {
			err.println("blocstats " + command + " không khởi động được: " + BlocstatsApplication.rootCause(e));
			return 1;
		}
		try (ConfigurableApplicationContext ctx = started) {
			if (command.equals("sample")) {
				return ctx.getBean(SampleCommand.class).run(parsed, out, err);
			}
			if (what.equals("export")) {
				return ctx.getBean(ExportBench.class).run(words, out, err);
			}
			return ctx.getBean(BenchCommand.class).run(parsed, out, err);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
	}

	private static Path scratchDatabase() {
		try {
			return Files.createTempDirectory("blocstats-bench").resolve("bench.duckdb");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
