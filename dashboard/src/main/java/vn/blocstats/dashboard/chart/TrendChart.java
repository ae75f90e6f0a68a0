package vn.blocstats.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.figures.TrendQueries;
import vn.blocstats.warehouse.figures.TrendQueries.Basis;
import vn.blocstats.warehouse.figures.TrendQueries.Link;
import vn.blocstats.warehouse.figures.TrendQueries.PeriodValue;
import vn.blocstats.warehouse.metric.Metric;

/**
 * The trend chart: one metric, by year or by half-year, for one or more committees, across terms —
 * each term a band, each congress a marker with its number and date — optionally per 100 members,
 * and across the 2025 reorganisation either as structured at the time, restated to today's
 * structure (a committee that ended followed into its successors) or with today's committee's
 * predecessors as dashed lines; every restated series carries a note (subtitle, legend, caption).
 * One definition in steps (query → dataset → chart), rendered by {@link ChartRenderer} for the
 * screen and for documents.
 */
public final class TrendChart {

	/**
	 * Which structure the series follow across the 2025 reorganisation.
	 * <ul>
	 * <li>{@link #THEN}: units where they stood at the time (the views' default);</li>
	 * <li>{@link #TODAY}: restated to today's structure — a committee of today with the past figures of
	 * its units; a committee that ended as it was, followed by the restated series of its successors;</li>
	 * <li>{@link #PREDECESSORS}: a committee as it was, with the committees it took over as they were
	 * (dashed).</li>
	 * </ul>
	 */
	public enum Structure {
		THEN, TODAY, PREDECESSORS
	}

	/**
	 * Where the value axis starts: at zero (the default, as a bar chart always does), or near the data
	 * — for values far from zero, whose changes a zero-based axis flattens; the chart then says that
	 * its axis does not start at zero, in a note under its title and in its caption.
	 */
	public enum AxisStart {
		ZERO, DATA;

		/** {@code zero} or {@code data} (a request's {@code axis=}); anything else is a Vietnamese error naming the choices. */
		public static AxisStart of(String value) {
			return switch (value) {
				case "zero" -> ZERO;
				case "data" -> DATA;
				default -> throw new IllegalArgumentException("Không hiểu axis=“" + value + "”: dùng zero, data");
			};
		}
	}

	/** How the series are drawn: windows, per 100 members (flows only), structure, where the value axis starts. */
	public record Options(TrendQueries.Grain grain, boolean per100, Structure structure, AxisStart axis) {

		/** By year, absolute, as structured at the time, the axis from zero. */
		public static final Options DEFAULT = new Options(TrendQueries.Grain.YEAR, false, Structure.THEN);

		public Options {
			java.util.Objects.requireNonNull(grain);
			java.util.Objects.requireNonNull(structure);
			java.util.Objects.requireNonNull(axis);
		}

		/** The value axis from zero. */
		public Options(TrendQueries.Grain grain, boolean per100, Structure structure) {
			this(grain, per100, structure, AxisStart.ZERO);
		}
	}

	/**
	 * What to draw.
	 *
	 * @param committees committee codes; their terms give the bands (earliest first where they overlap)
	 * @param metric the metric
	 */
	public record Request(List<String> committees, Metric metric, Locale locale, ChartTheme theme, Options options) {

		/** By year, absolute, as structured at the time. */
		public Request(List<String> committees, Metric metric, Locale locale, ChartTheme theme) {
			this(committees, metric, locale, theme, Options.DEFAULT);
		}

		/** Per 100 members applies to flows only (a stock or an indicator is drawn as it is). */
		boolean per100() {
			return options.per100() && metric.kind() == Metric.Kind.FLOW;
		}
	}

	/** What a line stands for: a committee as structured then, restated to today's structure, or a predecessor as it was. */
	public enum Role {
		AS_THEN, RESTATED, PREDECESSOR
	}

	/**
	 * One line of the chart.
	 *
	 * @param name the unit's name (the legend adds what the role says)
	 */
	public record Line(String code, String name, Role role, List<PeriodValue> values) {
	}

