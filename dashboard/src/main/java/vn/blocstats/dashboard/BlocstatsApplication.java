package vn.blocstats.dashboard;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import picocli.CommandLine;
import vn.blocstats.dashboard.serve.ServeLine;
import vn.blocstats.etl.EtlConfiguration;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.etl.cli.CommandLines;
import vn.blocstats.etl.cli.WarehouseFolder;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.config.Settings;

/**
 * The blocstats application: {@code blocstats <command> ...}. The commands of the etl module
 * ({@code import}, {@code query}, {@code imports}, {@code alias}, {@code rule}, {@code refresh}, {@code template}) run in a Spring
 * context without a web server and end. {@code serve} runs the long-lived process with the
 * {@code serve} profile (the nightly schedule) as a web application — the dashboard on
 * {@code --port} (default 8080, {@code server.port}) — until SIGTERM. {@code user add} manages the
 * dashboard's accounts without a web server. {@code --db FILE} (anywhere on the
 * line) chooses the warehouse file; the environment variable {@code BLOCSTATS_DB} or
 * {@code blocstats.db} in {@code application.properties} do too. {@code --demo} (anywhere) chooses
 * the demo warehouse instead, {@code demo.duckdb} in the same folder (or the {@code --db} file), marked
 * a demo: the only warehouse the sample data goes into.
 */
@SpringBootApplication
@Import(EtlConfiguration.class)
public class BlocstatsApplication {

	/** Vaadin's auto-configurations, left out of every command but {@code serve}. */
	/** The developers' commands: the tools module's, not the product's (the launcher runs them there). */
	private static final List<String> DEVELOPERS_TOOLS = List.of("bench", "sample");

	private static final String VAADIN_AUTO_CONFIGURATION = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
			+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/** Runs one command line and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, ctx -> {
		});
	}

	/** Runs one command line, showing its started context to {@code started} first (tests look at what started). */
	static int run(String[] args, PrintStream out, PrintStream err, java.util.function.Consumer<ConfigurableApplicationContext> onStart) {
		Locale locale = CommandLines.locale(args);
		String first = CommandLines.command(args, "--db", "--lang");
		if (DEVELOPERS_TOOLS.contains(first)) {
			err.println("“" + first + "” là công cụ của nhà phát triển (mô-đun tools), không nằm trong ứng dụng: chạy ./blocstats "
					+ first + " … từ thư mục mã nguồn (docs/cli.md)");
			return Cli.USAGE;
		}
		CommandLine line = BlocstatsCommand.line(locale, args);
		if (args.length == 0) {
			out.print(line.getUsageMessage());
			return Cli.USAGE;
		}
		// The command line is parsed, and a wrong one refused or a help printed, before anything starts.
		CommandLines.Parsed parsed = CommandLines.parse(line, args);
		if (!(parsed instanceof CommandLines.Run run)) {
			return CommandLines.execute(parsed, c -> {
			}, out, err);
		}
		BlocstatsCommand globals = run.above(BlocstatsCommand.class);
		String db = globals.db();
		boolean demo = globals.demo();
		String command = run.path().getFirst();
		boolean serve = run.command() instanceof ServeLine;
		List<String> settings = new ArrayList<>();
		if (serve) {
			// serve takes Spring settings on its command line too (--server.address=0.0.0.0, --blocstats.tls=true…).
			ServeLine s = (ServeLine) run.command();
			try {
				settings.addAll(s.settings());
			}
			catch (IllegalArgumentException e) {
				return CommandLines.wrong(new CommandLines.Wrong(e.getMessage(), line.getSubcommands().get("serve")), err);
			}
			if (s.port() != null) {
				settings.add("--server.port=" + s.port());
			}
		}
		// Which beans start is CommandContext's decision: the whole application, only what the command needs, or none.
		CommandContext context = CommandContext.of(run.path());
		if (context.settingsOnly()) {
			return withSettingsOnly(run, db, demo, command, out, err);
		}
		// Only `serve` is a web application (the dashboard); every other command runs without a web server.
		SpringApplication app = serve ? serverApplication(context.sources()) : commandLine(context.sources());
		List<String> springArgs = new ArrayList<>();
		if (db != null) {
			springArgs.add("--blocstats.db=" + db);
		}
		if (demo) {
			springArgs.add("--blocstats.demo=true");
			// The inbox beside it (data/inbox) is the real warehouse's: offices' files never go into the demo.
			springArgs.add("--blocstats.nightly.enabled=false");
			if (db == null) {
				app.addListeners(new DemoWarehouseFile());
			}
		}
		springArgs.addAll(settings);
		ConfigurableApplicationContext started;
		try {
			started = start(app, context, springArgs);
		}
		catch (RuntimeException e) {
			if (serve) {
				throw e;
			}
			err.println("blocstats " + command + " không khởi động được: " + rootCause(e));
			return 1;
		}
		try (ConfigurableApplicationContext ctx = started) {
			onStart.accept(ctx);
			// The parsed command gets its collaborators from the context that started for it, then runs.
			return CommandLines.execute(run, c -> CommandLines.autowire(ctx.getAutowireCapableBeanFactory(), c), out, err);
		}
	}

