package vn.blocstats.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.blocstats.warehouse.Warehouse;

/**
 * The charts {@code /charts/…} has drawn, until the next import. A chart depends only on its
 * filters and on the warehouse's contents, and those change only when a load is recorded: the key
 * is (chart, format, every parameter, the newest load), so an import makes every entry stale
 * without any invalidation. Least recently used entries go first beyond {@link #MAX_BYTES}.
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

	private final ObjectProvider<Warehouse> warehouse;
	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
	private long bytes;

	ChartCache(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** The key of a request: the chart, the format, the parameters (sorted) and the warehouse's version. */
	String key(String name, String format, Map<String, List<String>> parameters) throws SQLException {
		return name + "." + format + "?" + new TreeMap<>(parameters) + "@" + version();
	}

	/**
	 * The warehouse's contents' version: the newest load, the number of loads and when the figure
	 * tables were last refreshed (a chart drawn from the tables before a refresh is drawn again after it).
	 */
	String version() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT coalesce(max(load_id), 0), count(*), "
						+ "(SELECT CAST(max(refreshed_at) AS VARCHAR) FROM figure_refresh) FROM load")) {
			rs.next();
			return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3);
		}
	}

	synchronized Entry get(String key) {
		return entries.get(key);
	}

	synchronized void put(String key, Entry entry) {
		Entry old = entries.put(key, entry);
		bytes += entry.body().length - (old == null ? 0 : old.body().length);
		var oldest = entries.entrySet().iterator();
		while (bytes > MAX_BYTES && oldest.hasNext()) {
			bytes -= oldest.next().getValue().body().length;
			oldest.remove();
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
