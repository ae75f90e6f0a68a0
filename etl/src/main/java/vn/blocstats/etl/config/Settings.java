package vn.blocstats.etl.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The settings read as a Spring Boot application reads them — the command line's {@code --blocstats.…=} first, then
 * system properties, environment variables ({@code BLOCSTATS_DB}), {@code application.properties} (beside the
 * working directory, in {@code config/}, in the jar), the module's defaults last — without starting an application
 * context: for a command that needs the settings and nothing else ({@code query}), which then starts in about the time
 * of the JVM and DuckDB. Bound and checked by the same record and the same error handler as in a context
 * ({@link SettingsConfiguration}); {@code SettingsTests} holds the two to the same answers.
 */
public final class Settings {

	private Settings() {
	}

	/**
	 * The settings of {@code args} ({@code --blocstats.db=…}); {@code prepared} may add a source of its own before they
	 * are bound (the demo warehouse's file, as the application's listener does).
	 *
	 * @throws BlocstatsProperties.InvalidSetting for a value the record refuses or cannot read, in one Vietnamese line
	 */
	public static BlocstatsProperties read(List<String> args, Consumer<ConfigurableEnvironment> prepared) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		try {
			environment.getPropertySources().addLast(new ResourcePropertySource(
					new EncodedResource(new ClassPathResource("blocstats-etl.properties"), StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		prepared.accept(environment);
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment, new SettingsConfiguration.SettingErrors(BindHandler.DEFAULT)).bindOrCreate("blocstats",
				BlocstatsProperties.class);
	}
}