	/**
	 * Runs {@code run} with the settings alone, without a Spring context ({@link CommandContext#settingsOnly}): its
	 * {@code @Autowired} fields get the data folder the settings name.
	 */
	private static int withSettingsOnly(CommandLines.Run run, String db, boolean demo, String command, PrintStream out,
			PrintStream err) {
		List<String> args = new ArrayList<>();
		if (db != null) {
			args.add("--blocstats.db=" + db);
		}
		if (demo) {
			args.add("--blocstats.demo=true");
		}
		DataDirectory data;
		try {
			data = new DataDirectory(Settings.read(args, environment -> {
				if (demo && db == null) {
					DemoWarehouseFile.apply(environment);
				}
			}));
			WarehouseFolder.check(data);
		}
		catch (RuntimeException e) {
			err.println("blocstats " + command + " không khởi động được: " + rootCause(e));
			return 1;
		}
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("dataDirectory", data);
		AutowiredAnnotationBeanPostProcessor autowired = new AutowiredAnnotationBeanPostProcessor();
		autowired.setBeanFactory(beans);
		beans.addBeanPostProcessor(autowired);
		return CommandLines.execute(run, c -> CommandLines.autowire(beans, c), out, err);
	}

	/**
	 * A command line's Spring application over {@code sources}: no web server, no banner, and a command that cannot
	 * start (a full disk, an unwritable folder) says so in one line (see {@link #rootCause}), not in Spring's report
	 * and stack trace. Every command but {@code serve} starts one (the developers' tools too).
	 */
	public static SpringApplication commandLine(Class<?>... sources) {
		SpringApplication app = new SpringApplication(sources);
		app.setWebApplicationType(WebApplicationType.NONE);
		// Vaadin's auto-configuration needs a web application context: not for a command line.
		app.setDefaultProperties(java.util.Map.of("spring.autoconfigure.exclude", VAADIN_AUTO_CONFIGURATION,
				"logging.level.org.springframework.boot.SpringApplication", "OFF",
				"logging.level.org.springframework.boot.diagnostics", "OFF",
				"logging.level.org.springframework.context", "ERROR"));
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		return app;
	}

	/** {@code serve}'s Spring application: the web server, with the {@code serve} profile (the nightly schedule). */
	private static SpringApplication serverApplication(Class<?>... sources) {
		SpringApplication app = new SpringApplication(sources);
		app.setWebApplicationType(WebApplicationType.SERVLET);
		app.setAdditionalProfiles("serve");
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		return app;
	}

	/**
	 * Starts {@code app}; a lean context without Spring Boot's background pre-initialisation (Jackson, Tomcat,
	 * validation… warmed up in a second thread for a web application: on two cores, the command's own time).
	 */
	private static ConfigurableApplicationContext start(SpringApplication app, CommandContext context, List<String> springArgs) {
		if (context.whole() || System.getProperty(NO_PREINITIALIZER) != null) {
			return app.run(springArgs.toArray(String[]::new));
		}
		System.setProperty(NO_PREINITIALIZER, "true");
		try {
			return app.run(springArgs.toArray(String[]::new));
		}
		finally {
			System.clearProperty(NO_PREINITIALIZER);
		}
	}

	private static final String NO_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	/**
	 * {@code --demo} without {@code --db}: the warehouse is {@code demo.duckdb} in the folder of the one
	 * the settings name ({@code blocstats.db}: {@code BLOCSTATS_DB}, {@code application.properties},
	 * default {@code data/blocstats.duckdb}), and so is everything kept beside it (its job history, inbox,
	 * administrator's password file).
	 */
	static final class DemoWarehouseFile implements org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent event) {
			apply(event.getEnvironment());
		}

		/** Puts the demo warehouse's file first in {@code env}. */
		static void apply(org.springframework.core.env.ConfigurableEnvironment env) {
			Path real = Path.of(env.getProperty("blocstats.db", "data/blocstats.duckdb"));
			env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("blocstats-demo",
					java.util.Map.of("blocstats.db", vn.blocstats.warehouse.info.WarehouseInfo.demoFile(real).toString())));
		}
	}

	/** The innermost cause's message, on one line: what went wrong, without the framework's layers. */
	public static String rootCause(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		int nl = m.indexOf('\n');
		return (nl < 0 ? m : m.substring(0, nl)).strip();
	}

}
