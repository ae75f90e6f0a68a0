package vn.blocstats.dashboard.ui;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.blocstats.dashboard.chart.Texts;

/**
 * The bundle {@code messages/dashboard} for Vaadin's {@code getTranslation}: Vietnamese first (the
 * default for any browser), English for a browser that asks for it. A missing key fails loudly.
 */
@Component
class DashboardI18n implements I18NProvider {

	static final Locale VIETNAMESE = Locale.of("vi", "VN");

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(VIETNAMESE, Locale.ENGLISH);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			return Texts.get(locale == null ? VIETNAMESE : locale, key, params);
		}
		catch (MissingResourceException e) {
			throw new IllegalArgumentException("No text “" + key + "” in messages/dashboard", e);
		}
	}
}
