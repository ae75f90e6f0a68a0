package vn.blocstats.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.duckdb.DuckDBConnection;
import org.springframework.context.event.EventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.load.WarehouseChanged;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.Queries;

/**
 * The charts {@code /charts/…} has drawn, until the warehouse changes. A chart depends only on its
 * filters and on the warehouse's contents, and those change only in an import's turn of this
 * process (the warehouse's only writer): the key is (chart, format, every parameter, the
 * warehouse's version), the version is read once and kept in memory until a turn ends
 * ({@link WarehouseChanged}), when every entry goes. Caffeine holds at most {@link #MAX_BYTES} of
 * drawn charts (least used first out). A missing chart is drawn once however many ask for it at
 * the same time, on a renderer thread: the requests wait for that drawing, and when every one of
 * them has gone (their clients closed the connection) the drawing is cancelled in DuckDB.
 * Thread-safe.
 */
@Component
@ConditionalOnWebApplication
class ChartCache {

	/** At most this many bytes of drawn charts are kept (a 300-dpi PNG is ~150 kB, an SVG ~60 kB). */
	static final long MAX_BYTES = 64L << 20;

	/** A drawn chart: the bytes, how they are sent, and their entity tag (a hash of the key). */
	record Entry(byte[] body, String contentType, String disposition, String etag, String caption) {
	}

	/** Drawing a chart that may fail with the warehouse's error. */
	interface Drawing {
		Entry draw() throws SQLException;
	}

	private final ObjectProvider<Warehouse> warehouse;
	private final Cache<String, Entry> entries = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Entry e) -> e.body().length + key.length())
		.build();
	/** The warehouse's version while no turn has ended since it was read; null: read it again. */
	private final AtomicReference<String> version = new AtomicReference<>();

	/** The drawings in progress, by key. */
	private final ConcurrentHashMap<String, Render> drawing = new ConcurrentHashMap<>();
	/** The threads that draw charts: web request threads only wait for them. */
	private final ExecutorService renderers;

	@Autowired
	ChartCache(ObjectProvider<Warehouse> warehouse, BlocstatsProperties settings) {
		this(warehouse, settings.charts().renderers());
	}

	/**
	 * @param renderers how many charts are drawn at once in the whole server
	 *        ({@code blocstats.charts.renderers}, checked by the settings: 0 to 64; 0: the number of processors, at least 2)
	 */
	ChartCache(ObjectProvider<Warehouse> warehouse, int renderers) {
		this.warehouse = warehouse;
		AtomicInteger n = new AtomicInteger();
		this.renderers = Executors.newFixedThreadPool(renderers > 0 ? renderers : Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
			Thread t = new Thread(r, "chart-render-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/** The key of a request: the chart, the format, the parameters (sorted) and the warehouse's version. */
	String key(String name, String format, Map<String, List<String>> parameters) throws SQLException {
		return name + "." + format + "?" + new TreeMap<>(parameters) + "@" + version();
	}

	/**
	 * The warehouse's contents' version: the newest load, the number of loads and when the figure
	 * tables were last refreshed, read once per turn of the imports.
	 */
	String version() throws SQLException {
		String v = version.get();
		if (v != null) {
			return v;
		}
		try (DuckDBConnection c = warehouse.getObject().connection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT coalesce(max(load_id), 0), count(*), "
						+ "(SELECT CAST(max(refreshed_at) AS VARCHAR) FROM figure_refresh) FROM load")) {
			rs.next();
			v = rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3);
		}
		// A turn that ended while this was read has set null: keep that, the next request reads again.
		version.compareAndSet(null, v);
		return v;
	}

	/** An import's turn ended: every drawn chart may be stale. */
	@EventListener
	void warehouseChanged(WarehouseChanged event) {
		version.set(null);
		entries.invalidateAll();
	}

	/** The chart drawn for {@code key} if there is one. */
	Entry get(String key) {
		return entries.getIfPresent(key);
	}

	/**
	 * A request's wait for a chart: its {@link #result()}, and {@link #withdraw()} for a client that
	 * went away before it.
	 */
	record Ticket(CompletableFuture<Entry> result, Runnable withdraw) {
	}

	/**
	 * The chart of {@code key}: drawn already, being drawn for someone else (this request waits for
	 * the same drawing), or drawn now by {@code drawing} on a renderer thread. A drawing whose every
	 * waiting request has {@linkplain Ticket#withdraw() withdrawn} is cancelled in DuckDB
	 * ({@link Queries.Cancellation}): a client that goes away leaves no query running for it.
	 */
	Ticket request(String key, Drawing drawing) {
		Entry drawn = entries.getIfPresent(key);
		if (drawn != null) {
			return new Ticket(CompletableFuture.completedFuture(drawn), () -> {
			});
		}
		Render[] mine = new Render[1];
		boolean[] first = new boolean[1];
		this.drawing.compute(key, (k, current) -> {
			Render r = current;
			if (r == null) {
				r = new Render();
				first[0] = true;
			}
			r.waiting++;
			mine[0] = r;
			return r;
		});
		Render render = mine[0];
		if (first[0]) {
			try {
				renderers.execute(() -> draw(key, render, drawing));
			}
			catch (RejectedExecutionException e) {
				this.drawing.remove(key, render);
				render.result.completeExceptionally(e);
			}
		}
		return new Ticket(render.result, () -> withdraw(key, render));
	}

	private void draw(String key, Render render, Drawing drawing) {
		try {
			Entry e = render.cancellation.run(drawing::draw);
			entries.put(key, e);
			this.drawing.remove(key, render);
			render.result.complete(e);
		}
		catch (Throwable t) {
			this.drawing.remove(key, render);
			render.result.completeExceptionally(t);
		}
	}

	private void withdraw(String key, Render render) {
		this.drawing.computeIfPresent(key, (k, current) -> {
			if (current != render || --render.waiting > 0) {
				return current;
			}
			render.cancellation.cancel();
			return null;
		});
	}

	/** How many drawings are in progress (for tests and the log). */
	int drawing() {
		return drawing.size();
	}

	/** A drawing in progress; {@code waiting} is guarded by the map's lock of its key. */
	private static final class Render {
		final CompletableFuture<Entry> result = new CompletableFuture<>();
		final Queries.Cancellation cancellation = new Queries.Cancellation();
		int waiting;
	}

	@PreDestroy
	void stop() {
		renderers.shutdownNow();
	}

	/** The entity tag of a key: a quoted SHA-256 prefix. */
	static String etag(String key) {
		try {
			byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(h, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
