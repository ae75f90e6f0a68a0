package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's one parser (picocli) and its one policy, for the product's commands and the developers' tools
 * alike: options are parsed strictly (an unknown option, a missing value, an option given twice, {@code --rows 1.5}
 * or {@code --limit 0x10} are usage errors, never values), help comes from the message bundle of the language asked
 * for ({@code --lang en}; Vietnamese by default), no {@code @file} expansion (a command line never reads a file it
 * does not name as an input), and the exit codes are the same for every command.
 */
public final class CommandLines {

	/** Done. */
	public static final int OK = 0;
	/** Failed: the warehouse could not be opened, a query failed, a file could not be written… (said in one line). */
	public static final int FAILED = 1;
	/** A file could not be read at all (an import). */
	public static final int UNREADABLE = 2;
	/** Some rows were rejected (an import: the others were loaded, the reject report says which and why). */
	public static final int REJECTED = 3;
	/** A wrong command line: the error, then where to read the usage. */
	public static final int USAGE = 64;

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

	private CommandLines() {
	}

	/**
	 * The command line of {@code root} and its {@code subcommands} (added after the root's own), with its help in
	 * {@code locale} from the bundle {@code bundle} ({@code messages/cli}: keys qualified by the command's name,
	 * {@code blocstats.import.usage.header}). The settings are made once the whole tree is there: picocli gives a
	 * setting to the subcommands that exist when it is made.
	 */
	public static CommandLine of(Object root, List<?> subcommands, String bundle, Locale locale) {
		CommandLine cl = new CommandLine(root);
		subcommands.forEach(cl::addSubcommand);
		cl.setResourceBundle(bundle(bundle, locale));
		cl.setExpandAtFiles(false);
		cl.setOverwrittenOptionsAllowed(false);
		cl.setUnmatchedArgumentsAllowed(false);
		cl.setPosixClusteredShortOptionsAllowed(false);
		cl.setCaseInsensitiveEnumValuesAllowed(false);
		cl.setUsageHelpWidth(110);
		cl.setUsageHelpLongOptionsMaxWidth(36);
		// Numbers in decimal digits only: picocli's own converters would read 0x10, #10 and 010 (octal).
		cl.registerConverter(Integer.class, s -> Integer.valueOf(integer(s)));
		cl.registerConverter(Integer.TYPE, s -> Integer.valueOf(integer(s)));
		cl.registerConverter(Long.class, s -> Long.valueOf(integer(s)));
		cl.registerConverter(Long.TYPE, s -> Long.valueOf(integer(s)));
		abbreviate(cl);
		return cl;
	}

	/** Every synopsis as {@code blocstats export chart [OPTIONS] [NAME]}: the options are listed below it. */
	private static void abbreviate(CommandLine cl) {
		cl.getCommandSpec().usageMessage().abbreviateSynopsis(true);
		cl.getSubcommands().values().forEach(CommandLines::abbreviate);
	}

