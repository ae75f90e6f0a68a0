package vn.blocstats.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The targets chart: every target of a committee's term as a horizontal bar of its attainment in
 * percent, with the 100 % line; a target met is drawn in the theme's second colour, one missed in
 * its first (the red of Party documents), one without a figure not at all. One definition in steps
 * (query → dataset → chart → document); the document's table is the targets screen's grid.
 */
public final class TargetChart {

	/** What to draw: a committee's term. */
	public record Request(String committee, String term, Locale locale, ChartTheme theme) {
	}

	/** The targets with their attainment, the catalog's labels for them, and the committee's name. */
	public record Data(List<Attainment> attainments, MetricCatalog catalog, String committeeName, java.util.Set<String> derived) {

		/** Targets whose figures are all as reported. */
		public Data(List<Attainment> attainments, MetricCatalog catalog, String committeeName) {
			this(attainments, catalog, committeeName, java.util.Set.of());
		}

		/** Whether the figure judged includes a total derived from its parts. */
		public boolean derived(Attainment a) {
			return derived.contains(key(a));
		}
	}

	/** A target's result: exceeded, met, not met, or no figure yet. */
	public enum Status {
		EXCEEDED, MET, NOT_MET, NO_DATA;

		public static Status of(Attainment a) {
			if (a.met() == null) {
				return NO_DATA;
			}
			return a.exceeded() ? EXCEEDED : a.met() ? MET : NOT_MET;
		}

		/** "vượt", "đạt", "không đạt", "chưa có số liệu". */
		public String label(Locale locale) {
			return Texts.get(locale, "targets.chart.status." + name().toLowerCase(Locale.ROOT));
		}
	}

	private TargetChart() {
	}

