package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every chart, bundled with the application (Liberation, SIL Open Font Licence, from
 * {@code openpdf-fonts-extra}) so that every Vietnamese glyph is drawn on any machine, whatever
 * fonts it has. Liberation Serif has the metrics of Times New Roman, the font of Vietnamese
 * official documents; Liberation Sans is the screen font. Loaded once; thread-safe.
 */
public final class ChartFonts {

	public static final String SANS = "Liberation Sans";
	public static final String SERIF = "Liberation Serif";

	private static final Font SANS_REGULAR = load("/liberation/LiberationSans-Regular.ttf");
	private static final Font SANS_BOLD = load("/liberation/LiberationSans-Bold.ttf");
	private static final Font SERIF_REGULAR = load("/liberation/LiberationSerif-Regular.ttf");
	private static final Font SERIF_BOLD = load("/liberation/LiberationSerif-Bold.ttf");

	private ChartFonts() {
	}

	/** The sans or serif family at {@code size} points, bold or not. */
	public static Font font(boolean serif, boolean bold, float size) {
		Font base = serif ? (bold ? SERIF_BOLD : SERIF_REGULAR) : (bold ? SANS_BOLD : SANS_REGULAR);
		return base.deriveFont(size);
	}

	private static Font load(String resource) {
		try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing from the class path");
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + resource, e);
		}
		catch (FontFormatException e) {
			throw new IllegalStateException("Bad font " + resource, e);
		}
	}
}
