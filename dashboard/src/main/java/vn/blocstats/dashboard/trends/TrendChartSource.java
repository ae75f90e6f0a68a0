package vn.blocstats.dashboard.trends;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/** The trend chart of the trends screen, by the screen's URL filters ({@link TrendFilter}): every committee, period, per-100 and structure choice. */
@Component
class TrendChartSource implements ChartSource {

	private final ObjectProvider<Warehouse> warehouse;

	TrendChartSource(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public String name() {
		return "trend";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		TrendFilter filter = TrendFilter.of(new QueryParameters(filters));
		if (filter.committees().isEmpty()) {
			throw new IllegalArgumentException("Thiếu đảng bộ (committee=…)");
		}
		String code = filter.metric().orElse(TrendsView.DEFAULT_METRIC);
		Warehouse w = warehouse.getObject();
		Metric metric;
		try (DuckDBConnection c = w.connection()) {
			metric = MetricCatalog.load(c).resolve(code)
				.orElseThrow(() -> new IllegalArgumentException("Không có chỉ tiêu “" + code + "” trong danh mục"));
		}
		FigureQueries queries = new FigureQueries(w);
		List<String> known = queries.committees().stream().map(FigureQueries.Committee::code).toList();
		for (String committee : filter.committees()) {
			if (!known.contains(committee)) {
				throw new IllegalArgumentException("Không có đảng bộ mã “" + committee + "”");
			}
		}
		TrendChart.Request request = new TrendChart.Request(filter.committees(), metric, locale, theme, filter.options());
		return TrendChart.document(TrendChart.query(queries, request), request);
	}
}
