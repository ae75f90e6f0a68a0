package vn.blocstats.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.web.context.request.async.DeferredResult;

import vn.blocstats.etl.config.BlocstatsProperties;
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
 *
 * <p>A chart not drawn yet is drawn on one of {@link ChartCache}'s renderer threads (a few for the
 * whole server: the warehouse never answers more charts at once than that, the others wait in
 * line) while the request waits without holding a web thread. A request answered no later than the
 * readers' time limit plus {@link #WAIT_MARGIN_MS} gets 503 past it, and withdraws from its
 * drawing: one nobody waits for any more is cancelled in DuckDB, or dropped before it starts.
 * A client that closes its connection while it waits withdraws too: Tomcat would notice only when
 * it writes the answer, so the waiting request looks at its connection each
 * {@value #WATCH_MS} ms ({@link ClientConnection}).
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
	/** How long a request waits past the readers' time limit for its chart to be drawn, in ms. */
	static final long WAIT_MARGIN_MS = 15_000;
	/** How often a request waiting for its chart looks whether its client is still there, in ms. */
	static final long WATCH_MS = 1_000;

	private final Map<String, ChartSource> sources;
	private final Map<String, Semaphore> renders = new java.util.concurrent.ConcurrentHashMap<>();
	private final int rendersPerUser;

	private final AuditLog audit;

	private final ChartCache cache;

	/** Looks at the connections of the requests waiting for a chart. */
	private final java.util.concurrent.ScheduledExecutorService watcher = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("chart-clients").daemon().factory());

	private final vn.blocstats.dashboard.demo.DemoWarehouse demo;

	ChartEndpoint(List<ChartSource> sources, AuditLog audit, ChartCache cache, vn.blocstats.dashboard.demo.DemoWarehouse demo,
			BlocstatsProperties settings) {
		this.demo = demo;
		this.rendersPerUser = settings.charts().rendersPerUser();
		this.audit = audit;
		this.cache = cache;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(ChartSource::name, Function.identity()));
	}

	@GetMapping("/charts/{name}.{format}")
	DeferredResult<ResponseEntity<byte[]>> chart(@PathVariable String name, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, java.security.Principal user,
			jakarta.servlet.http.HttpServletRequest request) throws SQLException {
		// The request waits for the drawing without holding a web thread; past the readers' time limit (and a margin
		// for drawing) it is answered 503, and a client that goes away before withdraws from the drawing.
		DeferredResult<ResponseEntity<byte[]>> reply = new DeferredResult<>(Queries.timeout().toMillis() + WAIT_MARGIN_MS);
		Locale locale = "en".equals(parameters.getFirst("lang")) ? Locale.ENGLISH : Locale.of("vi", "VN");
		ChartSource source = sources.get(name);
		ExportFormat f;
		try {
			f = ExportFormat.of(format);
		}
		catch (IllegalArgumentException e) {
			f = null;
		}
		if (source == null || f == null) {
			reply.setResult(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(bytes("Không có biểu đồ " + name + "." + format)));
			return reply;
		}
		try {
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
					ChartExports.separator(Objects.requireNonNullElse(parameters.getFirst("sep"), ",")), locale)
				.withNotice(demo.notice(locale));
			for (String text : new String[] { "caption", "source" }) {
				String value = parameters.getFirst(text);
				if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
					throw new IllegalArgumentException(Texts.get(locale, "export.tooLong." + text, Integer.toString(MAX_TEXT)));
				}
			}
			// Drawn once per (chart, format, parameters) until the next import; a browser holding the
			// same version gets 304.
			String key = cache.key(name, f.name(), parameters);
			String detail = "/charts/" + name + "." + f.name().toLowerCase(Locale.ROOT) + " " + parameters.toSingleValueMap();
			String who = AuditLog.currentUser();
			String client = AuditLog.currentClient();
			ChartCache.Entry drawn = cache.get(key);
			if (drawn != null) {
				reply.setResult(answer(drawn, ifNoneMatch, who, detail, client));
				return reply;
			}
			// A chart not drawn yet costs seconds and up to hundreds of MB (600 dpi): at most rendersPerUser at once per user.
			Semaphore turn = renders.computeIfAbsent(user == null ? "" : user.getName(), k -> new Semaphore(rendersPerUser));
			if (!turn.tryAcquire()) {
				reply.setResult(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(TEXT).header(HttpHeaders.RETRY_AFTER, "5")
					.body(bytes(Texts.get(locale, "export.busy", Integer.toString(rendersPerUser)))));
				return reply;
			}
			AtomicBoolean released = new AtomicBoolean();
			Runnable release = () -> {
				if (released.compareAndSet(false, true)) {
					turn.release();
				}
			};
			ExportFormat chosen = f;
			ChartCache.Ticket ticket = cache.request(key, () -> {
				ChartDocument document = source.document(filters, locale, theme);
				return new ChartCache.Entry(ChartExports.write(document, options), chosen.mediaType(),
						ChartExports.attachment(ChartExports.asciiFileName(document, filters, chosen), ChartExports.fileName(document, filters, chosen)),
						ChartCache.etag(key), document.caption());
			});
			// A request that stops waiting (its wait ran out, its client closed the connection, or the server
			// reports it broken) withdraws: a drawing nobody waits for is cancelled, or dropped from the line
			// before it starts. The connection is looked at only until the request is answered.
			ClientConnection connection = ClientConnection.of(request);
			java.util.concurrent.ScheduledFuture<?> watch = connection == null ? null : watcher.scheduleWithFixedDelay(() -> {
				if (connection.closed()) {
					connection.release();
					ticket.withdraw().run();
					release.run();
					reply.setResult(timedOut(locale));
				}
			}, WATCH_MS, WATCH_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
			Runnable answering = () -> {
				if (watch != null) {
					watch.cancel(false);
					connection.release();
				}
			};
			reply.onCompletion(() -> {
				answering.run();
				release.run();
			});
			reply.onError(e -> {
				answering.run();
				ticket.withdraw().run();
				release.run();
			});
			reply.onTimeout(() -> {
				answering.run();
				ticket.withdraw().run();
				release.run();
				reply.setResult(timedOut(locale));
			});
			ticket.result().whenComplete((entry, failure) -> {
				answering.run();
				release.run();
				if (failure == null) {
					reply.setResult(answer(entry, ifNoneMatch, who, detail, client));
					return;
				}
				Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
				if (cause instanceof IllegalArgumentException) {
					reply.setResult(ResponseEntity.badRequest().contentType(TEXT).body(bytes(cause.getMessage())));
				}
				else if (Queries.cancelled(cause)) {
					// The warehouse did not answer within the readers' time limit (or nobody waits any more): nothing runs on.
					reply.setResult(timedOut(locale));
				}
				else {
					reply.setErrorResult(cause);
				}
			});
			return reply;
		}
		catch (IllegalArgumentException e) {
			reply.setResult(ResponseEntity.badRequest().contentType(TEXT).body(bytes(e.getMessage())));
			return reply;
		}
	}

	/** The drawn chart as the download, or 304 when the browser holds this version; recorded in the audit. */
	private ResponseEntity<byte[]> answer(ChartCache.Entry entry, String ifNoneMatch, String who, String detail, String client) {
		if (entry.etag().equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(entry.etag()).cacheControl(REVALIDATE).build();
		}
		audit.record(who, AuditAction.EXPORT, detail + ": " + entry.caption(), client);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(entry.contentType()))
			.cacheControl(REVALIDATE)
			.eTag(entry.etag())
			.header(HttpHeaders.CONTENT_DISPOSITION, entry.disposition())
			.body(entry.body());
	}

	private static ResponseEntity<byte[]> timedOut(Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).header(HttpHeaders.RETRY_AFTER, "30")
			.body(bytes(Texts.get(locale, "export.timeout", Long.toString(Queries.timeout().toSeconds()))));
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

	@jakarta.annotation.PreDestroy
	void stop() {
		watcher.shutdownNow();
	}
}
