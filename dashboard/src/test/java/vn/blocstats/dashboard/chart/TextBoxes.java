package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.awt.Graphics;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;

/**
 * A chart rendered to SVG by {@link ChartRenderer} while every text it draws is measured: the ink
 * box of each string (its glyphs' outline in the font drawn, {@link TextLayout#getBounds}) placed by
 * the transform in force, in canvas units — the boxes a printed page shows. With them the data
 * markers (JFreeChart's item areas), the data lines (a segment between two consecutive points of
 * a series) and a bar chart's value lines (the targets' 100 %), so that a test sees a text over a
 * text, over the edge, over a marker or struck by a line.
 */
final class TextBoxes {

	/** One string drawn, and where. */
	record Box(String text, Rectangle2D bounds) {

		@Override
		public String toString() {
			return "“" + text + "” at " + String.format(java.util.Locale.ROOT, "[%.1f, %.1f, %.1f × %.1f]", bounds.getX(), bounds.getY(),
					bounds.getWidth(), bounds.getHeight());
		}
	}

	final List<Box> texts;
	final List<Rectangle2D> markers = new ArrayList<>();
	final List<Line2D> lines = new ArrayList<>();
	final Rectangle2D dataArea;
	final byte[] svg;
	final double width;
	final double height;

	private TextBoxes(List<Box> texts, ChartRenderingInfo info, byte[] svg, double width, double height) {
		this.texts = List.copyOf(texts);
		this.svg = svg;
		this.width = width;
		this.height = height;
		this.dataArea = info.getPlotInfo().getDataArea();
		EntityCollection entities = info.getEntityCollection();
		Map<Integer, List<Point2D>> points = new LinkedHashMap<>();
		for (int i = 0; entities != null && i < entities.getEntityCount(); i++) {
			ChartEntity e = entities.getEntity(i);
			if (e instanceof XYItemEntity x) {
				Rectangle2D r = x.getArea().getBounds2D();
				markers.add(r);
				points.computeIfAbsent(x.getSeriesIndex(), k -> new ArrayList<>()).add(new Point2D.Double(r.getCenterX(), r.getCenterY()));
			}
		}
		for (List<Point2D> series : points.values()) {
			series.sort(java.util.Comparator.comparingDouble(Point2D::getX));
			for (int i = 1; i < series.size(); i++) {
				lines.add(new Line2D.Double(series.get(i - 1), series.get(i)));
			}
		}
	}

