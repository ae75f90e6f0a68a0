package vn.blocstats.dashboard.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the dashboard and its charts, from the bundle {@code messages/dashboard} (Vietnamese by default). */
public final class Texts {

	private Texts() {
	}

	public static String get(Locale locale, String key, Object... args) {
		ResourceBundle b = ResourceBundle.getBundle("messages.dashboard", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String pattern = b.getString(key);
		// always a MessageFormat, as the bundle's header says: '' is an apostrophe also in a text without arguments
		return new MessageFormat(pattern, locale).format(args);
	}

	/**
	 * A metric's unit (the catalog's Vietnamese: "đảng viên", "%") in the locale's language: in
	 * English "members" (bundle key {@code unit.dang_vien}); a unit without an English word, and every
	 * unit in Vietnamese, as it is.
	 */
	public static String unit(Locale locale, String unitVi) {
		if (!"en".equals(locale.getLanguage()) || unitVi.isBlank()) {
			return unitVi;
		}
		String key = "unit." + java.text.Normalizer.normalize(unitVi.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		ResourceBundle b = ResourceBundle.getBundle("messages.dashboard", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return b.containsKey(key) ? b.getString(key) : unitVi;
	}

	/** A Roman numeral for a congress number (Đại hội lần thứ VII). */
	public static String roman(int n) {
		int[] values = { 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			while (n >= values[i]) {
				sb.append(symbols[i]);
				n -= values[i];
			}
		}
		return sb.toString();
	}
}
