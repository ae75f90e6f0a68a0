package vn.blocstats.dashboard.compare;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.Texts;

/**
 * A grassroots unit's own series, as the compare screen shows it when it has gone down to that
 * unit: {@code /charts/unit-trend.svg?node=74-KCQDN-001&metric=admissions} — so that the download
 * under that chart is the chart on screen.
 */
@Component
class UnitTrendChartSource implements ChartSource {

	private final CompareService compare;

	UnitTrendChartSource(CompareService compare) {
		this.compare = compare;
	}

	@Override
	public String name() {
		return "unit-trend";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		CompareService.Level level = compare.resolve(CompareFilter.of(filters), locale, theme);
		ChartDocument document = compare.seriesDocument(level);
		if (document == null) {
			throw new IllegalArgumentException(Texts.get(locale, "compare.error.noSeries", level.node().map(u -> u.name()).orElse("")));
		}
		return document;
	}
}