	/** The chart rendered as an SVG of {@code width} × {@code height} user units, its texts measured. */
	static TextBoxes of(JFreeChart chart, int width, int height) {
		List<Box> boxes = Collections.synchronizedList(new ArrayList<>());
		ChartRenderingInfo info = new ChartRenderingInfo();
		byte[] svg = ChartRenderer.svg(chart, width, height, ctx -> new Measuring(ctx, boxes), info);
		TextBoxes out = new TextBoxes(boxes, info, svg, width, height);
		// a bar chart's value line (the targets' 100 %) across the plot: no value label on it
		if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot && plot.getRangeAxis() != null) {
			List<org.jfree.chart.plot.Marker> markers = new ArrayList<>();
			for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] { org.jfree.chart.ui.Layer.FOREGROUND,
					org.jfree.chart.ui.Layer.BACKGROUND }) {
				if (plot.getRangeMarkers(layer) != null) {
					markers.addAll(plot.getRangeMarkers(layer));
				}
			}
			Rectangle2D area = out.dataArea;
			for (org.jfree.chart.plot.Marker m : markers) {
				if (m instanceof org.jfree.chart.plot.ValueMarker v) {
					double at = plot.getRangeAxis().valueToJava2D(v.getValue(), area, plot.getRangeAxisEdge());
					out.lines.add(plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL
							? new Line2D.Double(at, area.getMinY(), at, area.getMaxY())
							: new Line2D.Double(area.getMinX(), at, area.getMaxX(), at));
				}
			}
		}
		return out;
	}

	/** Pairs of texts whose ink overlaps by more than {@code tolerance} units both ways. */
	List<String> overlaps(double tolerance) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			for (int j = i + 1; j < texts.size(); j++) {
				Rectangle2D a = texts.get(i).bounds();
				Rectangle2D b = texts.get(j).bounds();
				Rectangle2D both = a.createIntersection(b);
				if (both.getWidth() > tolerance && both.getHeight() > tolerance) {
					out.add(texts.get(i) + " over " + texts.get(j));
				}
			}
		}
		return out;
	}

	/** Texts whose ink crosses the canvas's edge. */
	List<String> outside(double tolerance) {
		Rectangle2D canvas = new Rectangle2D.Double(-tolerance, -tolerance, width + 2 * tolerance, height + 2 * tolerance);
		return texts.stream().filter(b -> !canvas.contains(b.bounds())).map(Box::toString).toList();
	}

	/** Texts over a data marker or struck by a data line. */
	List<String> overData() {
		List<String> out = new ArrayList<>();
		for (Box b : texts) {
			for (Rectangle2D m : markers) {
				if (b.bounds().intersects(m)) {
					out.add(b + " over the marker at " + m);
				}
			}
			for (Line2D l : lines) {
				if (l.intersects(b.bounds())) {
					out.add(b + " struck by the line " + l.getP1() + "–" + l.getP2());
				}
			}
		}
		return out;
	}

	/**
	 * A lone short word under a centred line (a title's or subtitle's last line, "Minh" under
	 * "Theo năm, Đảng bộ Khối … Hồ Chí"): a one-word text a line below another, centred with it, not a
	 * quarter as wide.
	 */
	List<String> orphans() {
		List<String> out = new ArrayList<>();
		for (Box above : texts) {
			for (Box below : texts) {
				Rectangle2D a = above.bounds();
				Rectangle2D b = below.bounds();
				double gap = b.getMinY() - a.getMaxY();
				boolean nextLine = gap > -0.5 && gap < a.getHeight();
				boolean centred = Math.abs(a.getCenterX() - b.getCenterX()) < 2;
				if (above != below && nextLine && centred && !below.text().strip().contains(" ") && b.getWidth() < a.getWidth() / 4) {
					out.add(below + " alone under " + above);
				}
			}
		}
		return out;
	}

	/** Every text drawn, in order. */
	List<String> strings() {
		return texts.stream().map(Box::text).toList();
	}

	/** The SVG graphics that also measures each string it draws. */
	private static final class Measuring extends SVGGraphics2D {

		private final List<Box> boxes;

		Measuring(SVGGeneratorContext ctx, List<Box> boxes) {
			super(ctx, false);
			this.boxes = boxes;
		}

		private Measuring(Measuring parent) {
			super(parent);
			this.boxes = parent.boxes;
		}

		@Override
		public Graphics create() {
			return new Measuring(this);
		}

		@Override
		public void drawString(String s, float x, float y) {
			record(s, getFont(), x, y);
			super.drawString(s, x, y);
		}

		@Override
		public void drawGlyphVector(GlyphVector g, float x, float y) {
			Rectangle2D ink = g.getVisualBounds();
			ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
			boxes.add(new Box("(glyphs)", getTransform().createTransformedShape(ink).getBounds2D()));
			super.drawGlyphVector(g, x, y);
		}

		@Override
		public void drawString(java.text.AttributedCharacterIterator it, float x, float y) {
			StringBuilder sb = new StringBuilder();
			for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
				sb.append(c);
			}
			record(sb.toString(), getFont(), x, y);
			super.drawString(it, x, y);
		}

		private void record(String s, Font font, float x, float y) {
			if (s == null || s.isBlank()) {
				return;
			}
			Rectangle2D ink = new TextLayout(s, font, getFontRenderContext()).getBounds();
			ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
			boxes.add(new Box(s, getTransform().createTransformedShape(ink).getBounds2D()));
		}
	}
}
