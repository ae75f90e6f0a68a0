package vn.blocstats.dashboard.export;

import java.util.Locale;

/** The formats a chart is exported in: the drawing (PNG, SVG, PDF) or its figures (XLSX, CSV). */
public enum ExportFormat {

	PNG("image/png"), SVG("image/svg+xml"), PDF("application/pdf"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV("text/csv;charset=UTF-8");

	private final String mediaType;

	ExportFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether this is a drawing of the chart (PNG, SVG, PDF), not its table of figures. */
	public boolean drawing() {
		return this == PNG || this == SVG || this == PDF;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The format of an extension or a {@code --format} value. */
	public static ExportFormat of(String name) {
		for (ExportFormat f : values()) {
			if (f.extension().equalsIgnoreCase(name)) {
				return f;
			}
		}
		throw new IllegalArgumentException("Định dạng png, svg, pdf, xlsx hoặc csv, không phải “" + name + "”");
	}
}
