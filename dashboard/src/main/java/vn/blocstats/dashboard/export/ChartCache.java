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
import java.util.concurrent.atomic.AtomicReference;

import org.duckdb.DuckDBConnection;
import org.springframework.context.event.EventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.load.WarehouseChanged;
import vn.blocstats.warehouse.Warehouse;

/**
 * The charts {@code /charts/…} has drawn, until the warehouse changes. A chart depends only on its
 * filters and on the warehouse's contents, and those change only in an import's turn of this
 * process (the warehouse's only writer): the key is (chart, format, every parameter, the
 * warehouse's version), the version is read once and kept in memory until a turn ends
 * ({@link WarehouseChanged}), when every entry goes. Caffeine holds at most {@link #MAX_BYTES} of
 * drawn charts (least used first out) and draws a missing chart once however many ask for it at
 * the same time: the others wait for that drawing. Thread-safe.
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

	ChartCache(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
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
	 * The chart of {@code key}, drawn by {@code drawing} if it is not here — once, whoever else asks
	 * for the same key meanwhile waits for it.
	 */
	Entry get(String key, Drawing drawing) throws SQLException {
		try {
			return entries.get(key, k -> {
				try {
					return drawing.draw();
				}
				catch (SQLException e) {
					throw new DrawingFailed(e);
				}
			});
		}
		catch (DrawingFailed e) {
			throw (SQLException) e.getCause();
		}
	}

	/** Carries a drawing's SQLException through Caffeine's loader. */
	private static final class DrawingFailed extends RuntimeException {
		DrawingFailed(SQLException cause) {
			super(cause);
		}
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
