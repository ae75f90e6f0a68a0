package vn.blocstats.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.blocstats.dashboard.congress.PackCommand;
import vn.blocstats.dashboard.export.ExportCommand;
import vn.blocstats.dashboard.quality.RemindersCommand;
import vn.blocstats.dashboard.security.UserCommand;
import vn.blocstats.dashboard.serve.ServeLine;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.etl.cli.CommandLines;
import vn.blocstats.etl.cli.HelpRequest;

/**
 * The product's command line: {@code blocstats [--db FILE | --demo] [--lang vi|en] COMMAND …}. Its commands are the
 * etl module's ({@link Cli#COMMANDS}) and the application's ({@code serve}, {@code user}, {@code export},
 * {@code reminders}); its options hold for every command, before or after the command's name. Its help, in the
 * bundle {@value Cli#BUNDLE}, is what {@code blocstats help} prints and what docs/cli-reference.md is generated from.
 */
@Command(name = "blocstats", mixinStandardHelpOptions = false, subcommands = HelpRequest.class, sortOptions = false,
		usageHelpAutoWidth = false)
public final class BlocstatsCommand {

	/** The language of the help, of the messages and of the documents exported. */
	public enum Lang {
		vi, en;

		/** The locale of documents in this language. */
		public Locale locale() {
			return this == vi ? Locale.of("vi", "VN") : Locale.ENGLISH;
		}
	}

	@Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "db")
	String db;

	@Option(names = "--demo", scope = ScopeType.INHERIT, descriptionKey = "demo")
	boolean demo;

	@Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, defaultValue = "vi", descriptionKey = "lang")
	Lang lang;

	@Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "help")
	boolean help;

	/** The warehouse file asked for ({@code --db}), or null. */
	public String db() {
		return db;
	}

	/** Whether the demo warehouse was asked for ({@code --demo}). */
	public boolean demo() {
		return demo;
	}

	/** The language asked for ({@code --lang}). */
	public Lang lang() {
		return lang;
	}

	/** The product's command line in {@code locale}: this root, the etl module's commands and the application's. */
	public static CommandLine line(Locale locale) {
		return CommandLines.of(new BlocstatsCommand(), commands(), Cli.BUNDLE, locale);
	}

	/**
	 * The command line that {@code args} needs: only the command they name under the root (picocli builds a command's
	 * model by reflection, about 0,1 s for all of them; a command line pays for its own), or the whole line when they
	 * name none of them ({@code help}, a typo: the usage lists every command).
	 */
	public static CommandLine line(Locale locale, String... args) {
		String name = CommandLines.command(args, "--db", "--lang");
		for (Class<?> command : commands()) {
			if (command.getAnnotation(Command.class).name().equals(name)) {
				return CommandLines.of(new BlocstatsCommand(), List.of(command), Cli.BUNDLE, locale);
			}
		}
		return line(locale);
	}

	private static List<Class<?>> commands() {
		List<Class<?>> commands = new ArrayList<>(Cli.COMMANDS);
		commands.addAll(List.of(ServeLine.class, UserCommand.class, Export.class, RemindersCommand.class));
		return commands;
	}

	/** {@code blocstats export chart|pack} (here, not in either package: the pack's package already uses the export's). */
	@Command(name = "export", subcommands = { ExportCommand.class, PackCommand.class })
	static final class Export {
	}

	/** The root of the line that {@code command} was parsed on: the global options. */
	public static BlocstatsCommand of(picocli.CommandLine.Model.CommandSpec command) {
		return (BlocstatsCommand) command.root().userObject();
	}
}
