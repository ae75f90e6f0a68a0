package vn.blocstats.dashboard.targets;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TargetChart;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * What the targets screen and the {@code targets} chart read: the committees with terms, and a
 * term's targets as the targets chart's data. Thread-safe: each call reads its own snapshot.
 */
@Service
class TargetService {

	private final ObjectProvider<Warehouse> warehouse;

	TargetService(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** The committees with at least one term, each with its terms (oldest first). */
	/** How many figures each committee's term holds (committee → term → count). */
	Map<String, Map<String, Long>> figuresPerTerm() throws SQLException {
		return new FigureQueries(warehouse.getObject()).figuresPerTerm();
	}

	Map<Committee, List<Term>> committeesWithTerms() throws SQLException {
		return new FigureQueries(warehouse.getObject()).committeesWithTerms();
	}

	/** The catalog of metrics (labels of the targets, sentences). */
	MetricCatalog catalog() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return MetricCatalog.load(c);
		}
	}

	/** The targets of {@code term} of {@code committee} with their attainment, as the chart's data. */
	TargetChart.Data data(String committee, String term, Locale locale, ChartTheme theme) throws SQLException {
		return TargetChart.query(new FigureQueries(warehouse.getObject()), catalog(), new TargetChart.Request(committee, term, locale, theme));
	}
}
