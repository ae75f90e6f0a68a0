package vn.blocstats.dashboard.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.metric.Metric;

/**
 * The metric field of the screens: the catalog grouped by theme (organisations, members,
 * admissions and movements, training, staffing, ratings, awards and discipline, rates), each item
 * showing its theme above its label, and searchable — typing "ket nap" or "tinh gian" finds the
 * metrics whose label or theme holds those words, with or without accents.
 */
public final class MetricPicker {

	private MetricPicker() {
	}

	/** A picker of {@code metrics} (in catalog order, which keeps each theme's metrics together). */
	public static ComboBox<Metric> create(List<Metric> metrics) {
		ComboBox<Metric> picker = new ComboBox<>();
		picker.addClassName("metric-picker");
		picker.setAllowCustomValue(false);
		picker.setItems((Metric m, String typed) -> matches(m, typed, locale(picker)), metrics);
		label(picker);
		return picker;
	}

	/** Sets the picker's texts in its locale (again when the locale changes). */
	public static void label(ComboBox<Metric> picker) {
		Locale locale = locale(picker);
		picker.setItemLabelGenerator(m -> label(m, locale));
		picker.setRenderer(LitRenderer.<Metric> of("<div class='metric-item'><small class='metric-theme'>${item.theme}</small>"
				+ "<span>${item.label}</span></div>")
			.withProperty("theme", m -> theme(m, locale))
			.withProperty("label", m -> label(m, locale)));
	}

	/** The metric's label in {@code locale}. */
	public static String label(Metric m, Locale locale) {
		return english(locale) ? m.labelEn() : m.labelVi();
	}

	/** The theme's name in {@code locale}: "Đảng viên", "Đào tạo, bồi dưỡng"… */
	public static String theme(Metric m, Locale locale) {
		return vn.blocstats.dashboard.chart.Texts.get(locale, "metric.theme." + m.theme().name().toLowerCase(Locale.ROOT));
	}

	static boolean matches(Metric m, String typed, Locale locale) {
		String words = TextKey.key(typed == null ? "" : typed);
		if (words.isEmpty()) {
			return true;
		}
		String haystack = TextKey.key(label(m, locale) + " " + theme(m, locale) + " " + m.code());
		for (String word : words.split("_")) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** The locale of the picker's UI (the current UI's while it is being built). */
	private static Locale locale(ComboBox<Metric> picker) {
		return picker.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
			.map(com.vaadin.flow.component.UI::getLocale).orElse(DashboardI18n.VIETNAMESE);
	}

	private static boolean english(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}
}
