package vn.blocstats.dashboard.compare;

import vn.blocstats.dashboard.chart.ChartDocument;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.CompareChart;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.figures.FigureQueries.Unit;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * What the compare screen and the {@code compare} chart read: a {@link CompareFilter} resolved to a
 * level of the hierarchy — the node with its ancestry, the units compared there, and for a
 * grassroots unit its own year series. Thread-safe: each call reads its own snapshot.
 */
@Service
class CompareService {

	static final String DEFAULT_METRIC = "admissions";
	static final String COMMITTEE_TYPE = "dang_bo_khoi";
	static final String PROVINCE_TYPE = "tinh";

	/**
	 * A level of the drill-down.
	 *
	 * @param node the node, empty for the bloc committees
	 * @param ancestry the node's chain from the province down to it (empty without a node)
	 * @param metric the metric shown
	 * @param window the term or year shown
	 * @param compare the units under the node compared, or null when it has none
	 * @param series a grassroots unit's own year series, or null for a province or committee
	 * @param seriesTerms the terms of the committee above that unit (the series' term bands), oldest first
	 */
	record Level(Optional<Unit> node, List<Unit> ancestry, Metric metric, CompareChart.Window window,
			CompareChart.Request compare, TrendChart.Request series, List<Term> seriesTerms) {
	}

	private final ObjectProvider<Warehouse> warehouse;

