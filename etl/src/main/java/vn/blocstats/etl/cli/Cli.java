package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The etl module's commands ({@link #COMMANDS}: {@code import}, {@code query}, {@code imports}, {@code alias},
 * {@code rule}, {@code refresh}, {@code template}) and a runner of their command lines in a context that holds
 * what they use (the application module puts the same commands under its own root, with {@code serve}, {@code export}…;
 * the developers' {@code bench} and {@code sample} are the tools module's). Parsing and exit codes: {@link CommandLines}.
 */
@Component
public class Cli {

	/** Exit code for a wrong command line. */
	public static final int USAGE = CommandLines.USAGE;

	/** The bundle of the command line's help and messages (Vietnamese, and English with {@code --lang en}). */
	public static final String BUNDLE = "messages/cli";

	/** The etl module's commands, in the order the help lists them. */
	public static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, QueryCommand.class, ImportsCommand.class,
			AliasCommand.class, RuleCommand.class, RefreshCommand.class, TemplateCommand.class);

	private final AutowireCapableBeanFactory beans;

	Cli(org.springframework.context.ApplicationContext context) {
		this.beans = context.getAutowireCapableBeanFactory();
	}

	/** Runs one command line of the etl module's commands ({@code import --dry-run a.csv}) in this context. */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String[] words = args.toArray(String[]::new);
		CommandLine line = CommandLines.of(new Root(), COMMANDS, BUNDLE, CommandLines.locale(words));
		return CommandLines.execute(CommandLines.parse(line, words), c -> CommandLines.autowire(beans, c), out, err);
	}

	/** The root of the etl module's command line. */
	@Command(name = "blocstats", subcommands = HelpRequest.class)
	static final class Root {
	}

	/**
	 * Prints an import's summary exactly as {@code blocstats import} does (the table, the totals,
	 * where the report is): for a server that runs an import handed over by the command line.
	 */
	public static void printImport(vn.blocstats.etl.load.ImportSummary summary, PrintStream out) {
		ImportCommand.print(summary, out);
	}
}
