package vn.blocstats.dashboard;

import java.util.Locale;

import picocli.CommandLine;

/**
 * The command line's reference (docs/cli-reference.md), generated from the command definitions and their bundled help:
 * every command's usage, in Vietnamese and in English, exactly as {@code blocstats help COMMAND} prints it. A test
 * keeps the committed file equal to what this generates, so the reference cannot drift from the commands.
 */
public final class CliReference {

	private CliReference() {
	}

	/** The whole reference, in Markdown. */
	public static String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Command-line reference\n\n");
		md.append("Generated from the command definitions (`BlocstatsCommand` and the commands it lists) and their help in\n");
		md.append("`etl/src/main/resources/messages/cli*.properties`: exactly what `./blocstats help COMMAND` prints\n");
		md.append("(Vietnamese, the default) and `./blocstats --lang en help COMMAND` (English). Do not edit by hand:\n");
		md.append("`CliReferenceTests` fails when it differs and writes the new version to `dashboard/target/cli-reference.md`.\n");
		md.append("How to use the commands, with examples: [cli.md](cli.md).\n");
		for (Locale locale : new Locale[] { Locale.of("vi"), Locale.ENGLISH }) {
			md.append("\n## ").append(locale.getLanguage().equals("vi") ? "Tiếng Việt (mặc định)" : "English (`--lang en`)").append('\n');
			append(md, BlocstatsCommand.line(locale));
		}
		return md.toString();
	}

	private static void append(StringBuilder md, CommandLine line) {
		String name = line.getCommandSpec().qualifiedName();
		md.append("\n### ").append(name).append("\n\n```text\n").append(line.getUsageMessage().stripTrailing()).append("\n```\n");
		for (CommandLine sub : line.getSubcommands().values()) {
			if (!sub.getCommandName().equals("help")) {
				append(md, sub);
			}
		}
	}
}
