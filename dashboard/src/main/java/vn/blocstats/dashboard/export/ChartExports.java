package vn.blocstats.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.Texts;

/**
 * One chart ({@link ChartDocument}) written in an {@link ExportFormat}: the drawing as PNG, SVG or
 * PDF, its figures as XLSX ({@link ChartXlsx}) or CSV ({@link ChartCsv}). Every export but PNG and
 * SVG (pictures placed under a caption in Word) carries the caption — "Biểu đồ 3. Kết nạp đảng viên
 * mới, 2015–2020" — and the source line — "Nguồn: Đảng ủy Khối …". Both can be overridden: a
 * caption or source given without its lead ("Biểu đồ N." / "Nguồn:") gets it. An export of a demo
 * warehouse says so first ({@link Options#notice()}): over the chart of a PNG, SVG or PDF, in the
 * first row of an XLSX or CSV. Stateless.
 */
public final class ChartExports {

	/** The screen's SVG size (960 × 520 user units), for an SVG asked for without a size. */
	public static final ChartSize SCREEN_SVG = new ChartSize(960 * 2.54 / 96, 520 * 2.54 / 96);

	/**
	 * How to write a chart.
	 *
	 * @param number the chart's number in its document ("Biểu đồ 3")
	 * @param caption a caption replacing the chart's own (its text, or the whole line)
	 * @param source a source replacing the chart's own (the organisation, or the whole line)
	 * @param separator the CSV separator: ',' or ';' (Excel in a Vietnamese locale)
	 * @param notice what the export says first, over the chart or above the table: a demo warehouse's
	 *        "Dữ liệu mẫu — số liệu giả lập …" ({@link vn.blocstats.dashboard.demo.DemoWarehouse#notice})
	 */
	public record Options(ExportFormat format, ChartSize size, int dpi, int number, Optional<String> caption,
			Optional<String> source, char separator, Locale locale, Optional<String> notice) {

		public Options {
			Objects.requireNonNull(format);
			Objects.requireNonNull(size);
			Objects.requireNonNull(locale);
			Objects.requireNonNull(notice);
			if (separator != ',' && separator != ';') {
				throw new IllegalArgumentException("Dấu phân cách CSV là “,” hoặc “;”, không phải “" + separator + "”");
			}
			if (number < 1) {
				throw new IllegalArgumentException("Số thứ tự biểu đồ từ 1, không phải " + number);
			}
		}

		/** Options without a notice (a real warehouse's export). */
		public Options(ExportFormat format, ChartSize size, int dpi, int number, Optional<String> caption, Optional<String> source,
				char separator, Locale locale) {
			this(format, size, dpi, number, caption, source, separator, locale, Optional.empty());
		}

		/** The same options with {@code notice} said first (empty: none). */
		public Options withNotice(Optional<String> notice) {
			return new Options(format, size, dpi, number, caption, source, separator, locale, notice);
		}

		/** The defaults for {@code format}: text width, 300 dpi, chart 1, the chart's own caption and source, ','. */
		public static Options of(ExportFormat format, Locale locale) {
			return new Options(format, ChartSize.TEXT, 300, 1, Optional.empty(), Optional.empty(), ',', locale);
		}
	}

	private ChartExports() {
	}

