package vn.blocstats.dashboard.overview;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * What the overview reads: the committees that have terms, their terms, and a term's key figures
 * with the previous term's and the targets' attainment. Thread-safe: each call reads its own
 * consistent snapshot.
 */
@Service
class OverviewService {

	/**
	 * The key figures, in the order shown: members and organisations (stocks, at the term's end),
	 * admissions, senior and intermediate political-theory training and staffing reductions (flows over
	 * the term).
	 */
	static final List<String> KEY_METRICS = List.of("members_total", "org_grassroots", "admissions", "training_theory_senior",
			"training_theory_intermediate", "staff_reductions");

	/**
	 * One key figure of a term.
	 *
	 * @param value null without a figure
	 * @param previousTerm the term before, or null for a committee's first term
	 * @param previous the previous term's figure, null without one
	 * @param attainments the term's targets on this metric (none when it has no target)
	 * @param derived the figure includes a total derived from its parts
	 */
	record KeyFigure(Metric metric, Double value, Term previousTerm, Double previous, List<Attainment> attainments, boolean derived) {

		/** The change against the previous term, or null when either figure is missing. */
		Double change() {
			return value == null || previous == null ? null : value - previous;
		}

		/** The change in percent of the previous term's figure, or null when it cannot be computed. */
		Double changePct() {
			return change() == null || previous == 0 ? null : 100 * change() / previous;
		}
	}

	private final ObjectProvider<Warehouse> warehouse;

	OverviewService(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** The committees with at least one term, each with its terms (oldest first), in the order of {@link FigureQueries#committees}. */
	/** How many figures each committee's term holds (committee → term → count). */
	Map<String, Map<String, Long>> figuresPerTerm() throws SQLException {
		return new FigureQueries(warehouse.getObject()).figuresPerTerm();
	}

	Map<Committee, List<Term>> committeesWithTerms() throws SQLException {
		return new FigureQueries(warehouse.getObject()).committeesWithTerms();
	}

	/** The key figures of {@code term} of {@code committee}, whose terms are {@code terms} (oldest first). */
	List<KeyFigure> keyFigures(String committee, Term term, List<Term> terms) throws SQLException {
		Warehouse w = warehouse.getObject();
		FigureQueries q = new FigureQueries(w);
		MetricCatalog catalog;
		try (DuckDBConnection c = w.connection()) {
			catalog = MetricCatalog.load(c);
		}
		int i = terms.indexOf(term);
		Optional<Term> previousTerm = i > 0 ? Optional.of(terms.get(i - 1)) : Optional.empty();
		Map<String, Double> values = q.termValues(committee, term.label());
		Map<String, Double> previous = previousTerm.isPresent() ? q.termValues(committee, previousTerm.get().label()) : Map.of();
		List<Attainment> attainments = q.attainments(committee, term.label());
		List<KeyFigure> out = new ArrayList<>();
		for (String code : KEY_METRICS) {
			Metric metric = catalog.byCode(code).orElseThrow(() -> new IllegalStateException("No metric " + code + " in the catalog"));
			out.add(new KeyFigure(metric, values.get(code), previousTerm.orElse(null), previous.get(code),
					attainments.stream().filter(a -> a.metric().equals(code)).toList(),
					values.containsKey(code) && q.derivedFromParts(List.of(committee), code, term.start(), term.end())));
		}
		return out;
	}
}
