package vn.blocstats.warehouse.figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.base.Queries;
import vn.blocstats.warehouse.Warehouse;

/**
 * The series of the trends screen: a metric of a unit by year or by half-year, as structured at
 * the time ({@code v_figure_year}, {@code v_figure_half}) or restated to today's structure
 * ({@code v_figure_restated_year|half}: the figures of the grassroots organisations that belong to
 * the unit today, over their whole history — see {@code R__views.sql}, block "Trends"), optionally
 * per 100 members; and the successions that lead from a committee that ended to today's committees
 * and back. Reads the materialised tables of {@link FigureTables} when they are fresh, else the live
 * views. Every query binds its parameters. Thread-safe (each call takes its own connection).
 */
public final class TrendQueries {

	/** The windows of a series: calendar years, or half-years (H1 January–June, H2 July–December). */
	public enum Grain {
		YEAR, HALF
	}

	/** Which structure a series follows: the units as they stood at the time, or today's. */
	public enum Basis {
		/** Units counted where they stood at the time (the views' default). */
		THEN,
		/** Restated to today's structure: the units that belong to the unit today, over all their history. */
		TODAY
	}

	/**
	 * One window's value.
	 *
	 * @param half 0 for a year, 1 or 2 for a half-year
	 * @param estimated true when (part of) the value is a committee-level figure shared out by the
	 *        weights of a succession (restated series only; see {@code restated_figure})
	 */
	public record PeriodValue(int year, int half, double value, boolean estimated) {

		/**
		 * The window's middle on a year axis where a year's value is drawn at the year: 2020 → 2020,
		 * H1/2020 → 2019.75, H2/2020 → 2020.25.
		 */
		public double position() {
			return half == 0 ? year : year - 0.5 + (half - 0.5) / 2;
		}
	}

	/** A unit a succession leads to or comes from, with the share that follows that path (1 for a merge or rename). */
	public record Link(String code, String name, String type, double weight) {
	}

	private final Warehouse warehouse;

	public TrendQueries(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * {@code metric} of {@code orgCode}, window by window, oldest first.
	 *
	 * @param per100 divide each value by the members ({@code members_total}, a stock: the value at the
	 *        window's end) of the same unit, window and basis, times 100; windows without a positive
	 *        member count are left out
	 */
	public List<PeriodValue> series(String orgCode, String metric, Grain grain, Basis basis, boolean per100)
			throws SQLException {
		List<PeriodValue> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection()) {
			String source = source(c, grain, basis);
			String sql = "SELECT f.year, f.half, CASE WHEN ? THEN 100 * f.value / m.value ELSE f.value END, f.origin = 'predecessors' "
					+ "FROM " + source + " f LEFT JOIN " + source + " m ON m.org_code = f.org_code AND m.year = f.year "
					+ "AND m.half = f.half AND m.metric = 'members_total' "
					+ "WHERE f.org_code = ? AND f.metric = ? AND (NOT ? OR m.value > 0) ORDER BY f.year, f.half";
			try (PreparedStatement ps = Queries.prepare(c, sql)) {
				ps.setBoolean(1, per100);
				ps.setString(2, orgCode);
				ps.setString(3, metric);
				ps.setBoolean(4, per100);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						out.add(new PeriodValue(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getBoolean(4)));
					}
				}
			}
		}
		return List.copyOf(out);
	}

	/** True when {@code code} is a unit that exists today (its latest row has not ended). */
	public boolean current(String code) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT current FROM v_unit_today WHERE code = ?")) {
			ps.setString(1, code);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * The units of today that took over {@code code} (a unit or committee that ended), each with
	 * the share that went to it (weights multiplied along the chain, 74-KCQDN → 74-DCQD → 79-DCQD),
	 * largest share first. Empty for a unit that exists today or ended without successor.
	 */
	public List<Link> successors(String code) throws SQLException {
		return links("SELECT s.successor_code, u.name, u.type, s.weight FROM v_unit_successor_today s "
				+ "JOIN v_unit_today u ON u.code = s.successor_code WHERE s.predecessor_code = ? "
				+ "ORDER BY s.weight DESC, s.successor_code", code);
	}

	/**
	 * The committees (bloc committees and provinces) that ended and were taken over, directly or
	 * through others, by {@code code}, each with the share of it that {@code code} took; the nearest
	 * in time first (the one that ended last), then by code.
	 */
	public List<Link> predecessors(String code) throws SQLException {
		return links("SELECT s.predecessor_code, u.name, u.type, s.weight FROM v_unit_successor_today s "
				+ "JOIN v_unit_today u ON u.code = s.predecessor_code WHERE s.successor_code = ? "
				+ "AND u.type IN ('tinh', 'dang_bo_khoi') ORDER BY u.valid_to DESC, s.predecessor_code", code);
	}

	/** The name of a unit by its latest row, if it exists. */
	public Optional<String> latestName(String code) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT name FROM v_unit_today WHERE code = ?")) {
			ps.setString(1, code);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
			}
		}
	}

	private List<Link> links(String sql, String code) throws SQLException {
		List<Link> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); PreparedStatement ps = Queries.prepare(c, sql)) {
			ps.setString(1, code);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
				}
			}
		}
		return List.copyOf(out);
	}

	/** The relation of the grain and basis with columns (org_code, year, half, metric, value, origin). */
	private static String source(DuckDBConnection c, Grain grain, Basis basis) throws SQLException {
		return switch (basis) {
			case THEN -> grain == Grain.YEAR
					? "(SELECT org_code, year, 0 AS half, metric, value, 'units' AS origin FROM " + FigureTables.source(c, "v_figure_year") + ")"
					: "(SELECT org_code, year, half, metric, value, 'units' AS origin FROM " + FigureTables.source(c, "v_figure_half") + ")";
			case TODAY -> grain == Grain.YEAR
					? "(SELECT org_code, year, 0 AS half, metric, value, origin FROM " + FigureTables.source(c, "v_figure_restated_year") + ")"
					: "(SELECT org_code, year, half, metric, value, origin FROM " + FigureTables.source(c, "v_figure_restated_half") + ")";
		};
	}
}
