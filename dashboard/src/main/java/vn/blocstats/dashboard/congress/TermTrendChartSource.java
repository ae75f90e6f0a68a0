package vn.blocstats.dashboard.congress;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TrendChart;

/**
 * {@code term-trend?committee=74-KCQDN&term=2015-2020&metric=admissions[&axis=data]}: a metric over
 * one term, as the congress pack shows it; {@code axis=data} lets the value axis start near the data.
 */
@Component
class TermTrendChartSource implements ChartSource {

	private final TermCharts charts;

	TermTrendChartSource(TermCharts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "term-trend";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		TermCharts.TermOf of = charts.term(TermCharts.required(filters, "committee", "đảng bộ"),
				TermCharts.required(filters, "term", "nhiệm kỳ"));
		TrendChart.AxisStart axis = TrendChart.AxisStart.of(filters.getOrDefault("axis", List.of("zero")).stream()
			.filter(v -> !v.isBlank()).findFirst().orElse("zero"));
		return charts.trend(of, charts.metric(TermCharts.required(filters, "metric", "chỉ tiêu")), locale, theme, axis);
	}
}
