package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The labels of a trend chart's terms and congresses, laid out when the chart is drawn, at the size
 * it is drawn: a strip at the top of the plot that no data enters ({@link Axis} keeps the values
 * below it), its first line the terms — "Nhiệm kỳ 2015–2020" centred over its band, "2015–2020" when
 * the band is too narrow for it, nothing when even that does not fit — and its second line the
 * congresses — "Đại hội VII (14/7/2020)" after its marker (or before it, at the plot's right edge),
 * "Đại hội VII" when that is all that fits, nothing when no variant fits clear of the others. Not
 * thread-safe (a chart is drawn by one thread).
 */
final class TermStrip extends AbstractXYAnnotation {

	private static final long serialVersionUID = 1L;

	/** A term's band and its label, longest first. */
	record Band(double from, double to, List<String> labels) {
	}

	/** A congress's marker and its label, longest first. */
	record Congress(double at, List<String> labels) {
	}

	private final List<Band> bands;
	private final List<Congress> congresses;
	private Font font;
	private final Paint paint;

	TermStrip(List<Band> bands, List<Congress> congresses, Font font, Paint paint) {
		this.bands = List.copyOf(bands);
		this.congresses = List.copyOf(congresses);
		this.font = font;
		this.paint = paint;
	}

	Font font() {
		return font;
	}

	void font(Font font) {
		this.font = font;
	}

	/** The lines the strip takes: 1 with terms only, 2 with congresses. */
	private int lines() {
		return bands.isEmpty() ? 0 : congresses.isEmpty() ? 1 : 2;
	}

	/** The strip's height in user units: its lines and a gap below. */
	double height() {
		int lines = lines();
		return lines == 0 ? 0 : lines * font.getSize2D() * 1.25 + 4;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis, int rendererIndex,
			PlotRenderingInfo info) {
		if (lines() == 0) {
			return;
		}
		g2.setFont(font);
		g2.setPaint(paint);
		FontMetrics fm = g2.getFontMetrics(font);
		double line = font.getSize2D() * 1.25;
		double pad = 3;
		RectangleEdge edge = plot.getDomainAxisEdge();
		float base1 = (float) (dataArea.getMinY() + fm.getAscent() + 1);
		for (Band b : bands) {
			double x0 = Math.max(domainAxis.valueToJava2D(b.from(), dataArea, edge), dataArea.getMinX());
			double x1 = Math.min(domainAxis.valueToJava2D(b.to(), dataArea, edge), dataArea.getMaxX());
			for (String label : b.labels()) {
				double w = fm.getStringBounds(label, g2).getWidth();
				if (w + 2 * pad <= x1 - x0) {
					g2.drawString(label, (float) ((x0 + x1 - w) / 2), base1);
					break;
				}
			}
		}
		float base2 = (float) (base1 + line);
		List<double[]> taken = new ArrayList<>();
		for (Congress c : congresses) {
			double x = domainAxis.valueToJava2D(c.at(), dataArea, edge);
			placing: for (String label : c.labels()) {
				double w = fm.getStringBounds(label, g2).getWidth();
				for (double start : new double[] { x + pad, x - pad - w }) {
					if (start < dataArea.getMinX() || start + w > dataArea.getMaxX()) {
						continue;
					}
					if (taken.stream().noneMatch(t -> start < t[1] + pad && t[0] < start + w + pad)) {
						g2.drawString(label, (float) start, base2);
						taken.add(new double[] { start, start + w });
						break placing;
					}
				}
			}
		}
	}

	/**
	 * A value axis that keeps the values below the strip: the data are drawn in the data area less the
	 * strip's height at its top, so that no line or point ever crosses a label.
	 */
	static final class Axis extends NumberAxis {

		private static final long serialVersionUID = 1L;

		private transient TermStrip strip;

		Axis(String label) {
			super(label);
		}

		void strip(TermStrip strip) {
			this.strip = strip;
		}

		private Rectangle2D below(Rectangle2D area, RectangleEdge edge) {
			double h = strip == null || !RectangleEdge.isLeftOrRight(edge) ? 0 : Math.min(strip.height(), area.getHeight() / 3);
			return new Rectangle2D.Double(area.getX(), area.getY() + h, area.getWidth(), area.getHeight() - h);
		}

		@Override
		public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
			return super.valueToJava2D(value, below(area, edge), edge);
		}

		@Override
		public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
			return super.java2DToValue(java2DValue, below(area, edge), edge);
		}

		@Override
		protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
			super.selectAutoTickUnit(g2, below(dataArea, edge), edge);
		}
	}
}
