package vn.blocstats.dashboard.congress;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF where they are printed, as PDFBox's text extraction finds them (the pack's
 * paragraphs and tables, and the text of its vector charts): each word's box — from its first
 * glyph's left to its last glyph's right, from its baseline up by the glyphs' height — in points
 * from the page's top left, with its font. A word is a run of glyphs on one baseline without a space
 * or a gap wider than a third of the font size between them. With them a test sees a word over a
 * word, a word outside the margins, and the line that ends a page.
 */
final class PdfTextBoxes {

	/** One word and where it is printed (page from 1). */
	record Word(int page, String text, Rectangle2D box, float baseline, boolean bold, boolean upright) {

		@Override
		public String toString() {
			return "p. " + page + " “" + text + "” at " + String.format(java.util.Locale.ROOT, "[%.1f, %.1f, %.1f × %.1f]", box.getX(),
					box.getY(), box.getWidth(), box.getHeight());
		}
	}

	/** Two words printed over each other. */
	record Overlap(Word a, Word b) {

		@Override
		public String toString() {
			return a + " over " + b;
		}
	}

	/** A line: the words on one baseline of a page, left to right. */
	record Line(int page, float baseline, List<Word> words) {

		String text() {
			return String.join(" ", words.stream().map(Word::text).toList());
		}

		boolean bold() {
			return words.stream().allMatch(Word::bold);
		}
	}

	private static final Pattern HEADING = Pattern.compile("^[IVXL]+\\. .+");

	final List<Word> words;
	final int pages;
	private final List<PDRectangle> sizes = new ArrayList<>();

	private PdfTextBoxes(List<Word> words, PDDocument doc) {
		this.words = List.copyOf(words);
		this.pages = doc.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			sizes.add(doc.getPage(i).getMediaBox());
		}
	}

	/** The words of every page of {@code doc}. */
	static PdfTextBoxes of(PDDocument doc) {
		List<Word> words = new ArrayList<>();
		try {
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					List<TextPosition> word = new ArrayList<>();
					for (TextPosition p : positions) {
						boolean space = p.getUnicode().isBlank();
						if (!word.isEmpty()) {
							TextPosition last = word.getLast();
							float gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
							boolean sameLine = Math.abs(p.getYDirAdj() - last.getYDirAdj()) < 0.5f && p.getDir() == last.getDir();
							if (space || !sameLine || gap > last.getFontSizeInPt() / 3 || gap < -last.getFontSizeInPt() / 3) {
								words.add(word(getCurrentPageNo(), word));
								word = new ArrayList<>();
							}
						}
						if (!space) {
							word.add(p);
						}
					}
					if (!word.isEmpty()) {
						words.add(word(getCurrentPageNo(), word));
					}
				}
			};
			stripper.setSortByPosition(false);
			stripper.getText(doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new PdfTextBoxes(words, doc);
	}

	private static Word word(int page, List<TextPosition> glyphs) {
		TextPosition first = glyphs.getFirst();
		TextPosition last = glyphs.getLast();
		StringBuilder text = new StringBuilder();
		float height = 0;
		for (TextPosition p : glyphs) {
			text.append(p.getUnicode());
			height = Math.max(height, p.getHeightDir());
		}
		float x0 = first.getXDirAdj();
		float x1 = last.getXDirAdj() + last.getWidthDirAdj();
		float baseline = first.getYDirAdj();
		String font = first.getFont() == null || first.getFont().getName() == null ? "" : first.getFont().getName();
		boolean upright = first.getDir() == 0;
		Rectangle2D box;
		if (upright) {
			box = new Rectangle2D.Double(x0, baseline - height, x1 - x0, height);
		}
		else {
			// A rotated word (a chart's axis label): where it is printed, in page coordinates.
			float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
			for (TextPosition p : glyphs) {
				minX = Math.min(minX, p.getX());
				maxX = Math.max(maxX, p.getX());
				minY = Math.min(minY, p.getY());
				maxY = Math.max(maxY, p.getY());
			}
			box = new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
		}
		return new Word(page, text.toString(), box, baseline, font.contains("Bold"), upright);
	}

	/** Every two words of a page whose boxes intersect by more than {@code tolerance} points each way. */
	List<Overlap> overlaps(double tolerance) {
		List<Overlap> out = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			int p = page;
			List<Word> on = words.stream().filter(w -> w.page() == p && w.upright()).toList();
			for (int i = 0; i < on.size(); i++) {
				Rectangle2D a = on.get(i).box();
				for (int j = i + 1; j < on.size(); j++) {
					Rectangle2D b = on.get(j).box();
					Rectangle2D both = a.createIntersection(b);
					if (both.getWidth() > tolerance && both.getHeight() > tolerance) {
						out.add(new Overlap(on.get(i), on.get(j)));
					}
				}
			}
		}
		return out;
	}

	/**
	 * Every word not inside the margins (in points: top, right, bottom, left) by more than
	 * {@code tolerance}.
	 */
	List<Word> outside(float top, float right, float bottom, float left, double tolerance) {
		return words.stream().filter(w -> {
			PDRectangle size = sizes.get(w.page() - 1);
			Rectangle2D b = w.box();
			return b.getMinX() < left - tolerance || b.getMaxX() > size.getWidth() - right + tolerance || b.getMinY() < top - tolerance
					|| b.getMaxY() > size.getHeight() - bottom + tolerance;
		}).toList();
	}

	/** The lines of each page, top to bottom (words within half a point of a baseline are one line). */
	Map<Integer, List<Line>> lines() {
		Map<Integer, List<Line>> out = new TreeMap<>();
		for (int page = 1; page <= pages; page++) {
			int p = page;
			List<Word> on = words.stream().filter(w -> w.page() == p && w.upright())
				.sorted(Comparator.comparingDouble(Word::baseline).thenComparingDouble(w -> w.box().getX())).toList();
			List<Line> lines = new ArrayList<>();
			List<Word> current = new ArrayList<>();
			for (Word w : on) {
				if (!current.isEmpty() && Math.abs(w.baseline() - current.getFirst().baseline()) > 0.5f) {
					lines.add(new Line(p, current.getFirst().baseline(), List.copyOf(current)));
					current = new ArrayList<>();
				}
				current.add(w);
			}
			if (!current.isEmpty()) {
				lines.add(new Line(p, current.getFirst().baseline(), List.copyOf(current)));
			}
			out.put(p, lines);
		}
		return out;
	}

	/**
	 * The pages whose last line is a heading — a bold line starting with a Roman numeral ("II. Diễn
	 * biến …"), or a caption ("Biểu đồ 3. …", "Bảng số liệu …", or their words in another language)
	 * — left alone at the page's foot, as "page N: line".
	 */
	List<String> headingsAtFoot(List<String> captionWords) {
		List<String> out = new ArrayList<>();
		for (var e : lines().entrySet()) {
			if (e.getValue().isEmpty() || e.getKey() == pages) {
				continue;
			}
			Line last = e.getValue().getLast();
			String text = last.text();
			boolean heading = last.bold() && HEADING.matcher(text).matches()
					|| captionWords.stream().anyMatch(w -> text.startsWith(w + " "));
			if (heading) {
				out.add("page " + e.getKey() + ": " + text);
			}
		}
		return out;
	}
}
