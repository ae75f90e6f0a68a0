package vn.blocstats.warehouse.quality;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.base.Queries;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureTables;
import vn.blocstats.warehouse.base.SqlScripts;

/**
 * What the data-quality screen reads from the warehouse: the loads (table {@code load}) and their
 * rejected rows and warnings ({@code load_issue}), the completeness of a committee's reporting per
 * half-year (SQL in {@code quality/expected-units.sql}), and the flags of {@code v_flag} that
 * concern a committee. Every query binds its parameters. Thread-safe (each call takes its own
 * connection; DuckDB gives it a consistent snapshot).
 */
public final class QualityQueries {

	private static final String EXPECTED_UNITS = SqlScripts.load("quality/expected-units.sql").getFirst();

	private final Warehouse warehouse;

	public QualityQueries(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * One row of the table {@code load}: an import of a file that was recorded (dry runs never are).
	 *
	 * @param tableKind the tables loaded ({@code units,figures}…), null or empty when none
	 * @param status LOADED, PARTIAL, REJECTED, DUPLICATE, UNREADABLE or FAILED
	 * @param finishedAt null when unknown
	 * @param jobExecutionId the Spring Batch execution that made it, null when unknown
	 */
	public record Load(long loadId, String fileName, String tableKind, String status, LocalDateTime startedAt,
			LocalDateTime finishedAt, long rowsRead, long rowsLoaded, long rowsRejected, long warnings, Long jobExecutionId,
			String importedBy) {
	}

	/**
	 * A rejected row (severity {@code error}), a warning ({@code warning}) or an information — a
	 * correction, old → new ({@code info}) — of a load, as the reject report writes it.
	 *
	 * @param row the row number as the office sees it, 0 for a problem of the whole file
	 * @param reason in Vietnamese
	 */
	public record Issue(String severity, String fileName, String sheet, int row, String column, String value, String reason,
			String rule) {

		public boolean isError() {
			return "error".equals(severity);
		}
	}

	/**
	 * How many of the grassroots units a committee expected a report from in a half-year reported.
	 * See {@code quality/expected-units.sql} for "expected" and "reported".
	 */
	public record Completeness(HalfYear period, int expected, int reported) {

		/** reported / expected in per cent (0 when nothing was expected). */
		public double sharePct() {
			return expected == 0 ? 0 : 100.0 * reported / expected;
		}

		public int missing() {
			return expected - reported;
		}
	}

	/** A unit with its name and type ({@code dang_bo_co_so}, {@code chi_bo_co_so}…) on the day it was counted. */
	public record Unit(String code, String name, String type) {
	}

	/**
	 * A flag of {@code v_flag}: a disagreement or an anomaly the views found.
	 *
	 * @param kind own_vs_units, span_parts, ky_vs_luy_ke, luy_ke_falls or luy_ke_no_term
	 * @param orgName the unit's name on the flag's last day (else its latest name)
	 * @param reported the figure as reported
	 * @param expected what it was compared with (null when there is nothing to compare)
	 * @param detail the view's own short explanation (Vietnamese)
	 */
	public record Flag(String kind, String orgCode, String orgName, String metric, String metricVi, String metricEn,
			LocalDate periodStart, LocalDate periodEnd, double reported, Double expected, String detail) {
	}

	/** The newest {@code limit} loads, newest first. */
	public List<Load> loads(int limit) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, LOAD_COLUMNS + " ORDER BY load_id DESC LIMIT ?")) {
			ps.setInt(1, limit);
			return loads(ps);
		}
	}

	/** The load {@code loadId}, or empty. */
	public Optional<Load> load(long loadId) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, LOAD_COLUMNS + " WHERE load_id = ?")) {
			ps.setLong(1, loadId);
			return loads(ps).stream().findFirst();
		}
	}

	private static final String LOAD_COLUMNS = "SELECT load_id, file_name, table_kind, status, started_at, finished_at, "
			+ "rows_read, rows_loaded, rows_rejected, warnings, job_execution_id, imported_by FROM load";

	private static List<Load> loads(PreparedStatement ps) throws SQLException {
		List<Load> out = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				out.add(new Load(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), time(rs.getTimestamp(5)),
						time(rs.getTimestamp(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
						(Long) rs.getObject(11, Long.class), rs.getString(12)));
			}
		}
		return out;
	}

	private static LocalDateTime time(Timestamp t) {
		return t == null ? null : t.toLocalDateTime();
	}

	private static final String ISSUES = "SELECT severity, file_name, sheet, row_no, column_name, value, reason, rule "
			+ "FROM load_issue WHERE load_id = ? ORDER BY sheet NULLS FIRST, row_no, severity, rule, column_name, value, reason";

	/**
	 * The rejected rows and warnings of a load, {@code limit} of them from {@code offset}, in the
	 * reject report's order (sheet, row, severity, rule).
	 */
	public List<Issue> issues(long loadId, int offset, int limit) throws SQLException {
		List<Issue> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); PreparedStatement ps = Queries.prepare(c, ISSUES + " LIMIT ? OFFSET ?")) {
			ps.setLong(1, loadId);
			ps.setInt(2, limit);
			ps.setInt(3, offset);
			read(ps, out::add);
		}
		return out;
	}

	/**
	 * Every rejected row and warning of a load, in the same order, handed to {@code action} one by
	 * one as they are read (a load may have a million: none is kept in memory here).
	 */
	public void eachIssue(long loadId, Consumer<Issue> action) throws SQLException {
		try (DuckDBConnection c = warehouse.connection(); PreparedStatement ps = Queries.prepare(c, ISSUES)) {
			ps.setLong(1, loadId);
			read(ps, action);
		}
	}

	private static void read(PreparedStatement ps, Consumer<Issue> action) throws SQLException {
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				action.accept(new Issue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8)));
			}
		}
	}

	/** How many rejected rows and warnings a load has. */
	public int issueCount(long loadId) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT count(*) FROM load_issue WHERE load_id = ?")) {
			ps.setLong(1, loadId);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	/**
	 * The completeness of {@code committee}'s reporting for every half-year from the first to the
	 * last with a figure of the committee or of a unit under it, newest first; half-years in which
	 * it expected no unit are left out.
	 */
	public List<Completeness> completeness(String committee) throws SQLException {
		List<Completeness> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT year, half, count(*), count(*) FILTER (WHERE reported) FROM ("
						+ EXPECTED_UNITS + ") GROUP BY year, half ORDER BY year DESC, half DESC")) {
			ps.setString(1, committee);
			ps.setNull(2, Types.INTEGER);
			ps.setNull(3, Types.INTEGER);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Completeness(new HalfYear(rs.getInt(1), rs.getInt(2)), rs.getInt(3), rs.getInt(4)));
				}
			}
		}
		return out;
	}

	/** The units {@code committee} expected a report from in {@code period} that did not report, by code. */
	public List<Unit> missing(String committee, HalfYear period) throws SQLException {
		return expected(committee, period).stream().filter(e -> !e.reported()).map(Expected::unit).toList();
	}

	/**
	 * A unit {@code committee} expected a report from in a half-year, and whether it reported.
	 *
	 * @param unit the unit as it was on the half-year's reference day
	 */
	public record Expected(Unit unit, boolean reported) {
	}

	/**
	 * Every unit {@code committee} expects a report from in {@code period} (the completeness figures'
	 * own definition, {@code quality/expected-units.sql}), by code, each with whether it reported.
	 * Empty when the committee did not exist in that half-year.
	 */
	public List<Expected> expected(String committee, HalfYear period) throws SQLException {
		List<Expected> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT org_code, name, type, reported FROM (" + EXPECTED_UNITS
						+ ") WHERE year = ? AND half = ? ORDER BY org_code")) {
			ps.setString(1, committee);
			ps.setInt(2, period.year());
			ps.setInt(3, period.year());
			ps.setInt(4, period.year());
			ps.setInt(5, period.half());
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Expected(new Unit(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getBoolean(4)));
				}
			}
		}
		return out;
	}

	/**
	 * The flags of {@code committee} itself and of every unit under it on the flag's last day, newest
	 * first, then by unit and metric.
	 */
	public List<Flag> flags(String committee) throws SQLException {
		List<Flag> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT f.kind, f.org_code, coalesce(u.name, l.name, f.org_code), f.metric, "
						+ "coalesce(m.label_vi, f.metric), coalesce(m.label_en, f.metric), f.period_start, f.period_end, f.reported, "
						+ "f.expected, f.detail FROM " + FigureTables.source(c, "v_flag") + " f "
						+ "LEFT JOIN metric m ON m.code = f.metric "
						+ "LEFT JOIN org_unit u ON u.code = f.org_code AND f.period_end BETWEEN u.valid_from AND u.valid_to "
						+ "LEFT JOIN v_unit_latest_name l ON l.code = f.org_code "
						+ "WHERE f.org_code = ? OR EXISTS (SELECT 1 FROM v_unit_ancestor a WHERE a.org_code = f.org_code "
						+ "AND a.ancestor_code = ? AND a.depth >= 1 AND f.period_end BETWEEN a.valid_from AND a.valid_to) "
						+ "ORDER BY f.period_end DESC, f.org_code, m.sort_order, f.kind, f.period_start")) {
			ps.setString(1, committee);
			ps.setString(2, committee);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Flag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getDouble(9),
							(Double) rs.getObject(10, Double.class), rs.getString(11)));
				}
			}
		}
		return out;
	}
}
