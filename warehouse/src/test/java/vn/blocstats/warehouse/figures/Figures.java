package vn.blocstats.warehouse.figures;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;

/**
 * A warehouse file in a test folder with concise inserts into the base tables (org_unit, term,
 * target, fact) and a way to read a query back as text rows {@code "74-K | 2016 | admissions | 900"}
 * (whole numbers without decimals, {@code null} for SQL NULL). Dates are ISO {@code yyyy-MM-dd}.
 * Public: the tests of the other query packages (quality) build their warehouses with it too.
 */
public final class Figures implements AutoCloseable {

	private static final long SUPERSEDING_LOAD = 99;

	private final Warehouse warehouse;
	private final DuckDBConnection conn;

	private Figures(Warehouse warehouse, DuckDBConnection conn) {
		this.warehouse = warehouse;
		this.conn = conn;
	}

	/** The warehouse the figures are written to. */
	public Warehouse warehouse() {
		return warehouse;
	}

	public static Figures in(Path dir) throws SQLException {
		Warehouse w = Warehouse.open(dir.resolve("figures.duckdb"));
		return new Figures(w, w.connection());
	}

	/** A unit valid for all time. */
	public Figures unit(String code, String name, String type, String parentCode) throws SQLException {
		return unit(code, name, type, parentCode, "0001-01-01", "9999-12-31");
	}

	/** One effective-dated row of a unit (from and to inclusive). */
	public Figures unit(String code, String name, String type, String parentCode, String validFrom, String validTo)
			throws SQLException {
		return insert("INSERT INTO org_unit (code, name, name_key, type, parent_code, valid_from, valid_to, load_id) "
				+ "VALUES (?, ?, text_key(?), ?, ?, CAST(? AS DATE), CAST(? AS DATE), 1)", code, name, name, type, parentCode, validFrom, validTo);
	}

	/** A succession: {@code predecessor} taken over by {@code successor} with this share (1 for a merge or rename). */
	Figures succession(String predecessor, String successor, double weight, String effectiveDate) throws SQLException {
		return insert("INSERT INTO org_succession VALUES (?, ?, ?, CAST(? AS DATE), 1)", predecessor, successor, weight, effectiveDate);
	}

	/** A term {@code "2015-2020"} of a committee, from its congress date to the day before the next one. */
	public Figures term(String committeeCode, String label, int congressNumber, String startDate, String endDate)
			throws SQLException {
		return insert("INSERT INTO term VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), 1)", committeeCode, label, congressNumber,
				Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(5)), startDate, endDate);
	}

	public Figures target(String committeeCode, String termLabel, String metric, String targetKind, String source, double value)
			throws SQLException {
		return insert("INSERT INTO target VALUES (?, ?, ?, ?, ?, ?, 1)", committeeCode, termLabel, metric, targetKind, source,
				value);
	}

	/** A current in-period ('ky') flow over [start, end]. */
	public Figures flow(String org, String metric, String start, String end, double value) throws SQLException {
		return fact(org, metric, start, end, "ky", value, null);
	}

	/** A current stock as of a date. */
	public Figures stock(String org, String metric, String asOf, double value) throws SQLException {
		return fact(org, metric, asOf, asOf, "ky", value, null);
	}

	/** A current cumulative ('luy_ke') flow: since the start of the term up to the date. */
	public Figures cumulative(String org, String metric, String asOf, double value) throws SQLException {
		return fact(org, metric, asOf, asOf, "luy_ke", value, null);
	}

	/** An in-period flow that a later load replaced (superseded_by is set). */
	public Figures supersededFlow(String org, String metric, String start, String end, double value) throws SQLException {
		return fact(org, metric, start, end, "ky", value, SUPERSEDING_LOAD);
	}

	/** A stock that a later load replaced (superseded_by is set). */
	public Figures supersededStock(String org, String metric, String asOf, double value) throws SQLException {
		return fact(org, metric, asOf, asOf, "ky", value, SUPERSEDING_LOAD);
	}

	private Figures fact(String org, String metric, String start, String end, String basis, double value, Long supersededBy)
			throws SQLException {
		return insert("INSERT INTO fact (org_code, metric_code, period_start, period_end, basis, value, load_id, superseded_by) "
				+ "VALUES (?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, ?, 1, ?)", org, metric, start, end, basis, value, supersededBy);
	}

	/** The rows of a query, each as its columns joined by {@code " | "}. */
	public List<String> rows(String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringJoiner row = new StringJoiner(" | ");
				for (int i = 1; i <= n; i++) {
					row.add(text(rs.getObject(i)));
				}
				out.add(row.toString());
			}
		}
		return out;
	}

	private static String text(Object v) {
		if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
			BigDecimal d = new BigDecimal(v.toString()).stripTrailingZeros();
			return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
		}
		return String.valueOf(v);
	}

	private Figures insert(String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = conn.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			ps.executeUpdate();
		}
		return this;
	}

	@Override
	public void close() throws SQLException {
		try {
			conn.close();
		}
		finally {
			warehouse.close();
		}
	}
}