	/** Step 1: the query. */
	public static Data query(FigureQueries queries, MetricCatalog catalog, Request request) throws SQLException {
		List<Attainment> attainments = queries.attainments(request.committee(), request.term());
		String name = queries.terms(request.committee()).stream().filter(t -> t.label().equals(request.term())).findFirst()
			.flatMap(t -> {
				try {
					return queries.unitName(request.committee(), t.end());
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			})
			.orElse(request.committee());
		java.util.Set<String> derived = new java.util.HashSet<>();
		for (Attainment a : attainments) {
			if (a.how().dataStart() != null && queries.derivedFromParts(List.of(request.committee()), counted(a.metric()),
					a.how().dataStart(), a.how().dataEnd())) {
				derived.add(key(a));
			}
		}
		return new Data(attainments, catalog, name, java.util.Set.copyOf(derived));
	}

	/** The metric whose reported figures make a target's: a share's number assessed, else the metric itself. */
	private static String counted(String metric) {
		return metric.startsWith("share_orgs_") ? "orgs_assessed" : metric.startsWith("share_members_") ? "members_assessed" : metric;
	}

	/** The row label of a target: "Kết nạp đảng viên mới (cả nhiệm kỳ, nghị quyết)". */
	public static String rowLabel(Data data, Attainment a, Locale locale) {
		return Texts.get(locale, "targets.chart.row", metricLabel(data, a, locale), kindLabel(a, locale), sourceLabel(a, locale));
	}

	/** The key of a target in the chart and its table: metric|kind|source. */
	public static String key(Attainment a) {
		return a.metric() + "|" + a.targetKind() + "|" + a.source();
	}

	/** Step 2: the dataset (one series; a category per target with a figure). */
	static DefaultCategoryDataset dataset(Data data, Request request) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Attainment a : data.attainments()) {
			if (a.attainmentPct() != null) {
				dataset.addValue(a.attainmentPct(), Texts.get(request.locale(), "targets.chart.attainment"),
						new ItemKey(key(a), rowLabel(data, a, request.locale())));
			}
		}
		return dataset;
	}

	/** The height in user units that gives every bar room for its label. */
	public static int height(Data data) {
		long bars = data.attainments().stream().filter(a -> a.attainmentPct() != null).count();
		return (int) Math.max(320, 130 + 30 * bars);
	}

	/** Step 3: the chart, themed. */
	public static JFreeChart create(Data data, Request request) {
		Locale locale = request.locale();
		ChartTheme theme = request.theme();
		DefaultCategoryDataset dataset = dataset(data, request);
		List<Attainment> drawn = data.attainments().stream().filter(a -> a.attainmentPct() != null).toList();

		CategoryAxis targets = new WordCategoryAxis();
		// as the compare chart: the plot keeps more than a third of a text-width canvas even with three long English names
		targets.setMaximumCategoryLabelWidthRatio(0.45f);
		targets.setCategoryMargin(0.3);
		NumberAxis values = new NumberAxis(Texts.get(locale, "targets.chart.axis"));
		values.setNumberFormatOverride(VietFormat.numberFormat(0, locale));
		values.setAutoRangeIncludesZero(true);
		values.setUpperMargin(0.12);

		BarRenderer renderer = new BarRenderer() {

			private static final long serialVersionUID = 1L;

			/** Where the 100 % line is, for the item labels of the bars being drawn. */
			private transient double fullAt = Double.NaN;

			@Override
			public Paint getItemPaint(int row, int column) {
				Attainment a = drawn.get(column);
				return Boolean.TRUE.equals(a.met()) ? theme.seriesColor(1) : theme.seriesColor(0);
			}

			@Override
			public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.category.CategoryItemRendererState state,
					java.awt.geom.Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
					org.jfree.data.category.CategoryDataset dataset, int row, int column, int pass) {
				fullAt = rangeAxis.valueToJava2D(100, dataArea, plot.getRangeAxisEdge());
				super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			}

			/** A value label that would fall on the 100 % line ("95,2%" of a bar just short of it) goes inside its bar's end, in white. */
			@Override
			protected void drawItemLabel(java.awt.Graphics2D g2, org.jfree.data.category.CategoryDataset data, int row, int column,
					CategoryPlot plot, org.jfree.chart.labels.CategoryItemLabelGenerator generator, java.awt.geom.Rectangle2D bar,
					boolean negative) {
				String label = generator == null ? null : generator.generateLabel(data, row, column);
				if (label != null && !negative && !Double.isNaN(fullAt)) {
					java.awt.Font font = getItemLabelFont(row, column);
					double width = font.getStringBounds(label, g2.getFontRenderContext()).getWidth();
					double start = bar.getMaxX() + getItemLabelAnchorOffset();
					boolean onTheLine = fullAt > start - 2 && fullAt < start + width + 2;
					if (onTheLine && bar.getWidth() > width + 8) {
						g2.setFont(font);
						g2.setPaint(java.awt.Color.WHITE);
						org.jfree.chart.text.TextUtils.drawAlignedString(label, g2, (float) (bar.getMaxX() - 4), (float) bar.getCenterY(),
								TextAnchor.CENTER_RIGHT);
						return;
					}
				}
				super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
			}
		};
		renderer.setDefaultToolTipGenerator((ds, row, column) -> {
			Attainment a = drawn.get(column);
			return ds.getColumnKey(column) + ": " + VietFormat.percent(a.attainmentPct(), locale) + " · "
					+ Status.of(a).label(locale) + " · " + basis(a, data.derived(a), locale);
		});
		java.text.NumberFormat oneDecimal = VietFormat.numberFormat(1, locale);
		oneDecimal.setMinimumFractionDigits(1);
		renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}%", oneDecimal));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setMaximumBarWidth(0.9);

		CategoryPlot plot = new CategoryPlot(dataset, targets, values, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainGridlinesVisible(false);
		plot.setNoDataMessage(Texts.get(locale, "chart.noData"));
		ValueMarker full = new ValueMarker(100, theme.text(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
				10f, new float[] { 5f, 3f }, 0f));
		// No label on the line itself (it would fall on a bar's value label): the axis names it.
		plot.addRangeMarker(full, Layer.FOREGROUND);

		JFreeChart chart = new JFreeChart(Texts.get(locale, "targets.chart.title", request.term().replace('-', '–')),
				ChartFonts.font(theme.serif(), true, 17f), plot, false);
		theme.apply(chart);
		renderer.setDefaultItemLabelFont(ChartFonts.font(theme.serif(), false, 11f));
		renderer.setDefaultItemLabelPaint(theme.text());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		targets.setTickLabelFont(ChartFonts.font(theme.serif(), false, 11f));
		targets.setTickLabelInsets(new RectangleInsets(2, 4, 2, 12));
		chart.addSubtitle(new TextTitle(data.committeeName(), ChartFonts.font(theme.serif(), false, 12f), theme.secondaryText(),
				RectangleEdge.TOP, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, new RectangleInsets(0, 0, 6, 0)));
		return chart;
	}

	/**
	 * The document as it leaves the product (downloads, the congress pack): the same chart, its table
	 * without the key column the screen identifies rows by (a reader needs the labels, not
	 * "admissions|hang_nam|nghi_quyet").
	 */
	public static ChartDocument forReaders(ChartDocument screen) {
		DataTable t = screen.table();
		DataTable table = new DataTable(t.columns().subList(1, t.columns().size()), t.rows().stream().map(r -> r.subList(1, r.size())).toList());
		return new ChartDocument(screen.chart(), table, screen.caption(), screen.source(), screen.fit());
	}

	/**
	 * The chart as a document: every target of the term (also those without a figure) as a row —
	 * key, target (metric), kind, source, planned, achieved, attainment, result — in catalog order;
	 * caption "Chỉ tiêu nhiệm kỳ 2015–2020"; source: the committee.
	 */
	public static ChartDocument document(Data data, Request request) {
		Locale locale = request.locale();
		List<DataTable.Column> columns = List.of(new DataTable.Column(Texts.get(locale, "targets.chart.key"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "targets.chart.metric"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "targets.chart.kind"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "targets.chart.source"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "targets.chart.target"), DataTable.Kind.DECIMAL),
				new DataTable.Column(Texts.get(locale, "targets.chart.actual"), DataTable.Kind.DECIMAL),
				new DataTable.Column(Texts.get(locale, "targets.chart.attainment"), DataTable.Kind.PERCENT),
				new DataTable.Column(Texts.get(locale, "targets.chart.result"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "targets.chart.basis"), DataTable.Kind.TEXT));
		List<List<Object>> rows = new ArrayList<>();
		for (Attainment a : data.attainments()) {
			List<Object> row = new ArrayList<>();
			row.add(key(a));
			row.add(metricLabel(data, a, locale));
			row.add(kindLabel(a, locale));
			row.add(sourceLabel(a, locale));
			row.add(a.target());
			row.add(a.actual());
			row.add(a.attainmentPct());
			row.add(Status.of(a).label(locale));
			row.add(basis(a, data.derived(a), locale));
			rows.add(row);
		}
		return new ChartDocument(create(data, request), new DataTable(columns, rows),
				Texts.get(locale, "targets.chart.title", request.term().replace('-', '–')), data.committeeName());
	}

	/**
	 * How the achieved figure was found, for the table and the tooltip: "cả nhiệm kỳ, 1/7/2015–30/6/2020";
	 * "bình quân/năm: 1.612 trong 5 năm, 1/7/2015–30/6/2020"; "năm thấp nhất: 2018 (bình quân các năm
	 * 91,9%); dưới mức tối thiểu: 2018"; "ước, đến 30/6/2026" is added while the term runs, "tính từ các thành
	 * phần" when the figure includes a total derived from its parts. Empty without a figure.
	 */
	public static String basis(Attainment a, boolean derived, Locale locale) {
		FigureQueries.Judgement how = a.how();
		if (a.actual() == null || how.basis().isEmpty()) {
			return "";
		}
		String window = how.dataStart() == null ? "" : VietFormat.date(how.dataStart(), locale) + "–" + VietFormat.date(how.dataEnd(), locale);
		String text = switch (how.basis()) {
			case "year_average" -> Texts.get(locale, "targets.basis.year_average", VietFormat.count(how.total(), locale),
					VietFormat.numberFormat(1, locale).format(how.years()), window);
			case "worst_year" -> Texts.get(locale, "targets.basis.worst_year", String.valueOf(how.worstYear()),
					VietFormat.percent(how.average(), locale))
					+ (how.failingYears().isEmpty() ? ""
							: Texts.get(locale, "targets.basis.failing", String.join(", ",
									how.failingYears().stream().map(y -> Integer.toString(y.year())).toList())));
			default -> window.isEmpty() ? Texts.get(locale, "targets.basis.term_total.noDates")
					: Texts.get(locale, "targets.basis.term_total", window);
		};
		if (how.inProgress() && how.dataEnd() != null) {
			text += Texts.get(locale, "targets.basis.inProgress", VietFormat.date(how.dataEnd(), locale));
		}
		if (derived) {
			text += Texts.get(locale, "targets.basis.derived");
		}
		return text;
	}

	private static String metricLabel(Data data, Attainment a, Locale locale) {
		return data.catalog().byCode(a.metric())
			.map(m -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? m.labelEn() : m.labelVi())
			.orElse(a.metric());
	}

	private static String kindLabel(Attainment a, Locale locale) {
		return Texts.get(locale, "targets.chart.kind." + a.targetKind());
	}

	private static String sourceLabel(Attainment a, Locale locale) {
		return Texts.get(locale, "targets.chart.source." + a.source());
	}

	/** Whether {@code metric} is one whose targets are shares (for how the planned and achieved figures are written). */
	public static boolean isShare(Data data, Attainment a) {
		return data.catalog().byCode(a.metric()).map(Metric::isShare).orElse(false);
	}
}
