package vn.blocstats.dashboard.chart;

import java.awt.Color;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Unit;
import vn.blocstats.warehouse.metric.Metric;

/**
 * The compare chart: one metric for several committees, or for the units of one node, side by
 * side over a term or a year — a horizontal bar per unit, largest first, its value at the bar's
 * end. One definition in steps (query → dataset → chart → document), rendered by
 * {@link ChartRenderer}; the figures table of its {@link #document} is the screen's sortable table.
 */
public final class CompareChart {

	/** The window compared: a term by its label ("2015-2020"), or a calendar year. Exactly one is set. */
	public record Window(String term, Integer year) {

		public Window {
			if ((term == null) == (year == null)) {
				throw new IllegalArgumentException("A term or a year, not both");
			}
		}

		public static Window ofTerm(String term) {
			return new Window(term, null);
		}

		public static Window ofYear(int year) {
			return new Window(null, year);
		}

		/** "nhiệm kỳ 2015–2020", "năm 2021". */
		public String label(Locale locale) {
			return term != null ? Texts.get(locale, "compare.chart.term", term.replace('-', '–'))
					: Texts.get(locale, "compare.chart.year", Integer.toString(year));
		}
	}

	/**
	 * What to draw.
	 *
	 * @param units the units compared, as the chart names them
	 * @param committee for a term: the committee whose term it is when the units are below it
	 *        (their figures over its term); null when the units are committees (each over its own
	 *        term of that label)
	 * @param scope who is compared, for the subtitle and the source line ("Các đơn vị của Đảng bộ Khối …")
	 */
	public record Request(List<Unit> units, String committee, Window window, Metric metric, String scope, Locale locale,
			ChartTheme theme) {
	}

	/** One unit's figure, and its members in the same window (for per-100-members; null when unknown). */
	public record Item(String code, String name, Double value, Double members) {
	}

	/** The figures a compare chart draws, in the order drawn (largest first, units without a figure last by code). */
	public record Data(List<Item> items, boolean derived) {

		/** Figures as reported (no total derived from its parts). */
		public Data(List<Item> items) {
			this(items, false);
		}
	}

	private static final String MEMBERS = "members_total";

	private CompareChart() {
	}

	/** Step 1: the query. */
	public static Data query(FigureQueries queries, Request request) throws SQLException {
		List<String> codes = request.units().stream().map(Unit::code).toList();
		Window w = request.window();
		String metric = request.metric().code();
		Map<String, Double> values;
		Map<String, Double> members;
		if (w.year() != null) {
			values = queries.yearFigures(w.year(), metric, codes);
			members = queries.yearFigures(w.year(), MEMBERS, codes);
		}
		else if (request.committee() == null) {
			values = queries.termFigures(w.term(), metric, codes);
			members = queries.termFigures(w.term(), MEMBERS, codes);
		}
		else {
			values = queries.unitTermFigures(request.committee(), w.term(), metric, codes);
			members = queries.unitTermFigures(request.committee(), w.term(), MEMBERS, codes);
		}
		List<Item> items = new ArrayList<>();
		for (Unit u : request.units()) {
			items.add(new Item(u.code(), u.name(), values.get(u.code()), members.get(u.code())));
		}
		items.sort(Comparator.comparing((Item i) -> i.value() == null).thenComparing(i -> i.value() == null ? 0 : -i.value())
			.thenComparing(Item::code));
		return new Data(List.copyOf(items), derived(queries, request, codes));
	}

	/**
	 * Whether a figure compared includes a total derived from its parts: a year's dates, or the term's
	 * (the committee's own term, or every term of that label when committees are compared).
	 */
	private static boolean derived(FigureQueries queries, Request request, List<String> codes) throws SQLException {
		Window w = request.window();
		if (w.year() != null) {
			return queries.derivedFromParts(codes, request.metric().code(), java.time.LocalDate.of(w.year(), 1, 1),
					java.time.LocalDate.of(w.year(), 12, 31));
		}
		List<FigureQueries.Term> terms = (request.committee() == null ? queries.allTerms() : queries.terms(request.committee()))
			.stream().filter(t -> t.label().equals(w.term())).toList();
		if (terms.isEmpty()) {
			return false;
		}
		java.time.LocalDate from = terms.stream().map(FigureQueries.Term::start).min(java.time.LocalDate::compareTo).orElseThrow();
		java.time.LocalDate to = terms.stream().map(FigureQueries.Term::end).max(java.time.LocalDate::compareTo).orElseThrow();
		return queries.derivedFromParts(codes, request.metric().code(), from, to);
	}

