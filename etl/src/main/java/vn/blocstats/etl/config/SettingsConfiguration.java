package vn.blocstats.etl.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

import vn.blocstats.etl.config.BlocstatsProperties.InvalidSetting;
import vn.blocstats.etl.report.Messages;

/**
 * The settings ({@link BlocstatsProperties}) and the data folder they name ({@link DataDirectory}), with
 * the module's defaults ({@code blocstats-etl.properties}). Imported by every configuration that a
 * command's context starts from ({@code WarehouseConfiguration}, {@code JobRepositoryDatabase},
 * {@code EtlConfiguration}, the lean contexts of {@code CliContexts}), so that each of them reads the
 * same checked settings whichever command runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlocstatsProperties.class)
@PropertySource(value = "classpath:blocstats-etl.properties", encoding = "UTF-8")
public class SettingsConfiguration {

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("blocstats");

	@Bean
	DataDirectory dataDirectory(BlocstatsProperties settings) {
		return new DataDirectory(settings);
	}

	/**
	 * A {@code blocstats.*} value that cannot even be converted (a word where a number goes) fails with one
	 * line in Vietnamese naming the setting, as a value the record refuses does: Spring's own message is in
	 * English, several lines long, and its innermost cause does not name the setting.
	 */
	@Bean
	static ConfigurationPropertiesBindHandlerAdvisor settingErrors() {
		return SettingErrors::new;
	}

	/** Turns a failure to bind a {@code blocstats.*} setting into an {@link InvalidSetting}. */
	static final class SettingErrors extends AbstractBindHandler {

		SettingErrors(BindHandler parent) {
			super(parent);
		}

		@Override
		public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error)
				throws Exception {
			if (!PREFIX.equals(name) && !PREFIX.isAncestorOf(name)) {
				return super.onFailure(name, target, context, error);
			}
			for (Throwable t = error; t != null; t = t.getCause()) {
				if (t instanceof InvalidSetting invalid) {
					// The record's own check (or this handler's, a level below): passed on as it is.
					throw invalid;
				}
			}
			ConfigurationProperty property = context.getConfigurationProperty();
			if (property == null) {
				return super.onFailure(name, target, context, error);
			}
			throw new InvalidSetting(Messages.text("settings.unreadable", property.getName(), property.getValue(), expected(target)));
		}

		private static String expected(Bindable<?> target) {
			Class<?> type = target.getType().resolve(Object.class);
			if (type == Duration.class) {
				return Messages.text("settings.a_duration");
			}
			if (type == boolean.class || type == Boolean.class) {
				return Messages.text("settings.a_boolean");
			}
			if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
				return Messages.text("settings.a_number");
			}
			return type.getSimpleName();
		}
	}
}
