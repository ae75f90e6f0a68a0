package vn.blocstats.dashboard.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The targets of a term against what was achieved: a horizontal bar per target and source (the
 * congress resolution's, the provincial committee's) at its attainment in per cent, a line at
 * 100 %. Its table: target, source, the target set, the figure achieved, the attainment. One
 * definition in steps (attainments → dataset → chart → document), rendered by
 * {@link ChartRenderer} like every chart.
 */
public final class AttainmentChart {

	private AttainmentChart() {
	}

	/** Step 2: the dataset (a row per source, a column per target; targets without a figure left out). */
	static DefaultCategoryDataset dataset(List<Attainment> attainments, MetricCatalog catalog, Locale locale) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Attainment a : attainments) {
			if (a.attainmentPct() != null) {
				dataset.addValue(a.attainmentPct(), Texts.get(locale, "pack.targets.source." + a.source()), label(a, catalog, locale));
			}
		}
		return dataset;
	}

	/** Step 3: the chart, themed. */
	public static JFreeChart create(List<Attainment> attainments, MetricCatalog catalog, String title, Locale locale,
			ChartTheme theme) {
		DefaultCategoryDataset dataset = dataset(attainments, catalog, locale);
		CategoryAxis targets = new CategoryAxis();
		targets.setMaximumCategoryLabelWidthRatio(0.42f);
		targets.setMaximumCategoryLabelLines(3);
		NumberAxis pct = new NumberAxis(Texts.get(locale, "pack.targets.axis"));
		pct.setNumberFormatOverride(vn.blocstats.warehouse.base.VietFormat.numberFormat(0, locale));
		pct.setAutoRangeIncludesZero(true);
		pct.setUpperMargin(0.15);
		BarRenderer renderer = new BarRenderer();
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.12);
		java.text.NumberFormat labels = vn.blocstats.warehouse.base.VietFormat.numberFormat(1, locale);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", labels));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		CategoryPlot plot = new CategoryPlot(dataset, targets, pct, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
		plot.setDomainGridlinesVisible(false);
		ValueMarker hundred = new ValueMarker(100, theme.text(), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
				10f, new float[] { 5f, 3f }, 0f));
		hundred.setLabel(Texts.get(locale, "pack.targets.line"));
		hundred.setLabelFont(ChartFonts.font(theme.serif(), false, 10f));
		hundred.setLabelPaint(theme.secondaryText());
		hundred.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		hundred.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(hundred, Layer.FOREGROUND);
		JFreeChart chart = new JFreeChart(title, ChartFonts.font(theme.serif(), true, 15f), plot, dataset.getRowCount() > 1);
		theme.apply(chart);
		renderer.setDefaultItemLabelFont(ChartFonts.font(theme.serif(), false, 10f));
		renderer.setDefaultItemLabelPaint(theme.text());
		for (int i = 0; i < dataset.getRowCount(); i++) {
			// Black and a light grey: two sources stay apart in greyscale print.
			renderer.setSeriesPaint(i, theme.seriesColor(i == 0 ? 0 : 2));
		}
		renderer.setShadowVisible(false);
		renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		if (dataset.getColumnCount() == 0) {
			plot.setNoDataMessage(Texts.get(locale, "chart.noData"));
		}
		return chart;
	}

	/** Step 4: the chart as a document, with a row per target and source. */
	public static ChartDocument document(List<Attainment> attainments, MetricCatalog catalog, String title, String caption,
			String source, Locale locale, ChartTheme theme) {
		List<DataTable.Column> columns = List.of(new DataTable.Column(Texts.get(locale, "pack.targets.column.target"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "pack.targets.column.source"), DataTable.Kind.TEXT),
				new DataTable.Column(Texts.get(locale, "pack.targets.column.goal"), DataTable.Kind.DECIMAL),
				new DataTable.Column(Texts.get(locale, "pack.targets.column.actual"), DataTable.Kind.DECIMAL),
				new DataTable.Column(Texts.get(locale, "pack.targets.column.attainment"), DataTable.Kind.PERCENT));
		List<List<Object>> rows = new ArrayList<>();
		for (Attainment a : attainments) {
			List<Object> row = new ArrayList<>();
			row.add(label(a, catalog, locale));
			row.add(Texts.get(locale, "pack.targets.source." + a.source()));
			row.add(a.target());
			row.add(a.actual());
			row.add(a.attainmentPct());
			rows.add(row);
		}
		return new ChartDocument(create(attainments, catalog, title, locale, theme), new DataTable(columns, rows), caption, source);
	}

	/** "Kết nạp đảng viên mới (đảng viên)", "… bình quân mỗi năm" for a yearly target. */
	private static String label(Attainment a, MetricCatalog catalog, Locale locale) {
		Map<String, String> kinds = new LinkedHashMap<>();
		Metric m = catalog.byCode(a.metric()).orElseThrow(() -> new IllegalStateException("Target on an unknown metric " + a.metric()));
		String name = "en".equals(locale.getLanguage()) ? m.labelEn() : m.labelVi();
		String unit = m.isShare() ? "%" : m.unitVi();
		kinds.put("hang_nam", Texts.get(locale, "pack.targets.kind.hang_nam"));
		String kind = kinds.getOrDefault(a.targetKind(), "");
		return name + kind + " (" + unit + ")";
	}
}
