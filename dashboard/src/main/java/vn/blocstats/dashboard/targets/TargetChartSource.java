package vn.blocstats.dashboard.targets;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.termpicker.TermFilter;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TargetChart;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/** The targets chart of the targets screen, by the screen's URL filters ({@link TermFilter}): {@code /charts/targets.svg?committee=68-KCQ&term=2015-2020}. */
@Component
class TargetChartSource implements ChartSource {

	private final TargetService targets;

	TargetChartSource(TargetService targets) {
		this.targets = targets;
	}

	@Override
	public String name() {
		return "targets";
	}

	@Override
	public ChartDocument document(Map<String, List<String>> filters, Locale locale, ChartTheme theme) throws SQLException {
		TermFilter filter = TermFilter.of(filters);
		String committee = filter.committee().orElseThrow(() -> new IllegalArgumentException("Thiếu đảng bộ (committee=…)"));
		String term = filter.term().orElseThrow(() -> new IllegalArgumentException("Thiếu nhiệm kỳ (term=…)"));
		Map<Committee, List<Term>> all = targets.committeesWithTerms();
		List<Term> terms = all.entrySet().stream().filter(e -> e.getKey().code().equals(committee)).map(Map.Entry::getValue)
			.findFirst().orElseThrow(() -> new IllegalArgumentException("Không có đảng bộ có nhiệm kỳ mã “" + committee + "”"));
		if (terms.stream().noneMatch(t -> t.label().equals(term))) {
			throw new IllegalArgumentException("Đảng bộ “" + committee + "” không có nhiệm kỳ “" + term + "”");
		}
		TargetChart.Request request = new TargetChart.Request(committee, term, locale, theme);
		return TargetChart.forReaders(TargetChart.document(targets.data(committee, term, locale, theme), request));
	}
}
