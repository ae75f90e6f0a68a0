package vn.blocstats.dashboard;

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

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import vn.blocstats.etl.EtlConfiguration;
import vn.blocstats.etl.cli.Cli;

/**
 * The blocstats application: {@code blocstats <command> ...}. The commands of the etl module
 * ({@code import}, {@code query}, {@code imports}, {@code alias}, {@code bench}) run in a Spring
 * context without a web server. {@code --db FILE} (anywhere on the line) chooses the warehouse
 * file; the environment variable {@code BLOCSTATS_DB} or {@code blocstats.db} in
 * {@code application.properties} do too.
 */
@SpringBootApplication
@Import(EtlConfiguration.class)
public class BlocstatsApplication {

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
		if (at >= 0) {
			if (at + 1 >= words.size()) {
				err.println("--db cần đường dẫn tệp kho dữ liệu");
				return Cli.USAGE;
			}
			db = words.get(at + 1);
			words.subList(at, at + 2).clear();
		}
		if (words.isEmpty() || List.of("help", "--help", "-h").contains(words.getFirst())) {
			out.print(Cli.usage());
			return words.isEmpty() ? Cli.USAGE : 0;
		}
		String command = words.getFirst();
		if (!Cli.handles(command)) {
			err.println("Lệnh không có: " + command);
			err.print(Cli.usage());
			return Cli.USAGE;
		}
		if (command.equals("bench") || command.equals("sample")) {
			// A benchmark (or the sample writer) never touches an analyst's warehouse: it gets a scratch one.
			db = scratchDatabase().toString();
		}
		SpringApplication app = new SpringApplication(BlocstatsApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		List<String> springArgs = new ArrayList<>();
		if (db != null) {
			springArgs.add("--blocstats.db=" + db);
		}
		try (ConfigurableApplicationContext ctx = app.run(springArgs.toArray(String[]::new))) {
			return ctx.getBean(Cli.class).run(words, out, err);
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
