package vn.blocstats.dashboard.export;

/**
 * The physical sizes a chart is exported at for a congress document (A4, 2 cm margins): the text
 * width, half of it (two charts side by side), and a landscape page.
 *
 * @param widthCm width in centimetres
 * @param heightCm height in centimetres
 */
public record ChartSize(double widthCm, double heightCm) {

	public static final ChartSize TEXT = new ChartSize(16, 10);
	public static final ChartSize HALF = new ChartSize(8, 6);
	public static final ChartSize LANDSCAPE = new ChartSize(25.7, 16);

	public static ChartSize named(String name) {
		return switch (name) {
			case "text", "a4" -> TEXT;
			case "half" -> HALF;
			case "landscape" -> LANDSCAPE;
			default -> throw new IllegalArgumentException("--size text, half hoặc landscape, không phải " + name);
		};
	}

	/** Pixels at {@code dpi} dots per inch. */
	public int widthPx(int dpi) {
		return (int) Math.round(widthCm / 2.54 * dpi);
	}

	public int heightPx(int dpi) {
		return (int) Math.round(heightCm / 2.54 * dpi);
	}

	/** The width in PDF points (1/72 inch). */
	public float widthPt() {
		return (float) (widthCm / 2.54 * 72);
	}

	public float heightPt() {
		return (float) (heightCm / 2.54 * 72);
	}
}
