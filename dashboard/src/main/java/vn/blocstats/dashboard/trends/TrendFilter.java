package vn.blocstats.dashboard.trends;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/**
 * What the trends screen shows, as it stands in the URL: {@code ?committee=74-KCQDN&metric=admissions}.
 * Either part may be missing (the screen then picks a default).
 */
record TrendFilter(Optional<String> committee, Optional<String> metric) {

	static final String COMMITTEE = "committee";
	static final String METRIC = "metric";

	/** The filter of a URL's query parameters (the first value of each; blank counts as missing). */
	static TrendFilter of(QueryParameters parameters) {
		Map<String, List<String>> p = parameters.getParameters();
		return new TrendFilter(first(p, COMMITTEE), first(p, METRIC));
	}

	/** The query parameters that reproduce this filter. */
	QueryParameters toQueryParameters() {
		Map<String, String> p = new LinkedHashMap<>();
		committee.ifPresent(c -> p.put(COMMITTEE, c));
		metric.ifPresent(m -> p.put(METRIC, m));
		return QueryParameters.simple(p);
	}

	private static Optional<String> first(Map<String, List<String>> p, String name) {
		return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}
}
