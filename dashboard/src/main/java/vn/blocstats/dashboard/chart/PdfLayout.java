package vn.blocstats.dashboard.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * A PDF written top to bottom like a page of a report: paragraphs wrapped to the text width,
 * charts as vector drawings (pdfbox-graphics2d, text in the embedded {@link PdfFonts}), tables of a
 * chart's figures (numbers right-aligned in the reader's format), a new page when the next block
 * does not fit. Lengths in points (1/72 inch). Not thread-safe; {@link #close()} before saving
 * the document.
 */
public final class PdfLayout implements AutoCloseable {

	/** How a paragraph's lines sit between the margins. */
	public enum Align {
		LEFT, CENTER, RIGHT, JUSTIFY
	}

	/** Points per centimetre. */
	public static final float PT_PER_CM = 72f / 2.54f;

	private static final float LEADING = 1.25f;
	private static final float CELL_PAD = 3f;

	private final PDDocument document;
	private final PDRectangle size;
	private final float top;
	private final float right;
	private final float bottom;
	private final float left;
	private final PdfFonts fonts;
	private PDPageContentStream stream;
	private float y;
	private float tableLeft;

	/** A layout whose pages are {@code size} with these margins, starting on a new page. */
	public PdfLayout(PDDocument document, PDRectangle size, float top, float right, float bottom, float left) {
		this.document = document;
		this.size = size;
		this.top = top;
		this.right = right;
		this.bottom = bottom;
		this.left = left;
		this.fonts = new PdfFonts(document);
		newPage();
	}

	public PdfFonts fonts() {
		return fonts;
	}

	/** The width between the margins. */
	public float width() {
		return size.getWidth() - left - right;
	}

	/** The height left on the current page. */
	public float remaining() {
		return y - bottom;
	}

	/** Ends the current page and starts the next. */
	public void newPage() {
		try {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(size);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = size.getHeight() - top;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Vertical space; none at the top of a page. */
	public void space(float pt) {
		if (y < size.getHeight() - top) {
			y -= Math.min(pt, remaining());
		}
	}

	/** The height {@code text} takes wrapped to {@code width}. */
	public static float height(String text, PDFont font, float fontSize, float width) {
		return lines(text, font, fontSize, width).size() * fontSize * LEADING;
	}

	/**
	 * A paragraph: wrapped to the text width, the first line indented by {@code indent}, continued on
	 * the next page when it does not fit.
	 */
	public void paragraph(String text, PDFont font, float fontSize, Align align, float indent) {
		List<String> lines = lines(text, font, fontSize, width() - indent);
		float lineHeight = fontSize * LEADING;
		try {
			for (int i = 0; i < lines.size(); i++) {
				if (remaining() < lineHeight) {
					newPage();
				}
				String line = lines.get(i);
				float lineIndent = i == 0 ? indent : 0;
				float available = width() - lineIndent;
				float w = width(line, font, fontSize);
				float x = left + lineIndent + switch (align) {
					case CENTER -> (available - w) / 2;
					case RIGHT -> available - w;
					default -> 0;
				};
				float baseline = y - fontSize * 0.95f;
				stream.beginText();
				stream.setFont(font, fontSize);
				boolean last = i == lines.size() - 1;
				int gaps = line.length() - line.replace(" ", "").length();
				if (align == Align.JUSTIFY && !last && gaps > 0) {
					// Word spacing applies to single-byte spaces only; Type 0 fonts need explicit gaps.
					stream.newLineAtOffset(x, baseline);
					float extra = (available - w) / gaps;
					String[] words = line.split(" ");
					List<Object> parts = new ArrayList<>();
					for (int k = 0; k < words.length; k++) {
						parts.add(words[k] + (k < words.length - 1 ? " " : ""));
						if (k < words.length - 1) {
							parts.add(-extra * 1000 / fontSize);
						}
					}
					stream.showTextWithPositioning(parts.toArray());
				}
				else {
					stream.newLineAtOffset(x, baseline);
					stream.showText(line);
				}
				stream.endText();
				y -= lineHeight;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A chart as a vector drawing of {@code widthPt} × {@code heightPt}, centred. The chart is drawn
	 * at 96 units per inch and scaled, so that its proportions are those of the screen and the PNG.
	 */
	public void chart(JFreeChart chart, float widthPt, float heightPt) {
		if (remaining() < heightPt) {
			newPage();
		}
		try {
			double scale = 72.0 / 96.0;
			float w = (float) (widthPt / scale);
			float h = (float) (heightPt / scale);
			PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, w, h);
			g2.setFontTextDrawer(fonts);
			try {
				chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
			}
			finally {
				g2.dispose();
			}
			PDFormXObject form = g2.getXFormObject();
			stream.saveGraphicsState();
			stream.transform(Matrix.getTranslateInstance(left + (width() - widthPt) / 2, y - heightPt));
			stream.transform(Matrix.getScaleInstance((float) scale, (float) scale));
			stream.drawForm(form);
			stream.restoreGraphicsState();
			y -= heightPt;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A chart's figures as a ruled table across the text width: the header in bold (repeated on a
	 * new page), text left-aligned, numbers right-aligned as {@link #cell} writes them.
	 */
	public void table(DataTable table, Locale locale, PDFont regular, PDFont bold, float fontSize) {
		int n = table.columns().size();
		float[] widths = columnWidths(table, locale, regular, bold, fontSize);
		List<List<String>> header = new ArrayList<>();
		float headerHeight = 0;
		for (int c = 0; c < n; c++) {
			List<String> l = lines(table.columns().get(c).label(), bold, fontSize, widths[c] - 2 * CELL_PAD);
			header.add(l);
			headerHeight = Math.max(headerHeight, l.size() * fontSize * LEADING + 2 * CELL_PAD);
		}
		float rowHeight = fontSize * LEADING + 2 * CELL_PAD;
		try {
			if (remaining() < headerHeight + rowHeight) {
				newPage();
			}
			drawHeader(header, widths, headerHeight, bold, fontSize);
			for (List<Object> row : table.rows()) {
				if (remaining() < rowHeight) {
					newPage();
					drawHeader(header, widths, headerHeight, bold, fontSize);
				}
				float x = tableLeft;
				for (int c = 0; c < n; c++) {
					DataTable.Column col = table.columns().get(c);
					String text = cell(col.kind(), row.get(c), locale);
					float w = width(text, regular, fontSize);
					float tx = col.kind() == DataTable.Kind.TEXT ? x + CELL_PAD : x + widths[c] - CELL_PAD - w;
					text(text, regular, fontSize, tx, y - CELL_PAD - fontSize * 0.95f);
					x += widths[c];
				}
				rule(widths, rowHeight);
				y -= rowHeight;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A cell of a figures table as people read it: 2.096 · 12,5 (at most one decimal) · 104,8% (vi) — "–" for no figure. */
	public static String cell(DataTable.Kind kind, Object value, Locale locale) {
		if (value == null) {
			return "–";
		}
		return switch (kind) {
			case TEXT -> (String) value;
			case COUNT -> VietFormat.count((Double) value, locale);
			case DECIMAL -> VietFormat.numberFormat(1, locale).format((Double) value);
			case PERCENT -> VietFormat.percent((Double) value, locale);
		};
	}

	private void drawHeader(List<List<String>> header, float[] widths, float height, PDFont bold, float fontSize)
			throws IOException {
		float x = tableLeft;
		for (int c = 0; c < header.size(); c++) {
			float ly = y - CELL_PAD - fontSize * 0.95f;
			for (String line : header.get(c)) {
				float w = width(line, bold, fontSize);
				text(line, bold, fontSize, x + (widths[c] - w) / 2, ly);
				ly -= fontSize * LEADING;
			}
			x += widths[c];
		}
		rule(widths, height);
		y -= height;
	}

	/** The box of each cell of a row whose top is at {@link #y}. */
	private void rule(float[] widths, float height) throws IOException {
		stream.setStrokingColor(Color.BLACK);
		stream.setLineWidth(0.5f);
		float x = tableLeft;
		for (float w : widths) {
			stream.addRect(x, y - height, w, height);
			x += w;
		}
		stream.stroke();
	}

	private float[] columnWidths(DataTable table, Locale locale, PDFont regular, PDFont bold, float fontSize) {
		int n = table.columns().size();
		float[] widths = new float[n];
		float sum = 0;
		for (int c = 0; c < n; c++) {
			DataTable.Column col = table.columns().get(c);
			float w = 0;
			for (List<Object> row : table.rows()) {
				w = Math.max(w, width(cell(col.kind(), row.get(c), locale), regular, fontSize));
			}
			// A header may wrap over up to three lines; a column never gets narrower than 60 pt.
			float header = width(col.label(), bold, fontSize) / 3;
			widths[c] = Math.max(Math.max(w, header) + 2 * CELL_PAD + 6, 60);
			sum += widths[c];
		}
		float total = width();
		// At least 60 % of the text width (a table of two columns stays compact), at most all of it.
		float target = Math.min(total, Math.max(sum, total * 0.6f));
		for (int c = 0; c < n; c++) {
			widths[c] *= target / sum;
		}
		tableLeft = left + (total - target) / 2;
		return widths;
	}

	private void text(String s, PDFont font, float fontSize, float x, float baseline) throws IOException {
		stream.beginText();
		stream.setFont(font, fontSize);
		stream.newLineAtOffset(x, baseline);
		stream.showText(s);
		stream.endText();
	}

	/** {@code text} wrapped at spaces to {@code width} (a word longer than the line stands alone). */
	public static List<String> lines(String text, PDFont font, float fontSize, float width) {
		List<String> out = new ArrayList<>();
		for (String para : clean(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : para.split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && width(candidate, font, fontSize) > width) {
					out.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
				else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			out.add(line.toString());
		}
		return out;
	}

	/** The width of {@code s} in points. */
	public static float width(String s, PDFont font, float fontSize) {
		try {
			return font.getStringWidth(s) / 1000f * fontSize;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String clean(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').replaceAll("[\\p{Cntrl}&&[^\n]]", "");
	}

	@Override
	public void close() {
		try {
			stream.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
