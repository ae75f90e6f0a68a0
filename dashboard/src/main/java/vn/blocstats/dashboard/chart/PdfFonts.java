package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The bundled Liberation fonts ({@link ChartFonts}) as fonts of one PDF document: each face is
 * embedded once, as a subset ({@link PDType0Font}, so every Vietnamese glyph stays real, selectable
 * text — never outlines, never one of the 14 standard PDF fonts). As the text drawer of
 * pdfbox-graphics2d it maps every {@link java.awt.Font} a chart draws with to one of these faces:
 * a serif family to Liberation Serif, anything else to Liberation Sans, bold and italic kept. One
 * instance per document; not thread-safe.
 */
public final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {

	/** A face of a family. */
	public enum Face {
		REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

		private final String file;

		Face(String file) {
			this.file = file;
		}
	}

	private static final Map<Face, byte[]> SERIF = new EnumMap<>(Face.class);
	private static final Map<Face, byte[]> SANS = new EnumMap<>(Face.class);

	static {
		for (Face f : Face.values()) {
			SERIF.put(f, read("/liberation/LiberationSerif-" + f.file + ".ttf"));
			SANS.put(f, read("/liberation/LiberationSans-" + f.file + ".ttf"));
		}
	}

	private final PDDocument document;
	private final Map<Face, PDFont> serif = new EnumMap<>(Face.class);
	private final Map<Face, PDFont> sans = new EnumMap<>(Face.class);

	public PdfFonts(PDDocument document) {
		this.document = document;
	}

	/** Liberation Serif (Times New Roman metrics) in {@code face}, embedded in this document on first use. */
	public PDFont serif(Face face) {
		return load(serif, SERIF, face);
	}

	/** Liberation Sans in {@code face}, embedded in this document on first use. */
	public PDFont sans(Face face) {
		return load(sans, SANS, face);
	}

	@Override
	protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
		String name = (font.getFamily() + " " + font.getFontName()).toLowerCase(java.util.Locale.ROOT);
		boolean bold = font.isBold() || name.contains("bold");
		boolean italic = font.isItalic() || name.contains("italic");
		Face face = bold ? (italic ? Face.BOLD_ITALIC : Face.BOLD) : (italic ? Face.ITALIC : Face.REGULAR);
		boolean isSerif = name.contains("serif") && !name.contains("sans");
		return isSerif ? serif(face) : sans(face);
	}

	private PDFont load(Map<Face, PDFont> loaded, Map<Face, byte[]> files, Face face) {
		return loaded.computeIfAbsent(face, f -> {
			try {
				return PDType0Font.load(document, new java.io.ByteArrayInputStream(files.get(f)), true);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot embed the bundled font " + f, e);
			}
		});
	}

	private static byte[] read(String resource) {
		try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + resource, e);
		}
	}
}
