package vn.blocstats.tools;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import vn.blocstats.dashboard.BlocstatsApplication;
import picocli.CommandLine;
import vn.blocstats.etl.cli.CommandLines;
import vn.blocstats.tools.bench.ExcelProbe;

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

	/** The bundle of the tools' help (Vietnamese, and English with {@code --lang en}). */
	static final String BUNDLE = "messages/tools";

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/** Runs one command line and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		String first = CommandLines.command(args, "--db", "--lang");
		if (first.equals(ExcelProbe.COMMAND)) {
			// A child JVM of `bench excel`: measures one reader, without Spring (its heap is the figure).
			List<String> words = List.of(args);
			return ExcelProbe.run(words.subList(words.indexOf(first) + 1, words.size()), out, err, line -> run(line, out, err));
		}
		if (!COMMANDS.contains(first)) {
			return BlocstatsApplication.run(args, out, err);
		}
		CommandLine line = CommandLines.of(new ToolCommands.Root(), List.of(), BUNDLE, CommandLines.locale(args));
		CommandLines.Parsed parsed = CommandLines.parse(line, args);
		if (!(parsed instanceof CommandLines.Run run) || !(run.command() instanceof ToolCommands.InApplication)) {
			// Help, a wrong line, or a tool that starts what it measures as processes of its own.
			return CommandLines.execute(parsed, c -> {
			}, out, err);
		}
		ToolCommands.Root root = run.above(ToolCommands.Root.class);
		String db;
		if (run.command() instanceof ToolCommands.RefreshBench refresh && refresh.warm) {
			// The child of `bench refresh` that measures a running process: it imports corrections into the
			// copy its parent made, and into nothing else.
			Path parent = root.db == null ? null : Path.of(root.db).toAbsolutePath().getParent();
			if (parent == null || !parent.getFileName().toString().startsWith("blocstats-bench-refresh")) {
				err.println("bench refresh --warm chỉ chạy trên bản sao do bench refresh tạo ra");
				return CommandLines.USAGE;
			}
			db = root.db;
		}
		else {
			// A benchmark never touches an analyst's warehouse: it gets a scratch one (`bench refresh` reads the
			// analyst's warehouse once, to copy it).
			if (run.command() instanceof ToolCommands.RefreshBench refresh && refresh.from == null) {
				refresh.from = Path.of(root.db != null ? root.db : "data/blocstats.duckdb");
			}
			db = scratchDatabase().toString();
		}
		ConfigurableApplicationContext started;
		try {
			// The generator writes .xls files with POI, which warns that they have no summary information (none is wanted).
			started = BlocstatsApplication.commandLine(BlocstatsApplication.class, Tools.class).run("--blocstats.db=" + db,
					"--logging.level.org.apache.poi=ERROR");
		}
		catch (RuntimeException e) {
			err.println("blocstats " + first + " không khởi động được: " + BlocstatsApplication.rootCause(e));
			return CommandLines.FAILED;
		}
		try (ConfigurableApplicationContext ctx = started) {
			return CommandLines.execute(run, c -> CommandLines.autowire(ctx.getAutowireCapableBeanFactory(), c), out, err);
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
