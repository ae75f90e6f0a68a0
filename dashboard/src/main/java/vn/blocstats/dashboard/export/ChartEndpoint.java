package vn.blocstats.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.blocstats.warehouse.base.Queries;
import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.Texts;

/**
 * {@code GET /charts/{name}.svg|png|pdf|xlsx|csv?<the screen's filters>[&size=text|half|landscape][&dpi=…]
 * [&caption=…][&source=…][&number=N][&sep=;][&theme=document|screen][&lang=vi|en]}: every dashboard
 * chart ({@link ChartSource}) in every export format ({@link ChartExports}), as a download
 * ({@code Content-Disposition: attachment} with an ASCII and a UTF-8 file name). Behind the login
 * like every page. The document look by default; an SVG without a size has the screen's size, a
 * PNG 150 dpi.
 */
@RestController
@ConditionalOnWebApplication
class ChartEndpoint {

	private static final List<String> OWN = List.of("size", "dpi", "theme", "lang", "caption", "source", "number", "sep");
	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
	/** Kept by the browser, asked again each time (an import may have changed it): 304 when it has not. */
	private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	/** The longest caption or source line a chart takes, in characters. */
	static final int MAX_TEXT = 300;
	/** How many charts one user may have drawn at once by default (the others get 429): blocstats.charts.renders-per-user. */
	static final int MAX_RENDERS = 2;

	private final Map<String, ChartSource> sources;
	private final Map<String, Semaphore> renders = new java.util.concurrent.ConcurrentHashMap<>();
	private final int rendersPerUser;

	private final AuditLog audit;

	private final ChartCache cache;

	ChartEndpoint(List<ChartSource> sources, AuditLog audit, ChartCache cache,
			@org.springframework.beans.factory.annotation.Value("${blocstats.charts.renders-per-user:" + MAX_RENDERS + "}") int rendersPerUser) {
		this.rendersPerUser = rendersPerUser;
		this.audit = audit;
		this.cache = cache;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(ChartSource::name, Function.identity()));
	}

	@GetMapping("/charts/{name}.{format}")
	ResponseEntity<byte[]> chart(@PathVariable String name, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, java.security.Principal user)
			throws SQLException {
		ChartSource source = sources.get(name);
		ExportFormat f;
		try {
			f = ExportFormat.of(format);
		}
		catch (IllegalArgumentException e) {
			f = null;
		}
		if (source == null || f == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(bytes("Không có biểu đồ " + name + "." + format));
		}
		try {
			Locale locale = "en".equals(parameters.getFirst("lang")) ? Locale.ENGLISH : Locale.of("vi", "VN");
			ChartTheme theme = "screen".equals(parameters.getFirst("theme")) ? ChartTheme.SCREEN : ChartTheme.DOCUMENT;
			Map<String, List<String>> filters = parameters.entrySet().stream()
				.filter(e -> !OWN.contains(e.getKey()))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			ChartSize size = parameters.getFirst("size") == null && f == ExportFormat.SVG ? ChartExports.SCREEN_SVG
					: ChartSize.named(Objects.requireNonNullElse(parameters.getFirst("size"), "text"));
			ChartExports.Options options = new ChartExports.Options(f, size,
					dpi(Objects.requireNonNullElse(parameters.getFirst("dpi"), "150")),
					ChartExports.number(Objects.requireNonNullElse(parameters.getFirst("number"), "1")),
					Optional.ofNullable(parameters.getFirst("caption")), Optional.ofNullable(parameters.getFirst("source")),
					ChartExports.separator(Objects.requireNonNullElse(parameters.getFirst("sep"), ",")), locale);
			// Drawn once per (chart, format, parameters) until the next import; a browser holding the
			// same version gets 304.
			for (String text : new String[] { "caption", "source" }) {
				String value = parameters.getFirst(text);
				if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
					throw new IllegalArgumentException(Texts.get(locale, "export.tooLong." + text, Integer.toString(MAX_TEXT)));
				}
			}
			String key = cache.key(name, f.name(), parameters);
			ExportFormat chosen = f;
			ChartCache.Entry entry = cache.get(key);
			if (entry == null) {
				// A chart not drawn yet costs seconds and up to hundreds of MB (600 dpi): at most MAX_RENDERS at once per user.
				Semaphore turn = renders.computeIfAbsent(user == null ? "" : user.getName(), k -> new Semaphore(rendersPerUser));
				if (!turn.tryAcquire()) {
					return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(TEXT).header(HttpHeaders.RETRY_AFTER, "5")
						.body(bytes(Texts.get(locale, "export.busy", Integer.toString(rendersPerUser))));
				}
				try {
					// Drawn once for everyone asking for it now: the others wait for this drawing.
					entry = cache.get(key, () -> {
						ChartDocument document = source.document(filters, locale, theme);
						return new ChartCache.Entry(ChartExports.write(document, options), chosen.mediaType(),
								ChartExports.attachment(ChartExports.asciiFileName(document, filters, chosen), ChartExports.fileName(document, filters, chosen)),
								ChartCache.etag(key), document.caption());
					});
				}
				finally {
					turn.release();
				}
			}
			if (entry.etag().equals(ifNoneMatch)) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(entry.etag()).cacheControl(REVALIDATE).build();
			}
			audit.record(AuditAction.EXPORT, "/charts/" + name + "." + f.name().toLowerCase(Locale.ROOT) + " " + parameters.toSingleValueMap()
				+ ": " + entry.caption());
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(entry.contentType()))
				.cacheControl(REVALIDATE)
				.eTag(entry.etag())
				.header(HttpHeaders.CONTENT_DISPOSITION, entry.disposition())
				.body(entry.body());
		}
		catch (IllegalArgumentException e) {
			return ResponseEntity.badRequest().contentType(TEXT).body(bytes(e.getMessage()));
		}
		catch (SQLException | RuntimeException e) {
			if (!Queries.cancelled(e)) {
				throw e;
			}
			// The warehouse did not answer within the readers' time limit: the query was cancelled, nothing runs on.
			Locale locale = "en".equals(parameters.getFirst("lang")) ? Locale.ENGLISH : Locale.of("vi", "VN");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).header(HttpHeaders.RETRY_AFTER, "30")
				.body(bytes(Texts.get(locale, "export.timeout", Long.toString(Queries.timeout().toSeconds()))));
		}
	}

	private static int dpi(String value) {
		if (!value.matches("\\d{2,4}") || Integer.parseInt(value) < 72 || Integer.parseInt(value) > 600) {
			throw new IllegalArgumentException("dpi từ 72 đến 600, không phải " + value);
		}
		return Integer.parseInt(value);
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
