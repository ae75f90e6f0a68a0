package vn.blocstats.dashboard.compare;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.CompareChart;
import vn.blocstats.dashboard.chart.Texts;

/**
 * The compare chart of the compare screen, by the screen's URL filters ({@link CompareFilter}):
 * {@code /charts/compare.svg?node=74-KCQDN&metric=admissions&term=2015-2020}.
 */
@Component
class CompareChartSource implements ChartSource {

	private final CompareService compare;

	CompareChartSource(CompareService compare) {
		this.compare = compare;
	}

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		CompareService.Level level = compare.resolve(CompareFilter.of(filters), locale, theme);
		if (level.compare() == null) {
			throw new IllegalArgumentException(Texts.get(locale, "compare.error.noUnits", level.node().map(u -> u.name()).orElse("")));
		}
		return CompareChart.document(CompareChart.query(compare.queries(), level.compare()), level.compare());
	}
}
