package vn.blocstats.dashboard.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/**
 * What the compare screen shows, as it stands in the URL:
 * {@code ?node=74-KCQDN&metric=admissions&term=2015-2020} (or {@code &year=2021} instead of the term;
 * without a node, the bloc committees, narrowed by {@code &committee=74-KCQDN&committee=68-KCQ}).
 * Every part may be missing (the screen then picks a default).
 */
record CompareFilter(Optional<String> node, List<String> committees, Optional<String> metric, Optional<String> term,
		Optional<Integer> year) {

	static final String NODE = "node";
	static final String COMMITTEE = "committee";
	static final String METRIC = "metric";
	static final String TERM = "term";
	static final String YEAR = "year";

	CompareFilter {
		committees = List.copyOf(committees);
	}

	/**
	 * The filter of a URL's query parameters (the first value of each but the committees; blank counts
	 * as missing).
	 *
	 * @throws IllegalArgumentException when the year is not a year
	 */
	static CompareFilter of(Map<String, List<String>> p) {
		Optional<Integer> year = first(p, YEAR).map(y -> {
			if (!y.matches("\\d{4}")) {
				throw new IllegalArgumentException("Năm không hợp lệ: “" + y + "”");
			}
			return Integer.parseInt(y);
		});
		List<String> committees = p.getOrDefault(COMMITTEE, List.of()).stream().filter(v -> !v.isBlank()).distinct().toList();
		return new CompareFilter(first(p, NODE), committees, first(p, METRIC), year.isPresent() ? Optional.empty() : first(p, TERM),
				year);
	}

	/** The same filter at another node (the committees' narrowing only applies without a node). */
	CompareFilter at(Optional<String> node) {
		return new CompareFilter(node, node.isPresent() ? List.of() : committees, metric, term, year);
	}

	/** The query parameters that reproduce this filter. */
	QueryParameters toQueryParameters() {
		Map<String, List<String>> p = new LinkedHashMap<>();
		node.ifPresent(n -> p.put(NODE, List.of(n)));
		if (!committees.isEmpty()) {
			p.put(COMMITTEE, new ArrayList<>(committees));
		}
		metric.ifPresent(m -> p.put(METRIC, List.of(m)));
		term.ifPresent(t -> p.put(TERM, List.of(t)));
		year.ifPresent(y -> p.put(YEAR, List.of(Integer.toString(y))));
		return new QueryParameters(p);
	}

	private static Optional<String> first(Map<String, List<String>> p, String name) {
		return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}
}
