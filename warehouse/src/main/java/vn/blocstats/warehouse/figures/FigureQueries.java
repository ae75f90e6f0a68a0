package vn.blocstats.warehouse.figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;

/**
 * Read access to the analysts' views for the screens and exports: terms of a committee, a
 * metric's series by year, a term's value. Reads the materialised tables of {@link FigureTables}
 * when they hold every load, else the live views. Every query binds its parameters. Thread-safe
 * (each call takes its own connection; DuckDB gives it a consistent snapshot).
 */
public final class FigureQueries {

	private final Warehouse warehouse;

	public FigureQueries(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/** The series of the trends screen (half-years, restated to today's structure) over the same warehouse. */
	public TrendQueries trends() {
		return new TrendQueries(warehouse);
	}

	/** A committee (a province or a bloc committee) with its latest name; {@code type} is {@code tinh} or {@code dang_bo_khoi}. */
	public record Committee(String code, String name, String type) {
	}

	/**
	 * Every committee a trend can be drawn for — the provinces and bloc committees, also those that
	 * ended (in 2025) — each with its latest name, provinces first, then by code.
	 */
	public List<Committee> committees() throws SQLException {
		List<Committee> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT code, arg_max(name, valid_from), arg_max(type, valid_from) "
						+ "FROM org_unit WHERE type IN ('tinh', 'dang_bo_khoi') GROUP BY code "
						+ "ORDER BY arg_max(type, valid_from) = 'dang_bo_khoi', code");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				out.add(new Committee(rs.getString(1), rs.getString(2), rs.getString(3)));
			}
		}
		return out;
	}

	/** A committee's term: congress number, label ("2015-2020") and dates. */
	public record Term(String committeeCode, String label, int congressNumber, LocalDate start, LocalDate end) {
	}

	/** One year's value of a metric for a unit. */
	public record YearValue(int year, double value) {
	}

	/** A unit's values of one metric, year by year, with the unit's name as of the last year. */
	public record Series(String orgCode, String orgName, String metric, List<YearValue> values) {
	}

	/**
	 * One target of a term with what was achieved.
	 *
	 * @param target a count, or a share in percent
	 * @param actual null when there is no figure yet
	 * @param attainmentPct actual / target in percent, one decimal; null without a figure
	 * @param met null without a figure
	 */
	public record Attainment(String committeeCode, String term, String metric, String targetKind, String source,
			double target, Double actual, Double attainmentPct, Boolean met) {

		/** Achieved beyond the target ("vượt kế hoạch"). */
		public boolean exceeded() {
			return actual != null && actual > target;
		}
	}

	/** Every target of a committee's term with its attainment, in catalog order, congress resolution first. */
	public List<Attainment> attainments(String committeeCode, String term) throws SQLException {
		List<Attainment> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT a.committee_code, a.term, a.metric, a.target_kind, a.source, "
						+ "a.target, a.actual, a.attainment_pct, a.met FROM " + FigureTables.source(c, "v_target_attainment")
						+ " a JOIN metric m ON m.code = a.metric "
						+ "WHERE a.committee_code = ? AND a.term = ? "
						+ "ORDER BY m.sort_order, a.target_kind, a.source = 'tinh_uy_giao'")) {
			ps.setString(1, committeeCode);
			ps.setString(2, term);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Attainment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getDouble(6), (Double) rs.getObject(7, Double.class), (Double) rs.getObject(8, Double.class),
							(Boolean) rs.getObject(9, Boolean.class)));
				}
			}
		}
		return out;
	}

	/** The name of a unit as of {@code day} (its row valid then, else its latest row), or empty. */
	public Optional<String> unitName(String code, LocalDate day) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT name FROM org_unit WHERE code = ? "
						+ "ORDER BY (? BETWEEN valid_from AND valid_to) DESC, valid_from DESC LIMIT 1")) {
			ps.setString(1, code);
			ps.setObject(2, day);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
			}
		}
	}

	/** The terms of {@code committeeCode}, oldest first. */
	public List<Term> terms(String committeeCode) throws SQLException {
		List<Term> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT committee_code, term_label, congress_number, start_date, end_date "
						+ "FROM term WHERE committee_code = ? ORDER BY start_date")) {
			ps.setString(1, committeeCode);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Term(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
							rs.getObject(5, LocalDate.class)));
				}
			}
		}
		return out;
	}

	/** {@code metric} of {@code orgCode} by year, from {@code v_figure_year}; named even when it has no figure. */
	public Series yearSeries(String orgCode, String metric) throws SQLException {
		List<YearValue> values = new ArrayList<>();
		String name = orgCode;
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT year, value, org_name FROM "
						+ FigureTables.source(c, "v_figure_year") + " WHERE org_code = ? AND metric = ? ORDER BY year")) {
			ps.setString(1, orgCode);
			ps.setString(2, metric);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					values.add(new YearValue(rs.getInt(1), rs.getDouble(2)));
					name = rs.getString(3);
				}
			}
		}
		if (values.isEmpty()) {
			// No figure yet: still the unit's name (its latest), not its code.
			name = unitName(orgCode, LocalDate.now()).orElse(orgCode);
		}
		return new Series(orgCode, name, metric, List.copyOf(values));
	}

	/** The value of {@code metric} for a committee's term, from {@code v_figure_term}. */
	public Optional<Double> termValue(String committeeCode, String term, String metric) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT value FROM " + FigureTables.source(c, "v_figure_term")
						+ " WHERE committee_code = ? AND term = ? AND metric = ?")) {
			ps.setString(1, committeeCode);
			ps.setString(2, term);
			ps.setString(3, metric);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.empty();
			}
		}
	}
}
