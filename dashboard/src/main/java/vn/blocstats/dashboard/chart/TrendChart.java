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
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Series;
import vn.blocstats.warehouse.figures.FigureQueries.Term;
import vn.blocstats.warehouse.metric.Metric;

/**
 * The trend chart: one metric, year by year, for one or more committees, across terms — each
 * term a band, each congress a marker with its number and date. One definition in steps
 * (query → dataset → chart), rendered by {@link ChartRenderer} for the screen and for documents.
 */
public final class TrendChart {

	/**
	 * What to draw.
	 *
	 * @param committees committee codes; the first one's terms give the bands
	 * @param metric the metric
	 */
	public record Request(List<String> committees, Metric metric, Locale locale, ChartTheme theme) {
	}

	/** The figures a trend chart draws. */
	public record Data(List<Series> series, List<Term> terms) {
	}

	private TrendChart() {
	}

	/** Step 1: the query. */
	public static Data query(FigureQueries queries, Request request) throws SQLException {
		List<Series> series = new ArrayList<>();
		for (String committee : request.committees()) {
			series.add(queries.yearSeries(committee, request.metric().code()));
		}
		List<Term> terms = request.committees().isEmpty() ? List.of() : queries.terms(request.committees().getFirst());
		return new Data(List.copyOf(series), terms);
	}

	/** Step 2: the dataset (x = year, y = value; one series per committee). */
	static XYSeriesCollection dataset(Data data) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (Series s : data.series()) {
			XYSeries xy = new XYSeries(s.orgName(), true, false);
			for (FigureQueries.YearValue v : s.values()) {
				xy.add(v.year(), v.value());
			}
			dataset.addSeries(xy);
		}
		return dataset;
	}

	/** Step 3: the chart, themed. */
	public static JFreeChart create(Data data, Request request) {
		Locale locale = request.locale();
		ChartTheme theme = request.theme();
		XYSeriesCollection dataset = dataset(data);

		NumberAxis years = new NumberAxis(Texts.get(locale, "chart.axis.year"));
		years.setTickUnit(new NumberTickUnit(1, plainYears()));
		years.setAutoRangeIncludesZero(false);
		NumberAxis values = new NumberAxis(request.metric().unitVi());
		values.setNumberFormatOverride(VietFormat.numberFormat(1, locale));
		values.setAutoRangeIncludesZero(true);

		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} · {1}: {2}", plainYears(),
				VietFormat.numberFormat(1, locale)));

		XYPlot plot = new XYPlot(dataset, years, values, renderer);
		plot.setDomainGridlinesVisible(false);
		markTerms(plot, data.terms(), dataset, theme, locale);

		JFreeChart chart = new JFreeChart(request.metric().labelVi(), ChartFonts.font(theme.serif(), true, 17f), plot,
				dataset.getSeriesCount() > 1);
		theme.apply(chart);
		// After the theme: it would reset what the renderer was given before.
		for (int i = 0; i < dataset.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, theme.seriesColor(i));
			renderer.setSeriesStroke(i, theme.seriesStroke(i));
			renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
		}
		chart.addSubtitle(new TextTitle(subtitle(data, locale), ChartFonts.font(theme.serif(), false, 12f), theme.secondaryText(),
				org.jfree.chart.ui.RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
				org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(0, 0, 6, 0)));
		if (dataset.getItemCount(0) == 0 && dataset.getSeriesCount() <= 1) {
			plot.setNoDataMessage(Texts.get(locale, "chart.noData"));
		}
		return chart;
	}

	/**
	 * The chart as a document: the chart, its figures as a table (a row per year, a column per
	 * committee), the caption ("Kết nạp đảng viên mới, 2010–2025") and the source (the committees).
	 */
	public static ChartDocument document(Data data, Request request) {
		Locale locale = request.locale();
		Metric metric = request.metric();
		DataTable.Kind kind = "%".equals(metric.unitVi()) ? DataTable.Kind.PERCENT
				: metric.kind() == Metric.Kind.INDICATOR ? DataTable.Kind.DECIMAL : DataTable.Kind.COUNT;
		List<DataTable.Column> columns = new ArrayList<>();
		columns.add(new DataTable.Column(Texts.get(locale, "chart.axis.year"), DataTable.Kind.TEXT));
		java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
		List<java.util.Map<Integer, Double>> byYear = new ArrayList<>();
		for (Series s : data.series()) {
			columns.add(new DataTable.Column(s.orgName(), kind));
			java.util.Map<Integer, Double> values = new java.util.HashMap<>();
			for (FigureQueries.YearValue v : s.values()) {
				values.put(v.year(), v.value());
				years.add(v.year());
			}
			byYear.add(values);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (int year : years) {
			List<Object> row = new ArrayList<>();
			row.add(Integer.toString(year));
			for (java.util.Map<Integer, Double> values : byYear) {
				row.add(values.get(year));
			}
			rows.add(row);
		}
		String label = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? metric.labelEn() : metric.labelVi();
		String caption = years.isEmpty() ? label
				: Texts.get(locale, "chart.trend.caption", label, Integer.toString(years.first()), Integer.toString(years.last()));
		String source = String.join("; ", data.series().stream().map(Series::orgName).toList());
		return new ChartDocument(create(data, request), new DataTable(columns, rows), caption, source);
	}

	private static java.text.NumberFormat plainYears() {
		java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(Locale.ROOT);
		f.setGroupingUsed(false);
		return f;
	}

	private static String subtitle(Data data, Locale locale) {
		List<String> names = data.series().stream().map(Series::orgName).toList();
		return Texts.get(locale, "chart.trend.subtitle", String.join(", ", names));
	}

	/** Alternate term bands and a marker at each congress, within the years shown. */
	private static void markTerms(XYPlot plot, List<Term> terms, XYSeriesCollection dataset, ChartTheme theme, Locale locale) {
		if (terms.isEmpty() || dataset.getSeriesCount() == 0) {
			return;
		}
		double lo = dataset.getDomainLowerBound(false);
		double hi = dataset.getDomainUpperBound(false);
		if (Double.isNaN(lo)) {
			return;
		}
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
			IntervalMarker label = new IntervalMarker(from, to, new Color(0, 0, 0, 0));
			label.setLabel(Texts.get(locale, "chart.term", t.label().replace('-', '–')));
			label.setLabelFont(ChartFonts.font(theme.serif(), false, 11f));
			label.setLabelPaint(theme.secondaryText());
			label.setLabelBackgroundColor(new Color(0, 0, 0, 0));
			label.setLabelAnchor(RectangleAnchor.TOP);
			label.setLabelTextAnchor(TextAnchor.TOP_CENTER);
			plot.addDomainMarker(label, Layer.BACKGROUND);
			double congress = yearPosition(t.start());
			if (congress >= lo - 0.5 && congress <= hi + 0.5) {
				ValueMarker m = new ValueMarker(congress, theme.secondaryText(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
						BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
				m.setLabel(Texts.get(locale, "chart.congress", Texts.roman(t.congressNumber()), VietFormat.date(t.start(), locale)));
				m.setLabelFont(ChartFonts.font(theme.serif(), false, 10f));
				m.setLabelPaint(theme.secondaryText());
				m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
				m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
				m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
				plot.addDomainMarker(m, Layer.FOREGROUND);
			}
		}
	}

	/** A date as a position on the year axis: a year's value is drawn at the year (its middle). */
	static double yearPosition(LocalDate d) {
		return d.getYear() - 0.5 + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
	}
}
