package vn.blocstats.dashboard.chart;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chart the dashboard shows, by name, built from the same filters its screen keeps in the URL:
 * {@code trend} with {@code committee=74-KCQDN&metric=admissions} is the chart of
 * {@code /xu-huong?committee=74-KCQDN&metric=admissions}. Spring beans implementing this are what
 * {@code /charts/{name}.{format}} serves and what every export offers, so a chart is defined once.
 */
public interface ChartSource {

	/** The chart's name in URLs ({@code /charts/trend.svg}): lower-case letters and hyphens. */
	String name();

	/**
	 * The chart for these filters.
	 *
	 * @param filters the screen's URL query parameters (each name with its values)
	 * @throws IllegalArgumentException when a filter is missing or names nothing known — the message,
	 *         in Vietnamese, says which
	 */
	ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException;
}