	/**
	 * The figures a trend chart draws.
	 *
	 * @param derived a value drawn includes a total derived from its parts (the chart says so)
	 */
	public record Data(List<Line> lines, List<Term> terms, boolean derived) {

		/** Figures as reported (no total derived from its parts). */
		public Data(List<Line> lines, List<Term> terms) {
			this(lines, terms, false);
		}

		/** True when a line is restated to today's structure (the chart and its caption then say so). */
		public boolean restated() {
			return lines.stream().anyMatch(l -> l.role() == Role.RESTATED);
		}

		/** True when a restated value holds a committee-level figure shared out by succession weights. */
		public boolean estimated() {
			return lines.stream().flatMap(l -> l.values().stream()).anyMatch(PeriodValue::estimated);
		}

		/** True when predecessors are drawn (dashed). */
		public boolean predecessors() {
			return lines.stream().anyMatch(l -> l.role() == Role.PREDECESSOR);
		}
	}

	private TrendChart() {
	}

	/** Step 1: the query. */
	public static Data query(FigureQueries queries, Request request) throws SQLException {
		TrendQueries trends = queries.trends();
		Options o = request.options();
		String metric = request.metric().code();
		boolean per100 = request.per100();
		java.util.LinkedHashMap<String, Line> lines = new java.util.LinkedHashMap<>();
		// the bands: the terms of every committee drawn (and of those they are followed into or come from)
		java.util.Set<String> termSources = new java.util.TreeSet<>();
		for (String committee : request.committees()) {
			String name = trends.latestName(committee).orElse(committee);
			termSources.add(committee);
			boolean current = trends.current(committee);
			if (o.structure() == Structure.TODAY && current) {
				add(lines, new Line(committee, name, Role.RESTATED, trends.series(committee, metric, o.grain(), Basis.TODAY, per100)));
				trends.predecessors(committee).forEach(p -> termSources.add(p.code()));
				continue;
			}
			add(lines, new Line(committee, name, Role.AS_THEN, trends.series(committee, metric, o.grain(), Basis.THEN, per100)));
			if (o.structure() == Structure.TODAY) {
				for (Link s : trends.successors(committee)) {
					List<PeriodValue> values = trends.series(s.code(), metric, o.grain(), Basis.TODAY, per100);
					if (!values.isEmpty()) {
						add(lines, new Line(s.code(), s.name(), Role.RESTATED, values));
						termSources.add(s.code());
					}
				}
			}
			else if (o.structure() == Structure.PREDECESSORS) {
				for (Link p : trends.predecessors(committee)) {
					List<PeriodValue> values = trends.series(p.code(), metric, o.grain(), Basis.THEN, per100);
					if (!values.isEmpty()) {
						add(lines, new Line(p.code(), p.name(), Role.PREDECESSOR, values));
						termSources.add(p.code());
					}
				}
			}
		}
		List<Line> drawn = List.copyOf(lines.values());
		return new Data(drawn, terms(queries, termSources), derived(queries, drawn, metric));
	}

	/** Whether a value drawn includes a total derived from its parts (a restated series: its units of today). */
	private static boolean derived(FigureQueries queries, List<Line> lines, String metric) throws SQLException {
		java.util.Set<String> codes = new java.util.LinkedHashSet<>();
		LocalDate from = null;
		LocalDate to = null;
		for (Line line : lines) {
			if (line.values().isEmpty()) {
				continue;
			}
			codes.add(line.code());
			for (PeriodValue v : line.values()) {
				LocalDate start = LocalDate.of(v.year(), v.half() == 2 ? 7 : 1, 1);
				LocalDate end = LocalDate.of(v.year(), v.half() == 1 ? 6 : 12, v.half() == 1 ? 30 : 31);
				from = from == null || start.isBefore(from) ? start : from;
				to = to == null || end.isAfter(to) ? end : to;
			}
		}
		return from != null && queries.derivedFromParts(codes, metric, from, to);
	}

	private static void add(java.util.Map<String, Line> lines, Line line) {
		lines.putIfAbsent(line.code() + "|" + line.role(), line);
	}

