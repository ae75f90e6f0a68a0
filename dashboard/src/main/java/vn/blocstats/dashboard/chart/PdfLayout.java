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
	 * A chart's figures laid out for the text width, not drawn yet: each column as wide as its
	 * content needs — a number or a percent never broken (its column at least as wide as its widest
	 * value), a text wrapped at word boundaries inside its cell, the text columns sharing what the
	 * numbers leave in proportion to what they lack —, each cell's lines, each row's height.
	 */
	public Table layout(DataTable table, Locale locale, PDFont regular, PDFont bold, float fontSize) {
		int n = table.columns().size();
		float[] widths = columnWidths(table, locale, s -> width(s, regular, fontSize), s -> width(s, bold, fontSize), width(), CELL_PAD);
		List<List<String>> header = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			header.add(lines(table.columns().get(c).label(), bold, fontSize, widths[c] - 2 * CELL_PAD));
		}
		List<List<List<String>>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			List<List<String>> cells = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				DataTable.Kind kind = table.columns().get(c).kind();
				String text = cell(kind, row.get(c), locale);
				cells.add(kind == DataTable.Kind.TEXT ? lines(text, regular, fontSize, widths[c] - 2 * CELL_PAD) : List.of(text));
			}
			rows.add(cells);
		}
		List<DataTable.Kind> kinds = table.columns().stream().map(DataTable.Column::kind).toList();
		return new Table(widths, left + (width() - sum(widths)) / 2, kinds, header, rows, regular, bold, fontSize);
	}

	/**
	 * A table laid out by {@link #layout}: its columns' widths and left edge, its header's and rows'
	 * lines.
	 */
	public static final class Table {

		private final float[] widths;
		private final float left;
		private final List<DataTable.Kind> kinds;
		private final List<List<String>> header;
		private final List<List<List<String>>> rows;
		private final PDFont regular;
		private final PDFont bold;
		private final float fontSize;

		Table(float[] widths, float left, List<DataTable.Kind> kinds, List<List<String>> header, List<List<List<String>>> rows,
				PDFont regular, PDFont bold, float fontSize) {
			this.widths = widths;
			this.left = left;
			this.kinds = kinds;
			this.header = header;
			this.rows = rows;
			this.regular = regular;
			this.bold = bold;
			this.fontSize = fontSize;
		}

		/** The columns' widths, left to right. */
		public float[] widths() {
			return widths.clone();
		}

		private float height(List<List<String>> cells) {
			int lines = cells.stream().mapToInt(List::size).max().orElse(1);
			return Math.max(1, lines) * fontSize * LEADING + 2 * CELL_PAD;
		}

		/** The header's height and the first row's: what must fit under a table's caption. */
		public float opening() {
			return height(header) + (rows.isEmpty() ? 0 : height(rows.getFirst()));
		}
	}

	/**
	 * A chart's figures as a ruled table: the header in bold, centred, repeated at the top of each
	 * new page; text left-aligned and wrapped in its cell, numbers right-aligned as {@link #cell}
	 * writes them; a row is never split across pages unless it is taller than a page.
	 */
	public void table(DataTable table, Locale locale, PDFont regular, PDFont bold, float fontSize) {
		table(layout(table, locale, regular, bold, fontSize));
	}

	/** A table laid out by {@link #layout}, drawn as {@link #table(DataTable, Locale, PDFont, PDFont, float)} says. */
	public void table(Table t) {
		float headerHeight = t.height(t.header);
		float line = t.fontSize * LEADING;
		try {
			if (remaining() < t.opening()) {
				newPage();
			}
			row(t, t.header, headerHeight, true);
			for (List<List<String>> cells : t.rows) {
				float height = t.height(cells);
				if (remaining() < height) {
					newPage();
					row(t, t.header, headerHeight, true);
				}
				if (remaining() >= height) {
					row(t, cells, height, false);
					continue;
				}
				// Taller than a page: split line by line, each part ruled on its own page.
				int from = 0;
				int lines = cells.stream().mapToInt(List::size).max().orElse(1);
				while (from < lines) {
					int fit = Math.max(1, (int) ((remaining() - 2 * CELL_PAD) / line));
					int to = Math.min(lines, from + fit);
					int f = from;
					List<List<String>> part = cells.stream().map(l -> l.subList(Math.min(f, l.size()), Math.min(to, l.size()))).toList();
					row(t, part, (to - from) * line + 2 * CELL_PAD, false);
					from = to;
					if (from < lines) {
						newPage();
						row(t, t.header, headerHeight, true);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One row whose top is at {@link #y}: each cell's lines, then its box. */
	private void row(Table t, List<List<String>> cells, float height, boolean header) throws IOException {
		float x = t.left;
		PDFont font = header ? t.bold : t.regular;
		for (int c = 0; c < cells.size(); c++) {
			float ly = y - CELL_PAD - t.fontSize * 0.95f;
			for (String line : cells.get(c)) {
				float w = width(line, font, t.fontSize);
				float tx = header ? x + (t.widths[c] - w) / 2
						: t.kinds.get(c) == DataTable.Kind.TEXT ? x + CELL_PAD : x + t.widths[c] - CELL_PAD - w;
				text(line, font, t.fontSize, tx, ly);
				ly -= t.fontSize * LEADING;
			}
			x += t.widths[c];
		}
		stream.setStrokingColor(Color.BLACK);
		stream.setLineWidth(0.5f);
		x = t.left;
		for (float w : t.widths) {
			stream.addRect(x, y - height, w, height);
			x += w;
		}
		stream.stroke();
		y -= height;
	}

	/**
	 * Starts a new page unless {@code height} fits on this one: a heading kept with what follows it
	 * (its own height and that of the first lines or the block after it).
	 */
	public void keep(float height) {
		if (remaining() < height && y < size.getHeight() - top) {
			newPage();
		}
	}

	/** The height of the first {@code lines} lines of a paragraph as {@link #paragraph} writes it (all of them if fewer). */
	public float height(String text, PDFont font, float fontSize, float indent, int lines) {
		List<String> all = lines(text, font, fontSize, width() - indent);
		return Math.min(lines, all.size()) * fontSize * LEADING;
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

	/**
	 * The widths of a figures table's columns on {@code total} points, cells padded by {@code pad}
	 * each side — for this layout and for the pack's Word tables: a number's column as wide as its
	 * widest value (never broken), a text's as wide as its longest value when everything fits, else
	 * the text columns share what the numbers leave, each at least as wide as its longest word (or a
	 * tenth of the width when even that does not fit), the rest in proportion to what each lacks.
	 * Every header word fits its column. A narrow table takes at least 60 % of {@code total}.
	 */
	public static float[] columnWidths(DataTable table, Locale locale, Measure regular, Measure bold, float total, float pad) {
		int n = table.columns().size();
		float[] min = new float[n];
		float[] want = new float[n];
		boolean[] text = new boolean[n];
		for (int c = 0; c < n; c++) {
			DataTable.Column col = table.columns().get(c);
			text[c] = col.kind() == DataTable.Kind.TEXT;
			float longest = 0;
			float word = widestWord(col.label(), bold);
			for (List<Object> row : table.rows()) {
				String s = cell(col.kind(), row.get(c), locale);
				longest = Math.max(longest, regular.width(s));
				word = Math.max(word, text[c] ? widestWord(s, regular) : regular.width(s));
			}
			// A header may wrap over up to three lines.
			float header = Math.max(word, bold.width(col.label()) / 3);
			min[c] = Math.max(text[c] ? word : Math.max(longest, word), 24) + 2 * pad + 1;
			want[c] = Math.max(Math.max(longest, header) + 2 * pad + 6, min[c]);
		}
		float sumWant = sum(want);
		float[] widths = new float[n];
		if (sumWant <= total) {
			// At least 60 % of the text width (a table of two columns stays compact).
			float target = Math.max(sumWant, total * 0.6f);
			for (int c = 0; c < n; c++) {
				widths[c] = want[c] * target / sumWant;
			}
			return widths;
		}
		float fixed = 0;
		float textMin = 0;
		for (int c = 0; c < n; c++) {
			if (text[c]) {
				textMin += min[c];
			}
			else {
				fixed += min[c];
			}
		}
		float left = total - fixed;
		if (textMin > left) {
			// Even the longest words do not fit: every text column gets a share, long words break inside it.
			float floor = Math.max(total / 10, 24);
			for (int c = 0; c < n; c++) {
				if (text[c]) {
					min[c] = Math.max(Math.min(min[c], floor), min[c] * left / textMin);
				}
			}
			textMin = 0;
			for (int c = 0; c < n; c++) {
				textMin += text[c] ? min[c] : 0;
			}
		}
		float lack = 0;
		for (int c = 0; c < n; c++) {
			lack += text[c] ? want[c] - min[c] : 0;
		}
		float extra = Math.max(0, left - textMin);
		for (int c = 0; c < n; c++) {
			widths[c] = text[c] ? min[c] + (lack == 0 ? 0 : extra * (want[c] - min[c]) / lack) : min[c];
		}
		float sum = sum(widths);
		if (sum > total) {
			// the numbers alone are wider than the page: everything in proportion
			for (int c = 0; c < n; c++) {
				widths[c] *= total / sum;
			}
		}
		return widths;
	}

	private static float widestWord(String s, Measure font) {
		float w = 0;
		for (String word : clean(s).split("[ \n]+")) {
			w = Math.max(w, font.width(word));
		}
		return w;
	}

	/** The width of a string in points, in one font at one size. */
	@FunctionalInterface
	public interface Measure {
		float width(String s);
	}

	private static float sum(float[] values) {
		float s = 0;
		for (float v : values) {
			s += v;
		}
		return s;
	}

	private void text(String s, PDFont font, float fontSize, float x, float baseline) throws IOException {
		stream.beginText();
		stream.setFont(font, fontSize);
		stream.newLineAtOffset(x, baseline);
		stream.showText(s);
		stream.endText();
	}

	/** {@code text} wrapped at spaces to {@code width} (a word longer than the line broken, {@link #cut}). */
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
					candidate = word;
				}
				// A word longer than the line: broken after a | _ / – or -, else between letters.
				while (width(candidate, font, fontSize) > width && candidate.length() > 1) {
					int cut = cut(candidate, font, fontSize, width);
					out.add(candidate.substring(0, cut));
					candidate = candidate.substring(cut);
				}
				line.setLength(0);
				line.append(candidate);
			}
			out.add(line.toString());
		}
		return out;
	}

	/** Where to break {@code word}, wider than {@code width}: after its last | _ / – or - that fits, else after its last letter that fits. */
	private static int cut(String word, PDFont font, float fontSize, float width) {
		int fits = 1;
		while (fits < word.length() && width(word.substring(0, fits + 1), font, fontSize) <= width) {
			fits++;
		}
		for (int i = fits; i > 1; i--) {
			if ("|_/–-".indexOf(word.charAt(i - 1)) >= 0) {
				return i;
			}
		}
		return Character.isLowSurrogate(word.charAt(fits)) ? (fits > 1 ? fits - 1 : Math.min(2, word.length())) : fits;
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

	/**
	 * {@code text} centred at the foot of every page of {@code document} so far, {@code fromBottom}
	 * points above the page's edge (inside the bottom margin), in {@code font} at {@code fontSize} and
	 * {@code colour}: a demo warehouse's notice on each page of a pack.
	 */
	public static void footOfEveryPage(PDDocument document, String text, PDFont font, float fontSize, java.awt.Color colour,
			float fromBottom) {
		String line = clean(text).replace('\n', ' ');
		for (PDPage page : document.getPages()) {
			try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
				float x = (page.getMediaBox().getWidth() - width(line, font, fontSize)) / 2;
				foot.setNonStrokingColor(colour);
				foot.beginText();
				foot.setFont(font, fontSize);
				foot.newLineAtOffset(Math.max(0, x), fromBottom);
				foot.showText(line);
				foot.endText();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
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
