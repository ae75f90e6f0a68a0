package vn.blocstats.etl.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.support.CronExpression;

import vn.blocstats.etl.report.Messages;

/**
 * Every {@code blocstats.*} setting of the application, read once and checked when a context starts:
 * a bad value stops the command at once with one line in Vietnamese naming the setting
 * ({@link InvalidSetting}), rather than surfacing later in whichever class read it. The names are the
 * ones users already write (application.properties, {@code BLOCSTATS_DB}, {@code --blocstats.db=…}); the
 * defaults here are the ones in force when no properties file sets them, equal to the shipped files
 * ({@code blocstats-etl.properties}, the dashboard's {@code application.properties}). docs/operations.md
 * lists them in one table, which must follow this record.
 *
 * <p>The checks are in the compact constructors rather than jakarta constraints: the validation
 * starter is not among the project's dependencies, and a constructor's message is already the one
 * line the command line prints ({@code BlocstatsApplication} shows a failed start's innermost cause).
 *
 * <p>Two JVM system properties of the warehouse module are not here, since that module reads no Spring
 * setting: {@code blocstats.duckdb.memory-limit} and {@code blocstats.query-timeout-seconds}.
 *
 * @param db the warehouse file ({@code --db}, {@code BLOCSTATS_DB}); everything else kept beside it
 *     ({@link DataDirectory}) follows it
 * @param demo the warehouse is the demo one ({@code --demo}): marked so, and the only one the sample data goes into
 * @param sampleData the folder whose files {@code serve --demo} loads on its first start; empty: none
 * @param tls browsers reach the dashboard over https (a TLS reverse proxy): the session cookie is {@code Secure}
 * @param inbox the nightly import's inbox ({@code blocstats.inbox} and {@code blocstats.inbox.min-age})
 * @param nightly when the server runs the inbox
 * @param upload the dashboard's import screen
 * @param login the throttling of failed logins
 * @param charts the drawing of charts by the dashboard
 */
