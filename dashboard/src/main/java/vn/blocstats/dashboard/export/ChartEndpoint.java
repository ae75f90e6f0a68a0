package vn.blocstats.dashboard.export;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;

/**
 * {@code GET /charts/{name}.svg|png?<the screen's filters>[&size=text|half|landscape][&dpi=…][&theme=screen|document][&lang=vi|en]}:
 * every dashboard chart ({@link ChartSource}) over HTTP, for analysts who embed them. Behind the
 * login like every page. SVG at the screen's size, PNG at a document size and resolution.
 */
@RestController
@ConditionalOnWebApplication
class ChartEndpoint {

	/** The screen's SVG size in user units (the page scales it). */
	static final int SVG_WIDTH = 960;
	static final int SVG_HEIGHT = 520;

	private static final List<String> OWN = List.of("size", "dpi", "theme", "lang");

	private final Map<String, ChartSource> sources;

	ChartEndpoint(List<ChartSource> sources) {
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(ChartSource::name, Function.identity()));
	}

	@GetMapping("/charts/{name}.{format}")
	ResponseEntity<byte[]> chart(@PathVariable String name, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters) throws SQLException {
		ChartSource source = sources.get(name);
		if (source == null || !(format.equals("svg") || format.equals("png"))) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(bytes("Không có biểu đồ " + name + "." + format));
		}
		try {
			Locale locale = "en".equals(parameters.getFirst("lang")) ? Locale.ENGLISH : Locale.of("vi", "VN");
			ChartTheme theme = "document".equals(parameters.getFirst("theme")) ? ChartTheme.DOCUMENT : ChartTheme.SCREEN;
			Map<String, List<String>> filters = parameters.entrySet().stream()
				.filter(e -> !OWN.contains(e.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			ChartDocument document = source.document(filters, locale, theme);
			if (format.equals("svg")) {
				return ok(ChartRenderer.svg(document.chart(), SVG_WIDTH, SVG_HEIGHT), MediaType.valueOf("image/svg+xml"));
			}
			ChartSize size = ChartSize.named(java.util.Objects.requireNonNullElse(parameters.getFirst("size"), "text"));
			int dpi = dpi(java.util.Objects.requireNonNullElse(parameters.getFirst("dpi"), "150"));
			return ok(ChartRenderer.png(document.chart(), size.widthPx(dpi), size.heightPx(dpi), dpi), MediaType.IMAGE_PNG);
		}
		catch (IllegalArgumentException e) {
			return ResponseEntity.badRequest().contentType(TEXT).body(bytes(e.getMessage()));
		}
	}

	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private static int dpi(String value) {
		if (!value.matches("\\d{2,4}") || Integer.parseInt(value) < 72 || Integer.parseInt(value) > 600) {
			throw new IllegalArgumentException("dpi từ 72 đến 600, không phải " + value);
		}
		return Integer.parseInt(value);
	}

	private static ResponseEntity<byte[]> ok(byte[] body, MediaType type) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(body);
	}

	private static byte[] bytes(String s) {
		return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
