package vn.blocstats.dashboard.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.dashboard.chart.TrendChart.AxisStart;
import vn.blocstats.dashboard.chart.TrendChart.Structure;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;

/**
 * What the trends screen shows, as it stands in the URL — the one place of that format, read by
 * the screen and by {@code /charts/trend.svg|png}:
 * {@code ?committee=74-KCQDN&committee=36-KCQDN&metric=admissions&period=half&per=100&structure=today&axis=data}.
 * <ul>
 * <li>{@code committee}: one or more committee codes, in the order drawn (missing: the screen picks one);</li>
 * <li>{@code metric}: a metric code (missing: admissions);</li>
 * <li>{@code period}: {@code year} (default, left out of the URL) or {@code half};</li>
 * <li>{@code per=100}: flows per 100 members of the same period (left out when off);</li>
 * <li>{@code structure}: {@code then} (default, left out), {@code today} (restated to today's
 * structure) or {@code predecessors};</li>
 * <li>{@code axis}: {@code zero} (default, left out: the value axis starts at 0) or {@code data} (it
 * starts near the data, the chart saying so).</li>
 * </ul>
 */
record TrendFilter(List<String> committees, Optional<String> metric, Grain grain, boolean per100, Structure structure,
		AxisStart axis) {

	static final String COMMITTEE = "committee";
	static final String METRIC = "metric";
	static final String PERIOD = "period";
	static final String PER = "per";
	static final String STRUCTURE = "structure";
	static final String AXIS = "axis";

	TrendFilter {
		committees = List.copyOf(committees);
	}

	/** One committee (or none) and a metric, by year, absolute, as structured at the time, the axis from zero. */
	TrendFilter(Optional<String> committee, Optional<String> metric) {
		this(committee.stream().toList(), metric, Grain.YEAR, false, Structure.THEN);
	}

	/** The value axis from zero. */
	TrendFilter(List<String> committees, Optional<String> metric, Grain grain, boolean per100, Structure structure) {
		this(committees, metric, grain, per100, structure, AxisStart.ZERO);
	}

	/**
	 * The filter of a URL's query parameters (blank values count as missing; a committee named twice
	 * is drawn once).
	 *
	 * @throws IllegalArgumentException when {@code period}, {@code per}, {@code structure} or {@code axis} has a
	 *         value not listed above — the message, in Vietnamese, says which and what is allowed
	 */
	static TrendFilter of(QueryParameters parameters) {
		return parse(parameters, true);
	}

	/** As {@link #of}, but a value not understood counts as missing (for a URL typed into the address bar). */
	static TrendFilter lenient(QueryParameters parameters) {
		return parse(parameters, false);
	}

	private static TrendFilter parse(QueryParameters parameters, boolean strict) {
		Map<String, List<String>> p = parameters.getParameters();
		List<String> committees = new ArrayList<>();
		for (String c : p.getOrDefault(COMMITTEE, List.of())) {
			if (!c.isBlank() && !committees.contains(c.strip())) {
				committees.add(c.strip());
			}
		}
		Grain grain = switch (first(p, PERIOD).orElse("year")) {
			case "year" -> Grain.YEAR;
			case "half" -> Grain.HALF;
			default -> bad(strict, PERIOD, first(p, PERIOD).get(), "year, half", Grain.YEAR);
		};
		boolean per100 = switch (first(p, PER).orElse("")) {
			case "", "1" -> false;
			case "100" -> true;
			default -> bad(strict, PER, first(p, PER).get(), "1, 100", false);
		};
		Structure structure = switch (first(p, STRUCTURE).orElse("then")) {
			case "then" -> Structure.THEN;
			case "today" -> Structure.TODAY;
			case "predecessors" -> Structure.PREDECESSORS;
			default -> bad(strict, STRUCTURE, first(p, STRUCTURE).get(), "then, today, predecessors", Structure.THEN);
		};
		AxisStart axis;
		try {
			axis = AxisStart.of(first(p, AXIS).orElse("zero"));
		}
		catch (IllegalArgumentException e) {
			if (strict) {
				throw e;
			}
			axis = AxisStart.ZERO;
		}
		return new TrendFilter(committees, first(p, METRIC), grain, per100, structure, axis);
	}

	private static <T> T bad(boolean strict, String name, String value, String allowed, T fallback) {
		if (strict) {
			throw new IllegalArgumentException("Không hiểu " + name + "=“" + value + "”: dùng " + allowed);
		}
		return fallback;
	}

	/** The first committee, if any. */
	Optional<String> committee() {
		return committees.stream().findFirst();
	}

	/** How the chart draws the series. */
	TrendChart.Options options() {
		return new TrendChart.Options(grain, per100, structure, axis);
	}

	/** The query parameters that reproduce this filter (defaults left out). */
	QueryParameters toQueryParameters() {
		return toQueryParameters(false);
	}

	/**
	 * The query parameters that reproduce this filter; with {@code everything}, the defaults too
	 * (a shared link or a saved view shows the same chart whatever the defaults become).
	 */
	QueryParameters toQueryParameters(boolean everything) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		if (!committees.isEmpty()) {
			p.put(COMMITTEE, committees);
		}
		metric.ifPresent(m -> p.put(METRIC, List.of(m)));
		if (everything || grain != Grain.YEAR) {
			p.put(PERIOD, List.of(grain.name().toLowerCase(Locale.ROOT)));
		}
		if (per100) {
			p.put(PER, List.of("100"));
		}
		if (everything && !per100) {
			p.put(PER, List.of("1"));
		}
		if (everything || structure != Structure.THEN) {
			p.put(STRUCTURE, List.of(structure.name().toLowerCase(Locale.ROOT)));
		}
		if (everything || axis != AxisStart.ZERO) {
			p.put(AXIS, List.of(axis.name().toLowerCase(Locale.ROOT)));
		}
		return new QueryParameters(p);
	}

	private static Optional<String> first(Map<String, List<String>> p, String name) {
		return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).map(String::strip).findFirst();
	}
}