	/**
	 * The bands: the terms of every committee in {@code sources}, earliest first (ties by committee
	 * code), each as far as it does not overlap a term already taken — the same bands whatever order
	 * the committees were chosen in. Committees hold their congresses on different days: of five
	 * blocs' 2020–2025 terms the one that began first gives the band and the congress marker.
	 */
	static List<Term> terms(FigureQueries queries, java.util.Collection<String> sources) throws SQLException {
		List<Term> all = new ArrayList<>();
		for (String code : sources) {
			all.addAll(queries.terms(code));
		}
		all.sort(java.util.Comparator.comparing(Term::start).thenComparing(Term::committeeCode));
		List<Term> out = new ArrayList<>();
		for (Term t : all) {
			if (out.stream().noneMatch(x -> !x.end().isBefore(t.start()) && !t.end().isBefore(x.start()))) {
				out.add(t);
			}
		}
		return List.copyOf(out);
	}

	/** Step 2: the dataset (x = the window's middle on the year axis, y = value; one series per line). */
	static XYSeriesCollection dataset(Data data, Locale locale) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (Line line : data.lines()) {
			XYSeries xy = new XYSeries(legend(line, locale), true, false);
			for (PeriodValue v : line.values()) {
				xy.add(v.position(), v.value());
			}
			dataset.addSeries(xy);
		}
		return dataset;
	}

	/** A line's legend: the unit's name, marked when restated or a predecessor. */
	static String legend(Line line, Locale locale) {
		return switch (line.role()) {
			case AS_THEN -> line.name();
			case RESTATED -> Texts.get(locale, "restated.legend", line.name());
			case PREDECESSOR -> Texts.get(locale, "restated.predecessor.legend", line.name());
		};
	}

	/** The metric's label in the locale's language, "per 100 members" added when asked for. */
	static String title(Request request) {
		Locale locale = request.locale();
		String label = english(locale) ? request.metric().labelEn() : request.metric().labelVi();
		return request.per100() ? Texts.get(locale, "trends.per100.title", label) : label;
	}

	/**
	 * The notes a chart carries, in the subtitle and the caption: restated series, predecessors,
	 * derived totals, a value axis not starting at zero (empty otherwise).
	 */
	public static List<String> notes(Data data, Request request) {
		Locale locale = request.locale();
		List<String> notes = new ArrayList<>();
		if (request.options().axis() == AxisStart.DATA) {
			notes.add(Texts.get(locale, "chart.axis.notZero"));
		}
		if (data.restated()) {
			notes.add(Texts.get(locale, "restated.note"));
		}
		if (data.estimated()) {
			notes.add(Texts.get(locale, "restated.estimated"));
		}
		if (data.predecessors()) {
			notes.add(Texts.get(locale, "restated.predecessor.note"));
		}
		if (data.derived()) {
			notes.add(Texts.get(locale, "chart.derived.note"));
		}
		return List.copyOf(notes);
	}

	/** Step 3: the chart, themed. */
	public static JFreeChart create(Data data, Request request) {
		Locale locale = request.locale();
		ChartTheme theme = request.theme();
		XYSeriesCollection dataset = dataset(data, locale);

		NumberAxis years = new NumberAxis(Texts.get(locale, "chart.axis.year"));
		// whole years, as many as there is room for (every second or fifth year on a narrow chart)
		org.jfree.chart.axis.TickUnits yearUnits = new org.jfree.chart.axis.TickUnits();
		for (int step : new int[] { 1, 2, 5, 10, 20, 50 }) {
			yearUnits.add(new NumberTickUnit(step, plainYears()));
		}
		years.setStandardTickUnits(yearUnits);
		years.setAutoRangeIncludesZero(false);
		String unit = Texts.unit(locale, request.metric().unitVi());
		TermStrip.Axis values = new TermStrip.Axis(request.per100() ? Texts.get(locale, "trends.per100.axis", unit) : unit);
		values.setNumberFormatOverride(VietFormat.numberFormat(request.per100() ? 2 : 1, locale));
		values.setAutoRangeIncludesZero(request.options().axis() == AxisStart.ZERO);
		if (request.options().axis() == AxisStart.DATA) {
			// near the data, over at least a tenth of the largest value: a change of a few is not drawn as a cliff
			double largest = 0;
			for (int i = 0; i < dataset.getSeriesCount(); i++) {
				for (int j = 0; j < dataset.getItemCount(i); j++) {
					largest = Math.max(largest, Math.abs(dataset.getYValue(i, j)));
				}
			}
			values.setAutoRangeMinimumSize(Math.max(1, largest / 10));
		}

		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		// "Đảng bộ X · 6 tháng đầu năm 2010: 1.200": the point's own window, as the table below the chart names it
		java.text.NumberFormat tipNumber = VietFormat.numberFormat(request.per100() ? 2 : 1, locale);
		renderer.setDefaultToolTipGenerator((xy, series, item) -> {
			double x = xy.getXValue(series, item);
			String window = data.lines().get(series).values().stream().filter(v -> v.position() == x).findFirst()
				.map(v -> periodLabel(v, locale)).orElse(plainYears().format(x));
			return xy.getSeriesKey(series) + " · " + window + ": " + tipNumber.format(xy.getYValue(series, item));
		});

		XYPlot plot = new XYPlot(dataset, years, values, renderer);
		plot.setDomainGridlinesVisible(false);
		values.strip(markTerms(plot, data.terms(), dataset, theme, locale));

		JFreeChart chart = new JFreeChart(title(request), ChartFonts.font(theme.serif(), true, 17f), plot,
				dataset.getSeriesCount() > 1);
		theme.apply(chart);
		// After the theme: it would reset what the renderer was given before.
		for (int i = 0; i < dataset.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, theme.seriesColor(i));
			renderer.setSeriesStroke(i, data.lines().get(i).role() == Role.PREDECESSOR ? predecessorStroke() : theme.seriesStroke(i));
			renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
			// a committee chosen without a figure in this view keeps its name in the subtitle, not a legend entry with no line
			renderer.setSeriesVisibleInLegend(i, !data.lines().get(i).values().isEmpty());
		}
		chart.addSubtitle(subtitle(subtitle(data, request), theme, theme.secondaryText(), false));
		for (String note : notes(data, request)) {
			chart.addSubtitle(subtitle(note, theme, theme.text(), true));
		}
		if (dataset.getSeriesCount() == 0 || (dataset.getItemCount(0) == 0 && dataset.getSeriesCount() <= 1)) {
			plot.setNoDataMessage(Texts.get(locale, "chart.noData"));
		}
		return chart;
	}

	/** A dashed line for a predecessor as it was structured. */
	private static java.awt.Stroke predecessorStroke() {
		return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 7f, 5f }, 0f);
	}

	private static TextTitle subtitle(String text, ChartTheme theme, Color paint, boolean italic) {
		java.awt.Font font = ChartFonts.font(theme.serif(), false, 12f);
		return new TextTitle(text, italic ? font.deriveFont(java.awt.Font.ITALIC) : font, paint,
				org.jfree.chart.ui.RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
				org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(0, 0, 4, 0));
	}

	/**
	 * The chart as a document: the chart, its figures as a table (a row per year or half-year, a
	 * column per line), the caption ("Kết nạp đảng viên mới, 2010–2025", with the restatement note
	 * when a line is restated) and the source (the committees).
	 */
	public static ChartDocument document(Data data, Request request) {
		Locale locale = request.locale();
		Metric metric = request.metric();
		DataTable.Kind kind = "%".equals(metric.unitVi()) ? DataTable.Kind.PERCENT
				: metric.kind() == Metric.Kind.INDICATOR || request.per100() || data.estimated() ? DataTable.Kind.DECIMAL
						: DataTable.Kind.COUNT;
		boolean half = request.options().grain() == TrendQueries.Grain.HALF;
		List<DataTable.Column> columns = new ArrayList<>();
		columns.add(new DataTable.Column(Texts.get(locale, half ? "trends.period" : "chart.axis.year"), DataTable.Kind.TEXT));
		java.util.SortedMap<Double, PeriodValue> periods = new java.util.TreeMap<>();
		List<java.util.Map<Double, Double>> byPeriod = new ArrayList<>();
		for (Line line : data.lines()) {
			columns.add(new DataTable.Column(legend(line, locale), kind));
			java.util.Map<Double, Double> values = new java.util.HashMap<>();
			for (PeriodValue v : line.values()) {
				values.put(v.position(), v.value());
				periods.put(v.position(), v);
			}
			byPeriod.add(values);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (var p : periods.entrySet()) {
			List<Object> row = new ArrayList<>();
			row.add(periodLabel(p.getValue(), locale));
			for (java.util.Map<Double, Double> values : byPeriod) {
				row.add(values.get(p.getKey()));
			}
			rows.add(row);
		}
		String label = title(request);
		String caption = periods.isEmpty() ? label
				: Texts.get(locale, "chart.trend.caption", label, Integer.toString(periods.get(periods.firstKey()).year()),
						Integer.toString(periods.get(periods.lastKey()).year()));
		List<String> notes = notes(data, request);
		if (!notes.isEmpty()) {
			caption = Texts.get(locale, "restated.caption", caption, String.join("; ", notes));
		}
		String source = String.join("; ", data.lines().stream().map(Line::name).distinct().toList());
		return new ChartDocument(create(data, request), new DataTable(columns, rows), caption, source);
	}

	/** A window's label: "2020", or "6 tháng đầu năm 2020" / "H1 2020". */
	public static String periodLabel(PeriodValue v, Locale locale) {
		return v.half() == 0 ? Integer.toString(v.year()) : Texts.get(locale, "trends.half." + v.half(), Integer.toString(v.year()));
	}

	private static boolean english(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	private static java.text.NumberFormat plainYears() {
		java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(Locale.ROOT);
		f.setGroupingUsed(false);
		return f;
	}

	private static String subtitle(Data data, Request request) {
		List<String> names = data.lines().stream().filter(l -> l.role() != Role.PREDECESSOR).map(Line::name).distinct().toList();
		String key = request.options().grain() == TrendQueries.Grain.HALF ? "trends.subtitle.half" : "chart.trend.subtitle";
		return Texts.get(request.locale(), key, String.join(", ", names));
	}

	/**
	 * Alternate term bands and a marker at each congress, within the years shown; their labels in a
	 * {@link TermStrip} at the top of the plot (returned; null without terms).
	 */
	private static TermStrip markTerms(XYPlot plot, List<Term> terms, XYSeriesCollection dataset, ChartTheme theme, Locale locale) {
		if (terms.isEmpty() || dataset.getSeriesCount() == 0) {
			return null;
		}
		double lo = dataset.getDomainLowerBound(false);
		double hi = dataset.getDomainUpperBound(false);
		if (Double.isNaN(lo)) {
			return null;
		}
		List<TermStrip.Band> bands = new ArrayList<>();
		List<TermStrip.Congress> congresses = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			Term t = terms.get(i);
			double from = Math.max(yearPosition(t.start()), lo - 0.5);
			double to = Math.min(yearPosition(t.end()), hi + 0.5);
			if (to <= from) {
				continue;
			}
			if (i % 2 == 0) {
				IntervalMarker band = new IntervalMarker(from, to, theme.termBand());
				band.setAlpha(1f);
				plot.addDomainMarker(band, Layer.BACKGROUND);
			}
			String years = t.label().replace('-', '–');
			bands.add(new TermStrip.Band(from, to, List.of(Texts.get(locale, "chart.term", years), years)));
			double congress = yearPosition(t.start());
			if (congress >= lo - 0.5 && congress <= hi + 0.5) {
				ValueMarker m = new ValueMarker(congress, theme.secondaryText(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
				plot.addDomainMarker(m, Layer.FOREGROUND);
				String number = Texts.roman(t.congressNumber());
				congresses.add(new TermStrip.Congress(congress, List.of(
						Texts.get(locale, "chart.congress", number, VietFormat.date(t.start(), locale)),
						Texts.get(locale, "chart.congress.short", number))));
			}
		}
		TermStrip strip = new TermStrip(bands, congresses, ChartFonts.font(theme.serif(), false, 10.5f), theme.secondaryText());
		plot.addAnnotation(strip);
		return strip;
	}

	/** A date as a position on the year axis: a year's value is drawn at the year (its middle). */
	static double yearPosition(LocalDate d) {
		return d.getYear() - 0.5 + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
	}
}
