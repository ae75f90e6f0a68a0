package vn.blocstats.dashboard.trends;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * What the trends screen reads from the warehouse: the committees, the metrics, and the trend
 * chart rendered as SVG for the page. The warehouse is opened on first use (never by a command
 * that does not need it). Thread-safe: each call reads its own consistent snapshot.
 */
@Service
class TrendService {

	/** The chart's size in SVG user units; the page scales it to its width (the viewBox keeps the proportions). */
	static final int WIDTH = 960;
	static final int HEIGHT = 520;

	private final ObjectProvider<Warehouse> warehouse;

	TrendService(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	List<Committee> committees() throws SQLException {
		return new FigureQueries(warehouse.getObject()).committees();
	}

	/** The metrics of the catalog, in catalog order. */
	List<Metric> metrics() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return List.copyOf(MetricCatalog.load(c).metrics());
		}
	}

	/** A chart for the page: the inline SVG, the notes it carries (shown above it as text too) and the figures drawn. */
	record Rendered(String svg, List<String> notes, TrendChart.Data data, vn.blocstats.dashboard.chart.DataTable table) {
	}

	/** The trend of {@code metric} for {@code committee}, by year as structured at the time, as inline SVG. */
	String svg(Committee committee, Metric metric, Locale locale) throws SQLException {
		return chart(List.of(committee.code()), metric, TrendChart.Options.DEFAULT, locale).svg();
	}

	/**
	 * The trend of {@code metric} for {@code committees} as the screen draws it: an {@code <svg>}
	 * element (no XML prolog) for inline use, and the chart's notes (restated series, predecessors).
	 */
	Rendered chart(List<String> committees, Metric metric, TrendChart.Options options, Locale locale) throws SQLException {
		TrendChart.Request request = new TrendChart.Request(committees, metric, locale, ChartTheme.SCREEN, options);
		TrendChart.Data data = TrendChart.query(new FigureQueries(warehouse.getObject()), request);
		// With a hit area and tooltip ("Đảng bộ X · 2021: 2.096") over every point.
		vn.blocstats.dashboard.chart.ChartDocument document = TrendChart.document(data, request);
		String svg = ChartRenderer.interactiveSvg(document.chart(), WIDTH, HEIGHT);
		return new Rendered(svg, TrendChart.notes(data, request), data, document.table());
	}
}
