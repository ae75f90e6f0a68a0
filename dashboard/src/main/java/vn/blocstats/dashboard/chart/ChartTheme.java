package vn.blocstats.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The product's one chart look, in two variants of the same design:
 * <ul>
 * <li>{@link #SCREEN}: Liberation Sans, a white plot with faint horizontal grid lines, a palette led
 * by the deep red of Party documents, readable on a laptop and on a projector;</li>
 * <li>{@link #DOCUMENT}: Liberation Serif (Times New Roman metrics), black text, and series that
 * stay distinguishable in greyscale print (dark-to-light greys, each with its own dash pattern).</li>
 * </ul>
 * Immutable; thread-safe.
 */
public enum ChartTheme {

	SCREEN(false, new Color[] { new Color(0xA3, 0x1F, 0x1A), new Color(0x1F, 0x4E, 0x79), new Color(0xC9, 0x8B, 0x1B),
			new Color(0x2E, 0x7D, 0x5B), new Color(0x6A, 0x4C, 0x93), new Color(0x5D, 0x6D, 0x7E) }, new Color(0x21, 0x21, 0x21),
			new Color(0x75, 0x75, 0x75)),

	DOCUMENT(true, new Color[] { new Color(0x00, 0x00, 0x00), new Color(0x59, 0x59, 0x59), new Color(0x99, 0x99, 0x99),
			new Color(0x30, 0x30, 0x30), new Color(0x80, 0x80, 0x80), new Color(0xB8, 0xB8, 0xB8) }, Color.BLACK, Color.BLACK);

	static final Color GRID = new Color(0xE3, 0xE3, 0xE3);

	private final boolean serif;
	private final Color[] palette;
	private final Color text;
	private final Color secondaryText;

	ChartTheme(boolean serif, Color[] palette, Color text, Color secondaryText) {
		this.serif = serif;
		this.palette = palette;
		this.text = text;
		this.secondaryText = secondaryText;
	}

	public boolean serif() {
		return serif;
	}

	/** The colour of series {@code i}. */
	public Color seriesColor(int i) {
		return palette[i % palette.length];
	}

	/** The stroke of series {@code i}: solid on screen; in print, a dash pattern per series. */
	public Stroke seriesStroke(int i) {
		if (this == SCREEN || i % 4 == 0) {
			return new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
		}
		float[][] dashes = { null, { 6f, 3f }, { 2f, 2f }, { 8f, 3f, 2f, 3f } };
		return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes[i % 4], 0f);
	}

	/** The light band behind alternate terms: warm on screen, neutral grey in print. */
	public Color termBand() {
		return this == SCREEN ? new Color(0xF3, 0xEE, 0xE6) : new Color(0xEE, 0xEE, 0xEE);
	}

	public Color text() {
		return text;
	}

	public Color secondaryText() {
		return secondaryText;
	}

	/** Applies the theme's fonts, colours and drawing supplier to {@code chart}. */
	public void apply(JFreeChart chart) {
		StandardChartTheme t = new StandardChartTheme(name(), false);
		t.setExtraLargeFont(ChartFonts.font(serif, true, 17f));
		t.setLargeFont(ChartFonts.font(serif, true, 14f));
		t.setRegularFont(ChartFonts.font(serif, false, 13f));
		t.setSmallFont(ChartFonts.font(serif, false, 11f));
		t.setTitlePaint(text);
		t.setSubtitlePaint(secondaryText);
		t.setChartBackgroundPaint(Color.WHITE);
		t.setPlotBackgroundPaint(Color.WHITE);
		t.setPlotOutlinePaint(Color.WHITE);
		t.setDomainGridlinePaint(GRID);
		t.setRangeGridlinePaint(GRID);
		t.setAxisLabelPaint(text);
		t.setTickLabelPaint(secondaryText);
		t.setLegendBackgroundPaint(Color.WHITE);
		t.setLegendItemPaint(text);
		t.setItemLabelPaint(text);
		t.setAxisOffset(RectangleInsets.ZERO_INSETS);
		t.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		t.setXYBarPainter(new StandardXYBarPainter());
		t.setShadowVisible(false);
		Paint[] paints = palette.clone();
		t.setDrawingSupplier(new DefaultDrawingSupplier(paints, paints, paints,
				DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		t.apply(chart);
		chart.getPlot().setOutlineVisible(false);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
	}
}