	/**
	 * The bundle {@code name} in {@code locale}, without Java's fallback to the machine's locale: Vietnamese (the base
	 * bundle) unless English is asked for, whatever language the machine speaks.
	 */
	static ResourceBundle bundle(String name, Locale locale) {
		return ResourceBundle.getBundle(name, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static String integer(String s) {
		if (!INTEGER.matcher(s).matches()) {
			throw new NumberFormatException(s);
		}
		return s;
	}

	/**
	 * The command {@code args} name: their first word that is neither an option nor the value of one of {@code valued}
	 * ({@code --db FILE}); empty when there is none.
	 */
	public static String command(String[] args, String... valued) {
		List<String> takesValue = List.of(valued);
		for (int i = 0; i < args.length; i++) {
			if (takesValue.contains(args[i])) {
				i++;
			}
			else if (!args[i].startsWith("-")) {
				return args[i];
			}
		}
		return "";
	}

	/** The language of the help and the messages: {@code --lang en} or {@code --lang=en} anywhere on the line; Vietnamese otherwise. */
	public static Locale locale(String... args) {
		for (int i = 0; i < args.length; i++) {
			String v = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
					: args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
			if ("en".equals(v)) {
				return Locale.ENGLISH;
			}
		}
		return Locale.of("vi");
	}

	/** What a command line asks for. */
	public sealed interface Parsed permits Run, Help, Wrong {
	}

	/**
	 * A command to run: {@code path} its names ({@code [export, chart]}), {@code command} with its options set,
	 * {@code line} the parse result (for the options of the commands above it).
	 */
	public record Run(List<String> path, CliCommand command, ParseResult line) implements Parsed {

		/** The options and parameters of the command {@code type} on the line (the root's global options, for example). */
		public <T> T above(Class<T> type) {
			for (ParseResult r = line; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
				if (type.isInstance(r.commandSpec().userObject())) {
					return type.cast(r.commandSpec().userObject());
				}
			}
			throw new IllegalStateException(type.getName());
		}
	}

	/** The usage of {@code of} was asked for ({@code help}, {@code --help}, {@code -h}). */
	public record Help(CommandLine of) implements Parsed {
	}

	/** A wrong command line: {@code message} in the user's language, {@code of} the command it was wrong for. */
	public record Wrong(String message, CommandLine of) implements Parsed {
	}

	/** Parses {@code args} against {@code cl}. */
	public static Parsed parse(CommandLine cl, String... args) {
		Locale locale = locale(args);
		ParseResult r;
		try {
			r = cl.parseArgs(args);
		}
		catch (ParameterException e) {
			return new Wrong(message(e, locale), e.getCommandLine());
		}
		List<String> path = new ArrayList<>();
		ParseResult leaf = r;
		CommandLine helped = r.isUsageHelpRequested() ? r.commandSpec().commandLine() : null;
		while (leaf.hasSubcommand()) {
			leaf = leaf.subcommand();
			path.add(leaf.commandSpec().name());
			if (leaf.isUsageHelpRequested()) {
				helped = leaf.commandSpec().commandLine();
			}
		}
		if (helped != null) {
			return new Help(helped);
		}
		Object user = leaf.commandSpec().userObject();
		if (user instanceof HelpRequest h) {
			CommandLine of = leaf.commandSpec().parent().commandLine();
			for (String name : h.commands) {
				CommandLine sub = of.getSubcommands().get(name);
				if (sub == null) {
					return new Wrong(text(locale, "cli.unknown_command", name), of);
				}
				of = sub;
			}
			return new Help(of);
		}
		if (!(user instanceof CliCommand command)) {
			// A command of commands (export, alias, rule…) without one of them.
			CommandLine of = leaf.commandSpec().commandLine();
			return new Wrong(text(locale, "cli.needs_subcommand", leaf.commandSpec().qualifiedName(),
					String.join(", ", of.getSubcommands().keySet())), of);
		}
		return new Run(List.copyOf(path), command, r);
	}

	/**
	 * Runs what {@code parsed} asks for: prints the usage (exit 0), the error and where the usage is (exit
	 * {@value #USAGE}), or gives the command its collaborators ({@code autowire}) and runs it.
	 */
	public static int execute(Parsed parsed, java.util.function.Consumer<CliCommand> autowire, PrintStream out, PrintStream err) {
		return switch (parsed) {
			case Help h -> {
				out.print(h.of().getUsageMessage());
				yield OK;
			}
			case Wrong w -> wrong(w, err);
			case Run run -> {
				autowire.accept(run.command());
				try {
					yield run.command().run(out, err);
				}
				catch (IllegalArgumentException e) {
					// A value the parser could not judge (an unknown committee, a period that is no half-year…).
					ParseResult leaf = run.line();
					while (leaf.hasSubcommand()) {
						leaf = leaf.subcommand();
					}
					yield wrong(new Wrong(e.getMessage(), leaf.commandSpec().commandLine()), err);
				}
			}
		};
	}

	/** Prints a wrong command line's error and where its usage is; returns {@value #USAGE}. */
	public static int wrong(Wrong w, PrintStream err) {
		err.println(w.message());
		String name = w.of() == null ? "blocstats" : w.of().getCommandSpec().qualifiedName();
		err.println(text(w.of() == null ? Locale.of("vi") : w.of().getResourceBundle().getLocale(), "cli.see_help", name));
		return USAGE;
	}

	/** Gives {@code command} its collaborators from {@code beans} (its {@code @Autowired} fields). */
	public static void autowire(AutowireCapableBeanFactory beans, CliCommand command) {
		beans.autowireBean(command);
	}

	/** The error of a wrong command line, in the user's language: picocli's own messages are English only. */
	static String message(ParameterException e, Locale locale) {
		return switch (e) {
			case CommandLine.UnmatchedArgumentException u when u.isUnknownOption() ->
				text(locale, "cli.unknown_option", String.join(" ", u.getUnmatched()));
			case CommandLine.UnmatchedArgumentException u when u.getCommandLine().getSubcommands().containsKey(u.getUnmatched().getFirst()) ->
				text(locale, "cli.unexpected", String.join(" ", u.getUnmatched()));
			case CommandLine.UnmatchedArgumentException u when !u.getCommandLine().getSubcommands().isEmpty()
					&& u.getCommandLine().getCommandSpec().positionalParameters().isEmpty() ->
				text(locale, "cli.unknown_command", u.getUnmatched().getFirst());
			case CommandLine.UnmatchedArgumentException u -> text(locale, "cli.unexpected", String.join(" ", u.getUnmatched()));
			case CommandLine.MissingParameterException m when m.getMissing().size() == 1 && m.getMissing().getFirst().isOption()
					&& !m.getMissing().getFirst().required() ->
				text(locale, "cli.missing_value", label(m.getMissing().getFirst()), m.getMissing().getFirst().paramLabel());
			case CommandLine.MissingParameterException m -> text(locale, "cli.missing",
					m.getMissing().stream().map(CommandLines::label).collect(Collectors.joining(", ")));
			case CommandLine.OverwrittenOptionException o -> text(locale, "cli.twice", label(o.getOverwritten()));
			default -> {
				ArgSpec spec = e.getArgSpec();
				if (spec != null && e.getValue() != null) {
					yield text(locale, "cli.invalid_value", label(spec), e.getValue(), expected(spec, locale));
				}
				yield e.getMessage();
			}
		};
	}

	/** What a value of {@code spec} must look like. */
	private static String expected(ArgSpec spec, Locale locale) {
		Class<?> type = spec.type();
		if (type == Integer.class || type == Integer.TYPE || type == Long.class || type == Long.TYPE) {
			return text(locale, "cli.expected_integer");
		}
		if (type.isEnum() || spec.completionCandidates() != null && spec.completionCandidates().iterator().hasNext()) {
			List<String> values = new ArrayList<>();
			spec.completionCandidates().forEach(values::add);
			return text(locale, "cli.expected_one_of", String.join(", ", values));
		}
		return text(locale, "cli.expected_other");
	}

	private static String label(ArgSpec spec) {
		return switch (spec) {
			case OptionSpec o -> o.longestName();
			case PositionalParamSpec p -> p.paramLabel();
			default -> spec.toString();
		};
	}

	/** A message of the command line itself ({@code messages/cli}), formatted with {@code args}. */
	public static String text(Locale locale, String key, Object... args) {
		String pattern = bundle("messages/cli", locale).getString(key);
		return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
	}
}
