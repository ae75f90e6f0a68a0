package vn.blocstats.dashboard;

import java.util.List;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

import vn.blocstats.dashboard.handoff.HandoffImport;
import vn.blocstats.etl.JobRepositoryDatabase;
import vn.blocstats.etl.WarehouseConfiguration;
import vn.blocstats.etl.cli.CliContexts;

/**
 * Which Spring context each command starts: the one place that decides it (issue 17). A command that
 * serves nothing on the web starts with only what it needs; {@code serve} and the commands not listed
 * below start the whole application ({@link BlocstatsApplication}: every component, Spring Batch,
 * Vaadin's beans, security, charts). The settings resolve the same way in every context ({@code --db}, {@code BLOCSTATS_DB},
 * {@code application.properties}, {@code blocstats-etl.properties}): each is a Spring Boot application
 * whose sources are the classes below.
 */
enum CommandContext {

	/** The whole application: {@code serve}, {@code refresh} (the tools module's {@code bench} and {@code sample} start it too). */
	APPLICATION(BlocstatsApplication.class),
	/**
	 * {@code query}: no Spring context at all — the settings read as the application reads them
	 * ({@link vn.blocstats.etl.config.Settings}); the command opens the warehouse read-only itself.
	 */
	QUERY(),
	/** {@code alias}, {@code rule}, {@code template}: the warehouse. */
	WAREHOUSE(CliContexts.Warehouse.class),
	/** {@code imports}: the job repository (the H2 file beside the warehouse), read by Spring Batch. */
	IMPORTS(CliContexts.Imports.class),
	/**
	 * {@code export chart|pack}, {@code reminders}: the chart sources and the documents, the warehouse, the audit
	 * (on the job repository's database); no Spring Batch, no web ({@code @ConditionalOnWebApplication} beans stay out).
	 */
	DOCUMENTS(Documents.class),
	/** {@code user}: the accounts (on the job repository's database). */
	USERS(Users.class),
	/**
	 * {@code import}: Spring Batch and the warehouse (the etl module), the hand-off to a running server and the
	 * audit it writes; no web.
	 */
	IMPORT(Importing.class);

	private final Class<?>[] sources;

	CommandContext(Class<?>... sources) {
		this.sources = sources;
	}

	/** The context of the command {@code path} ({@code [export, chart]}: the names of the command and its subcommand). */
	static CommandContext of(List<String> words) {
		return switch (words.getFirst()) {
			case "query" -> QUERY;
			case "alias", "rule", "template" -> WAREHOUSE;
			case "imports" -> IMPORTS;
			case "reminders" -> DOCUMENTS;
			case "export" -> words.size() > 1 && List.of("chart", "pack").contains(words.get(1)) ? DOCUMENTS : APPLICATION;
			case "user" -> USERS;
			case "import" -> IMPORT;
			default -> APPLICATION;
		};
	}

	/** The Spring sources of this context. */
	Class<?>[] sources() {
		return sources.clone();
	}

	/** Whether the command gets the settings alone, without a Spring context. */
	boolean settingsOnly() {
		return sources.length == 0;
	}

	/** Whether this context is the whole application. */
	boolean whole() {
		return this == APPLICATION;
	}

	private static final String DASHBOARD = "vn.blocstats.dashboard.";

	@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
	@Import({ WarehouseConfiguration.class, JobRepositoryDatabase.class })
	@ComponentScan(basePackages = { DASHBOARD + "chart", DASHBOARD + "export", DASHBOARD + "congress", DASHBOARD + "compare",
			DASHBOARD + "trends", DASHBOARD + "targets", DASHBOARD + "demo", DASHBOARD + "audit" })
	static final class Documents {
	}

	@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
	@Import(JobRepositoryDatabase.class)
	@ComponentScan(basePackages = DASHBOARD + "security")
	static final class Users {
	}

	@Import({ CliContexts.Batch.class, HandoffImport.class })
	@ComponentScan(basePackages = DASHBOARD + "audit")
	static final class Importing {
	}
}
