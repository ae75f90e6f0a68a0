package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Collection;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;

/**
 * Fits a chart to the canvas it is exported on: on a canvas smaller than the text width (16 × 10
 * cm), every font smaller in proportion, down to three quarters (a half-width chart stays
 * readable); on a horizontal bar chart, room on the right of the longest bar for its value label
 * ("172,1%" inside the canvas), found by drawing the chart once off-screen and measuring its plot;
 * on a line chart, room on the right for half the last year's label ("2020" centred on the edge);
 * subtitles and legend items too long for one line broken into lines of even length.
 * Changes the chart given; call once per chart.
 */
public final class ChartFit {

	/** The text width in user units (16 cm at 96 dpi) and the height of a chart there. */
	static final double TEXT_WIDTH = 605;
	static final double TEXT_HEIGHT = 378;

	private ChartFit() {
	}

	/** The charts already fitted (each is fitted once, to one canvas). */
	private static final java.util.Set<JFreeChart> FITTED = java.util.Collections.synchronizedSet(
			java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

	/** How much smaller the fonts are on a canvas of {@code width} × {@code height}: 1 at the text width and above, at least 0.75. */
	public static double scale(double width, double height) {
		return Math.max(0.75, Math.min(1, Math.min(width / TEXT_WIDTH, height / TEXT_HEIGHT)));
	}

	public static void apply(JFreeChart chart, double width, double height) {
		if (!FITTED.add(chart)) {
			return;
		}
		double scale = scale(width, height);
		if (scale < 1) {
			scaleFonts(chart, (float) scale);
		}
		balanceTitles(chart, width);
		if (chart.getPlot() instanceof CategoryPlot plot && plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			// the value axis's last tick label is centred on the plot's right edge: room for its half
			org.jfree.chart.ui.RectangleInsets in = plot.getInsets();
			plot.setInsets(new org.jfree.chart.ui.RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(),
					Math.max(in.getRight(), 22 * scale)));
			roomForValueLabels(chart, plot, width, height);
		}
		if (chart.getPlot() instanceof XYPlot plot && plot.getDomainAxis() != null) {
			// a year at the plot's right edge ("2020") is centred on it: room for its half inside the canvas
			FontRenderContext frc = new FontRenderContext(null, true, true);
			double half = plot.getDomainAxis().getTickLabelFont().getStringBounds("8888", frc).getWidth() / 2 + 2;
			org.jfree.chart.ui.RectangleInsets in = plot.getInsets();
			plot.setInsets(new org.jfree.chart.ui.RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), Math.max(in.getRight(), half)));
		}
	}

	/** The plot's data area when the chart is drawn on {@code width} × {@code height}. */
	static Rectangle2D dataArea(JFreeChart chart, double width, double height) {
		BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
			return info.getPlotInfo().getDataArea();
		}
		finally {
			g2.dispose();
		}
	}

	private static void roomForValueLabels(JFreeChart chart, CategoryPlot plot, double width, double height) {
		CategoryItemRenderer renderer = plot.getRenderer();
		CategoryDataset ds = plot.getDataset();
		if (renderer == null || ds == null || !renderer.getDefaultItemLabelsVisible() || ds.getColumnCount() == 0) {
			return;
		}
		double max = 0;
		for (int r = 0; r < ds.getRowCount(); r++) {
			for (int c = 0; c < ds.getColumnCount(); c++) {
				Number v = ds.getValue(r, c);
				max = v == null ? max : Math.max(max, v.doubleValue());
			}
		}
		if (max <= 0) {
			return;
		}
		double plotWidth = dataArea(chart, width, height).getWidth();
		FontRenderContext frc = new FontRenderContext(null, true, true);
		double upper = max;
		for (int r = 0; r < ds.getRowCount(); r++) {
			for (int c = 0; c < ds.getColumnCount(); c++) {
				Number v = ds.getValue(r, c);
				CategoryItemLabelGenerator g = renderer.getItemLabelGenerator(r, c);
				if (v == null || g == null) {
					continue;
				}
				String label = g.generateLabel(ds, r, c);
				double w = renderer.getItemLabelFont(r, c).getStringBounds(label, frc).getWidth() + 8;
				if (w < plotWidth / 2) {
					upper = Math.max(upper, v.doubleValue() * plotWidth / (plotWidth - w));
				}
			}
		}
		var axis = plot.getRangeAxis();
		if (axis instanceof org.jfree.chart.axis.NumberAxis n && n.isAutoRange()) {
			n.setUpperMargin(Math.max(n.getUpperMargin(), upper / max - 1 + 0.02));
		}
	}

	/** Room a title's or legend's line leaves on the canvas: the chart's padding and the title's own. */
	private static final double TITLE_MARGIN = 24;

	/**
	 * The subtitles and the legend's items that need more than one line on a canvas {@code width}
	 * wide, broken into lines of even length at word boundaries ({@link #balanced}) — never a lone
	 * last word under a long line.
	 */
	private static void balanceTitles(JFreeChart chart, double width) {
		double room = width - TITLE_MARGIN;
		for (int i = 0; i < chart.getSubtitleCount(); i++) {
			if (chart.getSubtitle(i) instanceof TextTitle text && text.getText() != null) {
				text.setText(balanced(text.getText(), text.getFont(), room));
			}
			else if (chart.getSubtitle(i) instanceof LegendTitle legend && chart.getPlot() instanceof XYPlot xy
					&& xy.getRenderer() instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer renderer) {
				org.jfree.chart.labels.XYSeriesLabelGenerator names = renderer.getLegendItemLabelGenerator();
				Font font = legend.getItemFont();
				// a legend item: its line's sample and gaps take about 40 units
				renderer.setLegendItemLabelGenerator((dataset, series) -> balanced(names.generateLabel(dataset, series), font, room - 40));
			}
		}
	}

	/**
	 * {@code text} as lines no wider than {@code width} in {@code font}, broken at spaces, as few lines
	 * as greedy wrapping needs but each as long as the others (the narrowest width that still gives that
	 * many lines): "Theo năm, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Nam\nĐịnh" becomes two
	 * lines of about equal length. A text that fits, or a single word, is returned as it is.
	 */
	static String balanced(String text, Font font, double width) {
		FontRenderContext frc = new FontRenderContext(null, true, true);
		String[] words = text.strip().split(" +");
		if (text.contains("\n") || words.length < 2 || font.getStringBounds(text, frc).getWidth() <= width) {
			return text;
		}
		int lines = wrap(words, font, frc, width).size();
		double lo = 0;
		double hi = width;
		for (String w : words) {
			lo = Math.max(lo, font.getStringBounds(w, frc).getWidth());
		}
		if (lo > width) {
			return text;
		}
		while (hi - lo > 0.5) {
			double mid = (lo + hi) / 2;
			if (wrap(words, font, frc, mid).size() <= lines) {
				hi = mid;
			}
			else {
				lo = mid;
			}
		}
		return String.join("\n", wrap(words, font, frc, hi));
	}

	/** {@code words} wrapped greedily to {@code width}. */
	private static java.util.List<String> wrap(String[] words, Font font, FontRenderContext frc, double width) {
		java.util.List<String> out = new java.util.ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String w : words) {
			String candidate = line.isEmpty() ? w : line + " " + w;
			if (!line.isEmpty() && font.getStringBounds(candidate, frc).getWidth() > width) {
				out.add(line.toString());
				line.setLength(0);
				line.append(w);
			}
			else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		out.add(line.toString());
		return out;
	}

	private static void scaleFonts(JFreeChart chart, float scale) {
		if (chart.getTitle() != null) {
			chart.getTitle().setFont(scaled(chart.getTitle().getFont(), scale));
		}
		for (int i = 0; i < chart.getSubtitleCount(); i++) {
			Title t = chart.getSubtitle(i);
			if (t instanceof TextTitle text) {
				text.setFont(scaled(text.getFont(), scale));
			}
			else if (t instanceof LegendTitle legend) {
				legend.setItemFont(scaled(legend.getItemFont(), scale));
			}
		}
		if (chart.getPlot() instanceof XYPlot xy) {
			axes(scale, xy.getDomainAxis(), xy.getRangeAxis());
			if (xy.getRenderer() != null && xy.getRenderer().getDefaultItemLabelFont() != null) {
				xy.getRenderer().setDefaultItemLabelFont(scaled(xy.getRenderer().getDefaultItemLabelFont(), scale));
			}
			markers(scale, xy.getDomainMarkers(Layer.FOREGROUND), xy.getDomainMarkers(Layer.BACKGROUND),
					xy.getRangeMarkers(Layer.FOREGROUND), xy.getRangeMarkers(Layer.BACKGROUND));
			for (XYAnnotation a : xy.getAnnotations()) {
				if (a instanceof TermStrip strip) {
					strip.font(scaled(strip.font(), scale));
				}
			}
		}
		else if (chart.getPlot() instanceof CategoryPlot c) {
			axes(scale, c.getDomainAxis(), c.getRangeAxis());
			if (c.getRenderer() != null && c.getRenderer().getDefaultItemLabelFont() != null) {
				c.getRenderer().setDefaultItemLabelFont(scaled(c.getRenderer().getDefaultItemLabelFont(), scale));
			}
			markers(scale, c.getRangeMarkers(Layer.FOREGROUND), c.getRangeMarkers(Layer.BACKGROUND));
		}
	}

	private static void axes(float scale, Axis... axes) {
		for (Axis a : axes) {
			if (a != null) {
				a.setLabelFont(scaled(a.getLabelFont(), scale));
				a.setTickLabelFont(scaled(a.getTickLabelFont(), scale));
			}
		}
	}

	@SafeVarargs
	private static void markers(float scale, Collection<? extends Marker>... groups) {
		for (Collection<? extends Marker> markers : groups) {
			if (markers != null) {
				for (Marker m : markers) {
					m.setLabelFont(scaled(m.getLabelFont(), scale));
				}
			}
		}
	}

	private static Font scaled(Font font, float scale) {
		return font == null ? null : font.deriveFont(font.getSize2D() * scale);
	}
}
