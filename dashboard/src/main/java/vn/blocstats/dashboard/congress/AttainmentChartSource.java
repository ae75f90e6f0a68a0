package vn.blocstats.dashboard.congress;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;

/** {@code attainment?committee=74-KCQDN&term=2015-2020}: a term's targets against what was achieved. */
@Component
class AttainmentChartSource implements ChartSource {

	private final TermCharts charts;

	AttainmentChartSource(TermCharts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "attainment";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		return charts.attainment(charts.term(TermCharts.required(filters, "committee", "đảng bộ"),
				TermCharts.required(filters, "term", "nhiệm kỳ")), locale, theme);
	}
}