	CompareService(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	FigureQueries queries() {
		return new FigureQueries(warehouse.getObject());
	}

	/** The metrics of the catalog, in catalog order. */
	List<Metric> metrics() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return List.copyOf(MetricCatalog.load(c).metrics());
		}
	}

	/** The term labels of every committee, oldest first. */
	List<String> termLabels() throws SQLException {
		return queries().allTerms().stream().map(Term::label).distinct().sorted().toList();
	}

	/** The years with figures, oldest first. */
	List<Integer> years() throws SQLException {
		return queries().years();
	}

	/** The bloc committees, for narrowing the top level. */
	List<Committee> committees() throws SQLException {
		return queries().committees().stream().filter(c -> COMMITTEE_TYPE.equals(c.type())).toList();
	}

	/**
	 * The day a node is seen as of in a term: the end of that term of its committee — the committee
	 * itself or the one it belonged to then. Bình Dương's units are seen in 2020–2025 under Bình Dương's
	 * bloc, whose term ended at its 2025 congress, not under Hồ Chí Minh City's committee that took
	 * them over at the end of 2025. Empty when no committee of the node had the term.
	 */
	private static Optional<LocalDate> asOfTerm(FigureQueries q, String code, String label, List<Term> allTerms) throws SQLException {
		for (Term t : allTerms) {
			if (t.label().equals(label) && (t.committeeCode().equals(code)
					|| q.ancestry(code, t.end()).stream().anyMatch(u -> u.code().equals(t.committeeCode())))) {
				return Optional.of(t.end());
			}
		}
		return Optional.empty();
	}

	/**
	 * The level {@code filter} names; a missing metric or window takes the default (admissions, the
	 * latest term that has ended).
	 *
	 * @throws IllegalArgumentException when the filter names a node, metric or term that does not
	 *         exist, or a term the node's committee did not have — the message in Vietnamese
	 */
	Level resolve(CompareFilter filter, Locale locale, ChartTheme theme) throws SQLException {
		FigureQueries q = queries();
		List<Metric> metrics = metrics();
		String metricCode = filter.metric().orElse(DEFAULT_METRIC);
		Metric metric = metrics.stream().filter(m -> m.code().equals(metricCode)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(Texts.get(locale, "compare.error.metric", metricCode)));
		List<Term> allTerms = q.allTerms();
		CompareChart.Window window;
		if (filter.year().isPresent()) {
			window = CompareChart.Window.ofYear(filter.year().get());
		}
		else {
			LocalDate today = LocalDate.now();
			String term = filter.term()
				.or(() -> allTerms.stream().filter(t -> t.end().isBefore(today)).map(Term::label).max(String::compareTo))
				.or(() -> allTerms.stream().map(Term::label).max(String::compareTo))
				.orElseThrow(() -> new IllegalArgumentException(Texts.get(locale, "compare.error.noTerms")));
			if (allTerms.stream().noneMatch(t -> t.label().equals(term))) {
				throw new IllegalArgumentException(Texts.get(locale, "compare.error.term", term));
			}
			window = CompareChart.Window.ofTerm(term);
		}
		LocalDate from = window.year() != null ? LocalDate.of(window.year(), 1, 1)
				: LocalDate.of(Integer.parseInt(window.term().substring(0, 4)), 1, 1);
		LocalDate to = window.year() != null ? LocalDate.of(window.year(), 12, 31)
				: LocalDate.of(Integer.parseInt(window.term().substring(5)), 12, 31);

		if (filter.node().isEmpty()) {
			List<Unit> units = committees().stream()
				.filter(c -> filter.committees().isEmpty() || filter.committees().contains(c.code()))
				.map(c -> new Unit(c.code(), c.name(), c.type(), null))
				.toList();
			if (window.term() != null) {
				Set<String> withTerm = allTerms.stream().filter(t -> t.label().equals(window.term())).map(Term::committeeCode)
					.collect(java.util.stream.Collectors.toSet());
				units = units.stream().filter(u -> withTerm.contains(u.code())).toList();
			}
			else {
				Set<String> withFigure = q.yearFigures(window.year(), metric.code(), units.stream().map(Unit::code).toList()).keySet();
				units = units.stream().filter(u -> withFigure.contains(u.code())).toList();
			}
			CompareChart.Request compare = new CompareChart.Request(units, null, window, metric,
					Texts.get(locale, "compare.scope.committees"), locale, theme);
			return new Level(Optional.empty(), List.of(), metric, window, compare, null, List.of());
		}

		String code = filter.node().get();
		LocalDate asOf = window.term() == null ? to : asOfTerm(q, code, window.term(), allTerms).orElse(to);
		Unit node = q.unit(code, asOf).orElseThrow(() -> new IllegalArgumentException(Texts.get(locale, "compare.error.node", code)));
		List<Unit> ancestry = q.ancestry(code, asOf);
		String scope = Texts.get(locale, "compare.scope.units", node.name());
		CompareChart.Request compare = null;
		if (PROVINCE_TYPE.equals(node.type())) {
			List<Unit> units = q.children(code, from, to).stream().filter(u -> COMMITTEE_TYPE.equals(u.type())).toList();
			if (window.term() != null) {
				Set<String> withTerm = allTerms.stream().filter(t -> t.label().equals(window.term())).map(Term::committeeCode)
					.collect(java.util.stream.Collectors.toSet());
				units = units.stream().filter(u -> withTerm.contains(u.code())).toList();
			}
			if (!units.isEmpty()) {
				compare = new CompareChart.Request(units, null, window, metric, scope, locale, theme);
			}
		}
		else {
			String committee = null;
			LocalDate start = from;
			LocalDate end = to;
			if (window.term() != null) {
				Unit above = COMMITTEE_TYPE.equals(node.type()) ? node
						: ancestry.reversed().stream().filter(u -> COMMITTEE_TYPE.equals(u.type())).findFirst()
							.orElseThrow(() -> new IllegalArgumentException(Texts.get(locale, "compare.error.noCommittee", node.name())));
				Term term = allTerms.stream().filter(t -> t.committeeCode().equals(above.code()) && t.label().equals(window.term()))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException(Texts.get(locale, "compare.error.noTermOf", above.name(), window.term())));
				committee = above.code();
				start = term.start();
				end = term.end();
			}
			List<Unit> units = q.children(code, start, end);
			if (!units.isEmpty()) {
				compare = new CompareChart.Request(units, committee, window, metric, scope, locale, theme);
			}
		}
		TrendChart.Request series = PROVINCE_TYPE.equals(node.type()) || COMMITTEE_TYPE.equals(node.type()) ? null
				: new TrendChart.Request(List.of(code), metric, locale, theme);
		List<Term> seriesTerms = List.of();
		if (series != null) {
			Optional<Unit> above = ancestry.reversed().stream().filter(u -> COMMITTEE_TYPE.equals(u.type())).findFirst();
			seriesTerms = above.map(u -> allTerms.stream().filter(t -> t.committeeCode().equals(u.code())).toList()).orElse(List.of());
		}
		return new Level(Optional.of(node), ancestry, metric, window, compare, series, seriesTerms);
	}

	/**
	 * A grassroots unit's own series as the screen draws it and {@code /charts/unit-trend} exports
	 * it: the unit's years in the bands of its committee's terms (null for a province or committee).
	 */
	ChartDocument seriesDocument(Level level) throws SQLException {
		if (level.series() == null) {
			return null;
		}
		TrendChart.Data own = TrendChart.query(queries(), level.series());
		return TrendChart.document(new TrendChart.Data(own.lines(), level.seriesTerms()), level.series());
	}
}
