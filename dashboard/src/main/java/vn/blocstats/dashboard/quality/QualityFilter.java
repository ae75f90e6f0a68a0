package vn.blocstats.dashboard.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.warehouse.quality.HalfYear;

/**
 * What the data-quality screen shows, as it stands in the URL:
 * {@code ?tab=completeness&committee=74-KCQDN&year=2021&period=2021-H2&load=12}. Every part may be
 * missing (the screen then picks a default); a part that does not parse counts as missing.
 *
 * @param tab the tab shown
 * @param committee the committee whose completeness and flags are shown
 * @param year only this year's half-years and flags
 * @param period the half-year whose missing units are listed
 * @param load the load whose rejected rows and warnings are listed
 */
record QualityFilter(Tab tab, Optional<String> committee, Optional<Integer> year, Optional<HalfYear> period,
		Optional<Long> load) {

	static final String TAB = "tab";
	static final String COMMITTEE = "committee";
	static final String YEAR = "year";
	static final String PERIOD = "period";
	static final String LOAD = "load";

	/** The tabs of the screen, by their name in the URL. */
	enum Tab {
		HISTORY("history"), COMPLETENESS("completeness"), FLAGS("flags"), RULES("rules");

		final String param;

		Tab(String param) {
			this.param = param;
		}

		static Tab of(String param) {
			for (Tab t : values()) {
				if (t.param.equals(param)) {
					return t;
				}
			}
			return HISTORY;
		}
	}

	/** The filter of a URL's query parameters (the first value of each). */
	static QualityFilter of(QueryParameters parameters) {
		Map<String, List<String>> p = parameters.getParameters();
		return new QualityFilter(Tab.of(first(p, TAB).orElse("")), first(p, COMMITTEE),
				first(p, YEAR).filter(y -> y.matches("\\d{4}")).map(Integer::valueOf), first(p, PERIOD).flatMap(HalfYear::parse),
				first(p, LOAD).filter(l -> l.matches("\\d{1,18}")).map(Long::valueOf));
	}

	/** This filter on another tab. */
	QualityFilter with(Tab other) {
		return new QualityFilter(other, committee, year, period, load);
	}

	/** This filter for another committee, year and half-year. */
	QualityFilter with(Optional<String> otherCommittee, Optional<Integer> otherYear, Optional<HalfYear> otherPeriod) {
		return new QualityFilter(tab, otherCommittee, otherYear, otherPeriod, load);
	}

	/** This filter showing another load's issues (on the history tab). */
	QualityFilter withLoad(long other) {
		return new QualityFilter(Tab.HISTORY, committee, year, period, Optional.of(other));
	}

	/** The query parameters that reproduce this filter (the history tab, the default, is left out). */
	QueryParameters toQueryParameters() {
		Map<String, String> p = new LinkedHashMap<>();
		if (tab != Tab.HISTORY) {
			p.put(TAB, tab.param);
		}
		committee.ifPresent(c -> p.put(COMMITTEE, c));
		year.ifPresent(y -> p.put(YEAR, String.valueOf(y)));
		period.ifPresent(h -> p.put(PERIOD, h.toString()));
		load.ifPresent(l -> p.put(LOAD, String.valueOf(l)));
		return QueryParameters.simple(p);
	}

	private static Optional<String> first(Map<String, List<String>> p, String name) {
		return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}
}
