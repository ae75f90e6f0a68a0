package vn.blocstats.dashboard.congress;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.TargetChart;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.TrendQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The charts of one committee's term, from the same definitions as the screens: the trend of a
 * metric over the term's years ({@link TrendChart}, the term's band and congress marker) and the
 * attainment of its targets ({@link TargetChart}). Resolves the committee, the term and the
 * metric, each with a Vietnamese message when unknown. Thread-safe.
 */
@Component
public class TermCharts {

	private final ObjectProvider<Warehouse> warehouse;

	TermCharts(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** A committee and one of its terms, resolved. */
	public record TermOf(Committee committee, Term term) {
	}

	/** The committee {@code code} and its term {@code label} ("2015-2020" or "2015–2020"). */
	public TermOf term(String code, String label) throws SQLException {
		FigureQueries q = new FigureQueries(warehouse.getObject());
		Committee committee = q.committees().stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Không có đảng bộ mã “" + code + "”"));
		String wanted = label.strip().replace('–', '-').replace('—', '-');
		List<Term> terms = q.terms(code);
		Term term = terms.stream().filter(t -> t.label().equals(wanted)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Đảng bộ “" + committee.name() + "” không có nhiệm kỳ “" + label + "”"
					+ (terms.isEmpty() ? "" : "; có: " + String.join(", ", terms.stream().map(Term::label).toList()))));
		return new TermOf(committee, term);
	}

	/** The metric of a code or a label in the catalog. */
	public Metric metric(String codeOrLabel) throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			return MetricCatalog.load(c).resolve(codeOrLabel)
				.orElseThrow(() -> new IllegalArgumentException("Không có chỉ tiêu “" + codeOrLabel + "” trong danh mục"));
		}
	}

	/**
	 * The trend of {@code metric} over the term, captioned "Kết nạp đảng viên mới, nhiệm kỳ
	 * 2015–2020": the same window as the term's figures and targets — by half-year, the flows whose
	 * midpoint and the stocks whose as-of date (the half's end) lie in the term, so that the chart adds
	 * up to the term total; by year (the year's middle, or its end for a stock) when the committee's
	 * figures have no half-years. Empty of figures when the committee has none in the term.
	 */
	public ChartDocument trend(TermOf of, Metric metric, Locale locale, ChartTheme theme) throws SQLException {
		return trend(of, metric, locale, theme, TrendChart.AxisStart.ZERO);
	}

	/** {@link #trend(TermOf, Metric, Locale, ChartTheme)} with the value axis from zero or near the data. */
	public ChartDocument trend(TermOf of, Metric metric, Locale locale, ChartTheme theme, TrendChart.AxisStart axis) throws SQLException {
		ChartDocument d = trend(of, metric, locale, theme, TrendQueries.Grain.HALF, axis);
		if (!hasFigures(d)) {
			d = trend(of, metric, locale, theme, TrendQueries.Grain.YEAR, axis);
		}
		return d;
	}

	private ChartDocument trend(TermOf of, Metric metric, Locale locale, ChartTheme theme, TrendQueries.Grain grain,
			TrendChart.AxisStart axis) throws SQLException {
		TrendChart.Request request = new TrendChart.Request(List.of(of.committee().code()), metric, locale, theme,
				new TrendChart.Options(grain, false, TrendChart.Structure.THEN, axis));
		TrendChart.Data all = TrendChart.query(new FigureQueries(warehouse.getObject()), request);
		List<TrendChart.Line> lines = all.lines().stream()
			.map(l -> new TrendChart.Line(l.code(), l.name(), l.role(),
					l.values().stream().filter(v -> inTerm(v, metric, of.term())).toList()))
			.toList();
		TrendChart.Data data = new TrendChart.Data(lines, List.of(of.term()), all.derived());
		ChartDocument d = TrendChart.document(data, request);
		// The pack's caption names the term; it keeps the chart's notes (axis not from zero, totals from parts).
		String label = "en".equals(locale.getLanguage()) ? metric.labelEn() : metric.labelVi();
		String caption = Texts.get(locale, "pack.trend.caption", label, dash(of.term()));
		List<String> notes = TrendChart.notes(data, request);
		if (!notes.isEmpty()) {
			caption = Texts.get(locale, "restated.caption", caption, String.join("; ", notes));
		}
		return new ChartDocument(d.chart(), d.table(), caption, d.source());
	}

	/** Whether a window's value counts in the term: a flow by its window's middle, a stock by the window's end. */
	static boolean inTerm(TrendQueries.PeriodValue v, Metric metric, Term term) {
		LocalDate start = v.half() == 2 ? LocalDate.of(v.year(), 7, 1) : LocalDate.of(v.year(), 1, 1);
		LocalDate end = v.half() == 1 ? LocalDate.of(v.year(), 6, 30) : LocalDate.of(v.year(), 12, 31);
		LocalDate day = metric.kind() == Metric.Kind.FLOW ? start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) / 2)
				: end;
		return !day.isBefore(term.start()) && !day.isAfter(term.end());
	}

	/** Whether a trend document has any figure. */
	public static boolean hasFigures(ChartDocument d) {
		return d.table().rows().stream().anyMatch(r -> r.stream().skip(1).anyMatch(v -> v != null));
	}

	/**
	 * The term's targets against what was achieved — the Targets screen's chart ({@link TargetChart}),
	 * captioned "Mức đạt các chỉ tiêu nghị quyết, nhiệm kỳ 2015–2020"; its table without the
	 * screen's key column (a document's reader needs the labels, not the codes).
	 */
	public ChartDocument attainment(TermOf of, Locale locale, ChartTheme theme) throws SQLException {
		Warehouse w = warehouse.getObject();
		MetricCatalog catalog;
		try (DuckDBConnection c = w.connection()) {
			catalog = MetricCatalog.load(c);
		}
		TargetChart.Request request = new TargetChart.Request(of.committee().code(), of.term().label(), locale, theme);
		return TargetChart.forReaders(TargetChart.document(TargetChart.query(new FigureQueries(w), catalog, request), request))
			.withCaption(Texts.get(locale, "pack.targets.caption", dash(of.term())));
	}

	/** "2015–2020", with an en dash as printed text writes a range. */
	static String dash(Term term) {
		return term.label().replace('-', '–');
	}

	/** The first value of a filter, or a Vietnamese message naming the missing filter. */
	static String required(Map<String, List<String>> filters, String name, String what) {
		return filters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Thiếu " + what + " (" + name + "=…)"));
	}
}
