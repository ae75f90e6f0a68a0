package vn.blocstats.warehouse.metric;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.blocstats.warehouse.base.TextKey;

/**
 * The metric catalog as it stands in a warehouse: metrics and the labels and aliases by which
 * offices name them. A snapshot: immutable once loaded, so thread-safe; load it again to see
 * aliases added since.
 */
public final class MetricCatalog {

	private final Map<String, Metric> byCode;
	private final Map<String, Metric> byAliasKey;

	private MetricCatalog(Map<String, Metric> byCode, Map<String, Metric> byAliasKey) {
		this.byCode = byCode;
		this.byAliasKey = byAliasKey;
	}

	/** Reads the catalog from the warehouse on {@code conn}. */
	public static MetricCatalog load(Connection conn) throws SQLException {
		Map<String, Metric> byCode = new LinkedHashMap<>();
		Map<String, Metric> byAlias = new HashMap<>();
		try (Statement st = conn.createStatement()) {
			try (ResultSet rs = st.executeQuery("SELECT code, label_vi, label_en, kind, unit_vi, sort_order FROM metric ORDER BY sort_order")) {
				while (rs.next()) {
					Metric m = new Metric(rs.getString(1), rs.getString(2), rs.getString(3), Metric.Kind.of(rs.getString(4)),
							rs.getString(5), Metric.Theme.of(rs.getInt(6)));
					byCode.put(m.code(), m);
				}
			}
			try (ResultSet rs = st.executeQuery("SELECT alias_key, metric_code FROM metric_alias")) {
				while (rs.next()) {
					byAlias.put(rs.getString(1), byCode.get(rs.getString(2)));
				}
			}
		}
		// byCode keeps the catalog's order (sort_order): the pickers, the templates and the tables list metrics in it
		return new MetricCatalog(java.util.Collections.unmodifiableMap(byCode), Map.copyOf(byAlias));
	}

	/**
	 * Adds an alias for a metric (an administrator's extension; no code change needed). The alias is
	 * matched case-, accent-, spacing- and punctuation-insensitively from the next import on.
	 *
	 * @throws IllegalArgumentException when the metric does not exist or the alias already names another metric
	 */
	public static void addAlias(Connection conn, String alias, String metricCode) throws SQLException {
		String key = TextKey.key(alias);
		if (key.isEmpty()) {
			throw new IllegalArgumentException("Bí danh rỗng");
		}
		try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM metric WHERE code = ?")) {
			ps.setString(1, metricCode);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				if (rs.getInt(1) == 0) {
					throw new IllegalArgumentException("Không có chỉ tiêu mã '" + metricCode + "' trong danh mục");
				}
			}
		}
		try (PreparedStatement ps = conn.prepareStatement("SELECT metric_code FROM metric_alias WHERE alias_key = ?")) {
			ps.setString(1, key);
			try (ResultSet rs = ps.executeQuery()) {
				if (rs.next()) {
					if (rs.getString(1).equals(metricCode)) {
						return;
					}
					throw new IllegalArgumentException("Bí danh '" + alias + "' đã dùng cho chỉ tiêu '" + rs.getString(1) + "'");
				}
			}
		}
		try (PreparedStatement ps = conn.prepareStatement(
				"INSERT INTO metric_alias (alias_key, alias, metric_code, origin) VALUES (?, ?, ?, 'admin')")) {
			ps.setString(1, key);
			ps.setString(2, TextKey.nfc(alias));
			ps.setString(3, metricCode);
			ps.executeUpdate();
		}
	}

	/** The metric named {@code label} (a code, a label or an alias), if any. */
	public Optional<Metric> resolve(String label) {
		return Optional.ofNullable(byAliasKey.get(TextKey.key(label)));
	}

	public Optional<Metric> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** The metrics in the catalog's order ({@code sort_order}: organisations, members, admissions…). */
	public Collection<Metric> metrics() {
		return byCode.values();
	}
}