	/** Step 2: the dataset (one series, a category per unit with a figure, keyed by its code). */
	static DefaultCategoryDataset dataset(Data data, Request request) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Item i : data.items()) {
			if (i.value() != null) {
				dataset.addValue(i.value(), label(request.metric(), request.locale()), new ItemKey(i.code(), i.name()));
			}
		}
		return dataset;
	}

	/** The height in user units that gives every bar room for its label: {@code 22} per bar and the frame. */
	public static int height(Data data) {
		long bars = data.items().stream().filter(i -> i.value() != null).count();
		return (int) Math.max(320, 130 + 22 * bars);
	}

	/** Step 3: the chart, themed. */
	public static JFreeChart create(Data data, Request request) {
		Locale locale = request.locale();
		ChartTheme theme = request.theme();
		Metric metric = request.metric();
		DefaultCategoryDataset dataset = dataset(data, request);
		java.text.NumberFormat numbers = VietFormat.numberFormat(metric.kind() == Metric.Kind.INDICATOR ? 1 : 0, locale);

		CategoryAxis units = new WordCategoryAxis();
		units.setMaximumCategoryLabelWidthRatio(0.45f);
		units.setCategoryMargin(0.25);
		units.setLowerMargin(0.01);
		units.setUpperMargin(0.01);
		NumberAxis values = new NumberAxis(Texts.unit(locale, metric.unitVi()));
		values.setNumberFormatOverride(VietFormat.numberFormat(1, locale));
		values.setAutoRangeIncludesZero(true);
		values.setUpperMargin(0.12);

		BarRenderer renderer = new BarRenderer();
		String window = request.window().label(locale);
		renderer.setDefaultToolTipGenerator((ds, row, column) -> ds.getColumnKey(column) + " · " + window + ": "
				+ numbers.format(ds.getValue(row, column)));
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemMargin(0);
		renderer.setMaximumBarWidth(0.9);

		CategoryPlot plot = new CategoryPlot(dataset, units, values, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(true);
		plot.setNoDataMessage(Texts.get(locale, "chart.noData"));

		JFreeChart chart = new JFreeChart(label(metric, locale) + ", " + window, ChartFonts.font(theme.serif(), true, 17f), plot,
				false);
		theme.apply(chart);
		// After the theme: it would reset what the renderer was given before.
		renderer.setSeriesPaint(0, theme.seriesColor(0));
		renderer.setDefaultItemLabelFont(ChartFonts.font(theme.serif(), false, 11f));
		renderer.setDefaultItemLabelPaint(theme.text());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		units.setTickLabelFont(ChartFonts.font(theme.serif(), false, 11f));
		// room between a unit's name and its bar: a browser's text may run a little wider than Java's
		units.setTickLabelInsets(new RectangleInsets(2, 4, 2, 12));
		chart.addSubtitle(new TextTitle(request.scope(), ChartFonts.font(theme.serif(), false, 12f), theme.secondaryText(),
				RectangleEdge.TOP, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, new RectangleInsets(0, 0, 6, 0)));
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * The chart as a document: the chart and its figures as a table — code, unit, the figure, its
	 * share of the total (counts only) and per 100 members of the same window (flows only) — in the
	 * chart's order; caption "Kết nạp đảng viên mới, nhiệm kỳ 2015–2020"; source: who is compared.
	 */
	public static ChartDocument document(Data data, Request request) {
		Locale locale = request.locale();
		Metric metric = request.metric();
		boolean indicator = metric.kind() == Metric.Kind.INDICATOR;
		boolean flow = metric.kind() == Metric.Kind.FLOW;
		List<DataTable.Column> columns = new ArrayList<>();
		columns.add(new DataTable.Column(Texts.get(locale, "compare.chart.code"), DataTable.Kind.TEXT));
		columns.add(new DataTable.Column(Texts.get(locale, "compare.chart.unit"), DataTable.Kind.TEXT));
		columns.add(new DataTable.Column(label(metric, locale),
				metric.isShare() ? DataTable.Kind.PERCENT : indicator ? DataTable.Kind.DECIMAL : DataTable.Kind.COUNT));
		if (!indicator) {
			columns.add(new DataTable.Column(Texts.get(locale, "compare.chart.share"), DataTable.Kind.PERCENT));
		}
		if (flow) {
			columns.add(new DataTable.Column(Texts.get(locale, "compare.chart.per100"), DataTable.Kind.DECIMAL));
		}
		double total = data.items().stream().filter(i -> i.value() != null).mapToDouble(Item::value).sum();
		List<List<Object>> rows = new ArrayList<>();
		for (Item i : data.items()) {
			List<Object> row = new ArrayList<>();
			row.add(i.code());
			row.add(i.name());
			row.add(i.value());
			if (!indicator) {
				row.add(i.value() == null || total == 0 ? null : 100 * i.value() / total);
			}
			if (flow) {
				row.add(i.value() == null || i.members() == null || i.members() <= 0 ? null : 100 * i.value() / i.members());
			}
			rows.add(row);
		}
		String caption = label(metric, locale) + ", " + request.window().label(locale);
		if (data.derived()) {
			caption = Texts.get(locale, "restated.caption", caption, Texts.get(locale, "chart.derived.note"));
		}
		String full = caption;
		return new ChartDocument(create(data, request), new DataTable(columns, rows), caption, request.scope(),
				(width, height) -> fitted(data, request, full, width, height));
	}

	/** The most bars a chart on a fixed canvas (an export) shows. */
	public static final int PRINT_BARS = 20;

	/**
	 * The chart for a canvas of {@code width} × {@code height}: at most {@link #PRINT_BARS} bars and no
	 * more than have room for their names, the largest first, then — for a count, which adds up — one
	 * bar "Các đơn vị khác" with the sum of the rest when it is no longer than the largest bar, else
	 * that sum in the caption; the caption says so ("20 đơn vị cao nhất / 159", "17 đơn vị cao nhất /
	 * 130; 113 đơn vị khác: 1.434").
	 * The table stays whole.
	 */
	static ChartDocument fitted(Data data, Request request, String caption, double width, double height) {
		Locale locale = request.locale();
		List<Item> drawn = data.items().stream().filter(i -> i.value() != null).toList();
		boolean additive = request.metric().kind() != Metric.Kind.INDICATOR;
		double row = 11 * ChartFit.scale(width, height) * 1.45;
		int n = Math.min(PRINT_BARS, drawn.size());
		JFreeChart chart = null;
		boolean others = false;
		for (int attempt = 0; attempt < 5; attempt++) {
			// The rest as one bar only when it does not dwarf the units drawn (119 units summing to 1.434 against a
			// top of 49 would squash every bar into a sliver): otherwise the caption gives it.
			others = additive && n < drawn.size() && rest(drawn, n) <= drawn.get(0).value();
			chart = create(top(data, drawn, n, others, locale), request);
			ChartFit.apply(chart, width, height);
			double room = ChartFit.dataArea(chart, width, height).getHeight();
			int bars = n + (others ? 1 : 0);
			if (bars <= 1 || room / bars >= row) {
				break;
			}
			n = Math.max(1, Math.min(n - 1, (int) Math.floor(room / row) - (additive ? 1 : 0)));
		}
		String text = n >= drawn.size() ? caption
				: additive && !others ? Texts.get(locale, "compare.chart.top.rest.caption", caption, Integer.toString(n),
						Integer.toString(drawn.size()), Integer.toString(drawn.size() - n), VietFormat.count(rest(drawn, n), locale))
				: Texts.get(locale, "compare.chart.top.caption", caption, Integer.toString(n), Integer.toString(drawn.size()));
		return new ChartDocument(chart, new DataTable(List.of(), List.of()), text, request.scope());
	}

	/** The sum of the units after the first {@code n}. */
	private static double rest(List<Item> drawn, int n) {
		return drawn.subList(n, drawn.size()).stream().mapToDouble(Item::value).sum();
	}

	/** The first {@code n} units with a figure, and the sum of the others as one more ("Các đơn vị khác (139)"). */
	private static Data top(Data data, List<Item> drawn, int n, boolean others, Locale locale) {
		List<Item> items = new ArrayList<>(drawn.subList(0, n));
		if (others) {
			List<Item> rest = drawn.subList(n, drawn.size());
			items.add(new Item("", Texts.get(locale, "compare.chart.others", Integer.toString(rest.size())),
					rest.stream().mapToDouble(Item::value).sum(), null));
		}
		return new Data(List.copyOf(items), data.derived());
	}

	private static String label(Metric metric, Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? metric.labelEn() : metric.labelVi();
	}
}