	/** A chart's number as given in a URL or on the command line. */
	public static int number(String value) {
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1) {
			throw new IllegalArgumentException("Số thứ tự biểu đồ là số từ 1, không phải “" + value + "”");
		}
		return Integer.parseInt(value);
	}

	/** A CSV separator as given in a URL or on the command line: {@code ,} or {@code ;}. */
	public static char separator(String value) {
		return switch (value) {
			case ",", "comma" -> ',';
			case ";", "semicolon" -> ';';
			default -> throw new IllegalArgumentException("Dấu phân cách CSV là “,” hoặc “;”, không phải “" + value + "”");
		};
	}

	/** The caption line: "Biểu đồ {number}. {caption}". */
	public static String caption(ChartDocument document, Options options) {
		String lead = Texts.get(options.locale(), "export.caption.lead", Integer.toString(options.number()));
		String text = options.caption().map(String::strip).filter(s -> !s.isEmpty()).orElse(document.caption());
		return startsWithWord(text, Texts.get(options.locale(), "export.caption.word")) ? text : lead + " " + text;
	}

	/** The source line: "Nguồn: {source}". */
	public static String source(ChartDocument document, Options options) {
		String lead = Texts.get(options.locale(), "export.source.lead");
		String text = options.source().map(String::strip).filter(s -> !s.isEmpty()).orElse(document.source());
		return startsWithWord(text, lead.replace(":", "")) ? text : lead + " " + text;
	}

	/** The chart written as {@code options} say. */
	public static byte[] write(ChartDocument document, Options options) {
		ChartSize size = options.size();
		return switch (options.format()) {
			case PNG, SVG -> draw(document.fitted(size.widthPx(96), size.heightPx(96)), options);
			// the PDF's chart is drawn in points, under its caption and above its source
			case PDF -> draw(document.fitted(size.widthPt() - 4, size.heightPt() * 0.75), options);
			case XLSX, CSV -> draw(document, options);
		};
	}

	/**
	 * The document as exported at {@code size}: the chart fitted to its canvas (fonts, the compare
	 * chart's top units), the caption saying what it shows; the table whole.
	 */
	public static ChartDocument drawn(ChartDocument document, ChartSize size) {
		return document.fitted(size.widthPx(96), size.heightPx(96));
	}

	private static byte[] draw(ChartDocument document, Options options) {
		ChartSize size = options.size();
		// A drawing says it over the chart (a picture travels without its caption); a table in its first row.
		options.notice().filter(n -> options.format().drawing()).ifPresent(n -> ChartRenderer.notice(document.chart(), n));
		String notice = options.notice().orElse(null);
		return switch (options.format()) {
			case PNG -> ChartRenderer.png(document.chart(), size.widthPx(options.dpi()), size.heightPx(options.dpi()), options.dpi());
			case SVG -> ChartRenderer.svg(document.chart(), size.widthPx(96), size.heightPx(96));
			case PDF -> ChartRenderer.pdf(document.chart(), size.widthPt(), size.heightPt(), caption(document, options),
					source(document, options));
			case XLSX -> ChartXlsx.write(document.table(), notice, caption(document, options), source(document, options), options.locale());
			case CSV -> ChartCsv.write(document.table(), notice, caption(document, options), source(document, options), options.separator());
		};
	}

	/**
	 * A file name that every system accepts: the caption in ASCII, lower case, words joined by
	 * hyphens, then the committees of the filters: {@code ket-nap-dang-vien-moi-2010-2025-74-KCQDN.pdf}.
	 */
	public static String asciiFileName(ChartDocument document, Map<String, List<String>> filters, ExportFormat format) {
		StringBuilder name = new StringBuilder(slug(document.caption()).toLowerCase(Locale.ROOT));
		for (String committee : filters.getOrDefault("committee", List.of())) {
			String s = slug(committee);
			if (!s.isEmpty()) {
				name.append('-').append(s);
			}
		}
		String base = name.isEmpty() ? "bieu-do" : name.toString();
		return (base.length() > 120 ? base.substring(0, 120) : base) + "." + format.extension();
	}

	/** The readable Vietnamese file name (for {@code filename*}): "Kết nạp đảng viên mới, 2010–2025 - 74-KCQDN.pdf". */
	public static String fileName(ChartDocument document, Map<String, List<String>> filters, ExportFormat format) {
		StringBuilder name = new StringBuilder(document.caption());
		List<String> committees = filters.getOrDefault("committee", List.of());
		if (!committees.isEmpty()) {
			name.append(" - ").append(String.join(", ", committees));
		}
		String safe = name.toString().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll(" +", " ").strip();
		return (safe.length() > 150 ? safe.substring(0, 150) : safe) + "." + format.extension();
	}

	/** A {@code Content-Disposition: attachment} value with the ASCII name and the RFC 5987 UTF-8 name. */
	public static String attachment(String asciiName, String utf8Name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : utf8Name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
	}

	/** ASCII letters, digits and hyphens: "Kết nạp đảng viên mới, 2010–2025" → "Ket-nap-dang-vien-moi-2010-2025". */
	static String slug(String s) {
		String plain = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	private static boolean startsWithWord(String text, String word) {
		return text.regionMatches(true, 0, word, 0, word.length());
	}
}
