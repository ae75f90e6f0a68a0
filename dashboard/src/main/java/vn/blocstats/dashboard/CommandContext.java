package vn.blocstats.dashboard;

import java.util.List;

import vn.blocstats.etl.cli.CliContexts;

/**
 * Which Spring context each command starts: the one place that decides it (issue 17). A command that
 * serves nothing on the web starts with only what it needs; {@code serve}, the hand-off of
 * {@code import} to a running server and the commands not listed below start the whole application
 * ({@link BlocstatsApplication}: every component, Spring Batch, Vaadin's beans, security, charts). The
 * settings resolve the same way in every context ({@code --db}, {@code BLOCSTATS_DB},
 * {@code application.properties}, {@code blocstats-etl.properties}): each is a Spring Boot application
 * whose sources are the classes below.
 */
enum CommandContext {

	/** The whole application: {@code serve}, {@code import}, {@code refresh}, {@code bench}, {@code sample}. */
	APPLICATION(BlocstatsApplication.class),
	/** {@code query}: the settings only; the command opens the warehouse read-only itself. */
	QUERY(CliContexts.Query.class),
	/** {@code alias}, {@code rule}, {@code template}: the warehouse. */
	WAREHOUSE(CliContexts.Warehouse.class),
	/** {@code imports}: the job repository (the H2 file beside the warehouse), read by Spring Batch. */
	IMPORTS(CliContexts.Imports.class);

	private final Class<?>[] sources;

	CommandContext(Class<?>... sources) {
		this.sources = sources;
	}

	/** The context of the command line {@code words} (its first word the command, {@code --db} taken out). */
	static CommandContext of(List<String> words) {
		return switch (words.getFirst()) {
			case "query" -> QUERY;
			case "alias", "rule", "template" -> WAREHOUSE;
			case "imports" -> IMPORTS;
			default -> APPLICATION;
		};
	}

	/** The Spring sources of this context. */
	Class<?>[] sources() {
		return sources.clone();
	}
}
