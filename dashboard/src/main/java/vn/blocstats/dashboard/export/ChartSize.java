package vn.blocstats.dashboard.export;

/**
 * The physical sizes a chart is exported at for a congress document (A4, 2 cm margins): the text
 * width, half of it (two charts side by side), and a landscape page.
 *
 * @param widthCm width in centimetres
 * @param heightCm height in centimetres
 */
record ChartSize(double widthCm, double heightCm) {

	static final ChartSize TEXT = new ChartSize(16, 10);
	static final ChartSize HALF = new ChartSize(8, 6);
	static final ChartSize LANDSCAPE = new ChartSize(25.7, 16);

	static ChartSize named(String name) {
		return switch (name) {
			case "text", "a4" -> TEXT;
			case "half" -> HALF;
			case "landscape" -> LANDSCAPE;
			default -> throw new IllegalArgumentException("--size text, half hoặc landscape, không phải " + name);
		};
	}

	/** Pixels at {@code dpi} dots per inch. */
	int widthPx(int dpi) {
		return (int) Math.round(widthCm / 2.54 * dpi);
	}

	int heightPx(int dpi) {
		return (int) Math.round(heightCm / 2.54 * dpi);
	}
}
