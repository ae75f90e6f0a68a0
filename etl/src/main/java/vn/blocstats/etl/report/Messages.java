package vn.blocstats.etl.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import's messages, from the bundle {@code messages/etl} (Vietnamese by default). Each rule
 * code of {@link Problem} is a key of the bundle; arguments are formatted with {@link MessageFormat}.
 */
public final class Messages {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private Messages() {
	}

	/** The Vietnamese text of {@code key} with {@code args}. */
	public static String text(String key, Object... args) {
		return text(VI, key, args);
	}

	public static String text(Locale locale, String key, Object... args) {
		ResourceBundle b = ResourceBundle.getBundle("messages.etl", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern = b.getString(key);
		if (args.length == 0) {
			return pattern;
		}
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
		}
		return new MessageFormat(pattern, locale).format(shown);
	}
}