@ConfigurationProperties(prefix = "blocstats")
public record BlocstatsProperties(@DefaultValue(BlocstatsProperties.DEFAULT_DB) String db, @DefaultValue("false") boolean demo,
		@DefaultValue("sample-data") String sampleData, @DefaultValue("false") boolean tls,
		// Bound at this level: blocstats.inbox is itself a value (the folder) as well as the prefix of min-age.
		@Name("") @DefaultValue Inbox inbox, @DefaultValue Nightly nightly, @DefaultValue Upload upload,
		@DefaultValue Login login, @DefaultValue Charts charts) {

	/** The warehouse file when nothing names one. */
	public static final String DEFAULT_DB = "data/blocstats.duckdb";

	public BlocstatsProperties {
		if (db == null || db.isBlank()) {
			throw new InvalidSetting(Messages.text("settings.blank", "blocstats.db"));
		}
		Path file = path("blocstats.db", db);
		if (file.getFileName() == null || db.endsWith("/")) {
			throw new InvalidSetting(Messages.text("settings.not_a_file", "blocstats.db", db));
		}
		if (!sampleData.isBlank()) {
			path("blocstats.sample-data", sampleData);
		}
	}

	/**
	 * The settings {@code values} give ({@code blocstats.db} → value, as in a properties file), every other
	 * one at its default: for code that runs without a Spring context (tests). Bound as a context binds
	 * them, so the defaults are the annotations' alone.
	 */
	public static BlocstatsProperties of(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("blocstats", BlocstatsProperties.class);
	}

	/** Every setting at its default, with the warehouse file {@code db}. */
	public static BlocstatsProperties of(String db) {
		return of(Map.of("blocstats.db", db));
	}

	/**
	 * The nightly import's inbox.
	 *
	 * @param folder {@code blocstats.inbox}: where offices' files arrive; empty: the folder {@code inbox}
	 *     beside the warehouse file
	 * @param minAge {@code blocstats.inbox.min-age}: a file modified more recently is still being written and
	 *     is left for the next run
	 */
	public record Inbox(@Name("inbox") @DefaultValue("") String folder, @Name("inbox.min-age") @DefaultValue("10s") Duration minAge) {

		public Inbox {
			if (!folder.isBlank() && path("blocstats.inbox", folder).getFileName() == null) {
				throw new InvalidSetting(Messages.text("settings.not_a_folder", "blocstats.inbox", folder));
			}
			notNegative("blocstats.inbox.min-age", minAge);
		}
	}

	/**
	 * When the server runs the inbox.
	 *
	 * @param enabled {@code blocstats.nightly.enabled}: whether this process schedules it (only {@code serve}
	 *     turns it on, in its profile)
	 * @param cron {@code blocstats.nightly.cron}: a Spring cron expression (second minute hour day-of-month
	 *     month day-of-week), the server's time zone
	 */
	public record Nightly(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 1 * * *") String cron) {

		public Nightly {
			try {
				CronExpression.parse(cron);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidSetting(Messages.text("settings.cron", "blocstats.nightly.cron", cron));
			}
		}
	}

	/**
	 * The dashboard's import screen.
	 *
	 * @param maxBytes {@code blocstats.upload.max-bytes}: the largest file a steward may upload (100 MB; the
	 *     multipart limits of the server, {@code spring.servlet.multipart.*}, are set apart)
	 */
	public record Upload(@DefaultValue("104857600") long maxBytes) {

		public Upload {
			atLeast("blocstats.upload.max-bytes", maxBytes, 1);
		}
	}

	/**
	 * The throttling of failed logins (security.md): after {@code maxFailuresPerNameAndAddress} failures of
	 * one name from one address within {@code failureWindow}, or {@code maxFailuresPerAddress} from one
	 * address, each further attempt waits {@code firstDelay}, doubling up to {@code maxDelay}.
	 *
	 * @param maxFailuresPerNameAndAddress {@code blocstats.login.max-failures-per-name-and-address}
	 * @param maxFailuresPerAddress {@code blocstats.login.max-failures-per-address}
	 * @param failureWindow {@code blocstats.login.failure-window}
	 * @param firstDelay {@code blocstats.login.first-delay}
	 * @param maxDelay {@code blocstats.login.max-delay}
	 */
	public record Login(@DefaultValue("5") int maxFailuresPerNameAndAddress, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration failureWindow, @DefaultValue("30s") Duration firstDelay,
			@DefaultValue("15m") Duration maxDelay) {

		public Login {
			atLeast("blocstats.login.max-failures-per-name-and-address", maxFailuresPerNameAndAddress, 1);
			atLeast("blocstats.login.max-failures-per-address", maxFailuresPerAddress, 1);
			positive("blocstats.login.failure-window", failureWindow);
			positive("blocstats.login.first-delay", firstDelay);
			positive("blocstats.login.max-delay", maxDelay);
			if (firstDelay.compareTo(maxDelay) > 0) {
				throw new InvalidSetting(Messages.text("settings.delays", "blocstats.login.first-delay", firstDelay,
						"blocstats.login.max-delay", maxDelay));
			}
		}
	}

	/**
	 * The drawing of charts by the dashboard.
	 *
	 * @param rendersPerUser {@code blocstats.charts.renders-per-user}: how many charts one signed-in user may
	 *     have drawn at once (the others are answered 429)
	 * @param renderers {@code blocstats.charts.renderers}: how many charts the whole server draws at once, 0 to
	 *     64; 0: the number of processors, at least 2
	 */
	public record Charts(@DefaultValue("2") int rendersPerUser, @DefaultValue("0") int renderers) {

		public Charts {
			atLeast("blocstats.charts.renders-per-user", rendersPerUser, 1);
			if (renderers < 0 || renderers > 64) {
				throw new InvalidSetting(Messages.text("settings.range", "blocstats.charts.renderers", 0, 64, renderers));
			}
		}
	}

	/**
	 * A setting whose value cannot be used: its message names the setting and says what it takes, in one
	 * line of Vietnamese, and it has no cause, so that it is what a failed start shows.
	 */
	public static final class InvalidSetting extends IllegalArgumentException {

		public InvalidSetting(String message) {
			super(message);
		}
	}

	private static Path path(String setting, String value) {
		try {
			return Path.of(value);
		}
		catch (InvalidPathException e) {
			throw new InvalidSetting(Messages.text("settings.not_a_path", setting, value));
		}
	}

	private static void atLeast(String setting, long value, long min) {
		if (value < min) {
			throw new InvalidSetting(Messages.text("settings.at_least", setting, min, value));
		}
	}

	private static void positive(String setting, Duration value) {
		if (!value.isPositive()) {
			throw new InvalidSetting(Messages.text("settings.positive_duration", setting, value));
		}
	}

	private static void notNegative(String setting, Duration value) {
		if (value.isNegative()) {
			throw new InvalidSetting(Messages.text("settings.negative_duration", setting, value));
		}
	}
}
