package vn.blocstats.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a chart definition's {@link JFreeChart} to SVG (Batik's SVGGraphics2D, text kept as text
 * in the bundled Liberation fonts, so it stays selectable and small) and to PNG (at a chosen pixel
 * size, with the resolution recorded in the file's pHYs chunk). Stateless; thread-safe.
 */
public final class ChartRenderer {

	private ChartRenderer() {
	}

	/** The colour of a demo warehouse's notice over a chart: a dark red, legible in print and in grey. */
	private static final java.awt.Color NOTICE = new java.awt.Color(0xB0, 0x00, 0x20);

	/**
	 * Puts {@code notice} over {@code chart}, first of its titles, in bold dark red: a demo
	 * warehouse's chart says that its figures are invented wherever the picture goes.
	 */
	public static void notice(JFreeChart chart, String notice) {
		org.jfree.chart.title.TextTitle title = new org.jfree.chart.title.TextTitle(notice, ChartFonts.font(false, true, 11f));
		title.setPaint(NOTICE);
		title.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
		title.setMargin(2, 4, 4, 4);
		chart.addSubtitle(0, title);
	}

	/** The chart as an SVG document of {@code width} × {@code height} user units, UTF-8. */
	public static byte[] svg(JFreeChart chart, int width, int height) {
		return svg(chart, width, height, ctx -> new SVGGraphics2D(ctx, false), null);
	}

	/**
	 * The chart as an SVG document drawn by the {@link SVGGraphics2D} that {@code graphics} makes of
	 * the generator's context (a subclass may watch what is drawn: the layout tests measure every
	 * text this way), with what JFreeChart reports of the drawing in {@code info} (may be null).
	 */
	public static byte[] svg(JFreeChart chart, int width, int height,
			java.util.function.Function<SVGGeneratorContext, SVGGraphics2D> graphics, ChartRenderingInfo info) {
		DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
		Document doc = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
		SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
		ctx.setComment("blocstats");
		ctx.setPrecision(4);
		SVGGraphics2D g2 = graphics.apply(ctx);
		g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			g2.stream(w, true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The chart as a PNG of {@code width} × {@code height} pixels that says it has {@code dpi} dots per inch. */
	public static byte[] png(JFreeChart chart, int width, int height, int dpi) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			// Drawn at 96 dpi and scaled, so that a chart printed at 300 dpi keeps the proportions seen on screen.
			double scale = dpi / 96.0;
			g2.scale(scale, scale);
			chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
		}
		finally {
			g2.dispose();
		}
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			IIOMetadataNode phys = new IIOMetadataNode("pHYs");
			String perMetre = String.valueOf(Math.round(dpi / 0.0254));
			phys.setAttribute("pixelsPerUnitXAxis", perMetre);
			phys.setAttribute("pixelsPerUnitYAxis", perMetre);
			phys.setAttribute("unitSpecifier", "meter");
			root.appendChild(phys);
			metadata.mergeTree("javax_imageio_png_1.0", root);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(ios);
				writer.write(null, new IIOImage(image, null, metadata), null);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The SVG namespace. */
	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/**
	 * The chart as an inline {@code <svg>} element for a page (no prolog; a {@code viewBox}, so that
	 * CSS can scale it), with a transparent hit area over every chart element JFreeChart reports in
	 * its {@link ChartRenderingInfo} (bars, points, category labels): each carries a {@code <title>}
	 * — the browser's tooltip, the renderer's tooltip text such as "Đảng bộ X · 2021: 2.096" — and a
	 * {@code data-key} naming the element (an {@link ItemKey}'s key for a category; "series:x" for a
	 * point), which a click listener on the page reads as {@code event.target.dataset.key}.
	 */
	public static String interactiveSvg(JFreeChart chart, int width, int height) {
		DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
		Document doc = dom.createDocument(SVG_NS, "svg", null);
		SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
		ctx.setComment("blocstats");
		ctx.setPrecision(4);
		SVGGraphics2D g2 = new SVGGraphics2D(ctx, false);
		g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
		Element root = g2.getRoot();
		root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
		Element hits = doc.createElementNS(SVG_NS, "g");
		hits.setAttributeNS(null, "class", "chart-hits");
		EntityCollection entities = info.getEntityCollection();
		for (int i = 0; entities != null && i < entities.getEntityCount(); i++) {
			ChartEntity e = entities.getEntity(i);
			String key = key(e);
			if (key == null) {
				continue;
			}
			Rectangle2D r = e.getArea().getBounds2D();
			Element rect = doc.createElementNS(SVG_NS, "rect");
			rect.setAttributeNS(null, "x", coordinate(r.getX()));
			rect.setAttributeNS(null, "y", coordinate(r.getY()));
			rect.setAttributeNS(null, "width", coordinate(Math.max(r.getWidth(), 1)));
			rect.setAttributeNS(null, "height", coordinate(Math.max(r.getHeight(), 1)));
			rect.setAttributeNS(null, "fill", "#000");
			rect.setAttributeNS(null, "fill-opacity", "0");
			rect.setAttributeNS(null, "stroke", "none");
			rect.setAttributeNS(null, "pointer-events", "all");
			rect.setAttributeNS(null, "cursor", "pointer");
			rect.setAttributeNS(null, "data-key", key);
			String tip = e.getToolTipText();
			if (tip == null && e instanceof CategoryLabelEntity l) {
				tip = String.valueOf(l.getKey());
			}
			if (tip != null && !tip.isBlank()) {
				Element title = doc.createElementNS(SVG_NS, "title");
				title.setTextContent(tip);
				rect.appendChild(title);
			}
			hits.appendChild(rect);
		}
		root.appendChild(hits);
		StringWriter out = new StringWriter();
		try {
			g2.stream(root, out, true, false);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String svg = out.toString();
		return svg.substring(svg.indexOf("<svg"));
	}

	/** The data-key of a chart element, or null for one that stands for no figure (title, axis, plot). */
	private static String key(ChartEntity e) {
		if (e instanceof CategoryItemEntity c) {
			return keyOf(c.getColumnKey());
		}
		if (e instanceof CategoryLabelEntity l) {
			return keyOf(l.getKey());
		}
		if (e instanceof XYItemEntity x) {
			Comparable<?> series = x.getDataset().getSeriesKey(x.getSeriesIndex());
			double at = x.getDataset().getXValue(x.getSeriesIndex(), x.getItem());
			return keyOf(series) + ":" + (at == Math.rint(at) ? Long.toString((long) at) : Double.toString(at));
		}
		return null;
	}

	private static String keyOf(Comparable<?> key) {
		return key instanceof ItemKey k ? k.key() : String.valueOf(key);
	}

	private static String coordinate(double v) {
		return String.format(java.util.Locale.ROOT, "%.2f", v);
	}

	/**
	 * The chart as a one-page vector PDF of {@code widthPt} × {@code heightPt} points (the chosen
	 * physical size): the caption above in bold, the chart, the source line below in italics, all in
	 * Liberation Serif embedded as real, selectable text.
	 */
	public static byte[] pdf(JFreeChart chart, float widthPt, float heightPt, String caption, String source) {
		try (PDDocument doc = new PDDocument()) {
			doc.getDocumentInformation().setTitle(caption);
			doc.getDocumentInformation().setCreator("blocstats");
			try (PdfLayout layout = new PdfLayout(doc, new PDRectangle(widthPt, heightPt), 2, 2, 2, 2)) {
				PDFont bold = layout.fonts().serif(PdfFonts.Face.BOLD);
				PDFont italic = layout.fonts().serif(PdfFonts.Face.ITALIC);
				float captionSize = 11f;
				float sourceSize = 9f;
				float gap = 4f;
				float chartHeight = layout.remaining() - PdfLayout.height(caption, bold, captionSize, layout.width())
						- PdfLayout.height(source, italic, sourceSize, layout.width()) - 2 * gap;
				if (chartHeight < heightPt / 3) {
					throw new IllegalArgumentException("Chú thích và nguồn quá dài cho khổ " + Math.round(widthPt / PdfLayout.PT_PER_CM)
							+ " × " + Math.round(heightPt / PdfLayout.PT_PER_CM) + " cm");
				}
				layout.paragraph(caption, bold, captionSize, PdfLayout.Align.CENTER, 0);
				layout.space(gap);
				layout.chart(chart, layout.width(), chartHeight);
				layout.space(gap);
				layout.paragraph(source, italic, sourceSize, PdfLayout.Align.LEFT, 0);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
