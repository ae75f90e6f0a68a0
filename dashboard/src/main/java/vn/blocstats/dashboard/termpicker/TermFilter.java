package vn.blocstats.dashboard.termpicker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/**
 * A committee's term as it stands in a URL: {@code ?committee=68-KCQ&term=2015-2020}. Either part
 * may be missing (a screen then picks a default, {@link CommitteeTermPicker#show}).
 */
public record TermFilter(Optional<String> committee, Optional<String> term) {

	static final String COMMITTEE = "committee";
	static final String TERM = "term";

	/** The filter of a URL's query parameters (the first value of each; blank counts as missing). */
	public static TermFilter of(Map<String, List<String>> p) {
		return new TermFilter(first(p, COMMITTEE), first(p, TERM));
	}

	/** The query parameters that reproduce this filter. */
	public QueryParameters toQueryParameters() {
		Map<String, String> p = new LinkedHashMap<>();
		committee.ifPresent(c -> p.put(COMMITTEE, c));
		term.ifPresent(t -> p.put(TERM, t));
		return QueryParameters.simple(p);
	}

	private static Optional<String> first(Map<String, List<String>> p, String name) {
		return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}
}
