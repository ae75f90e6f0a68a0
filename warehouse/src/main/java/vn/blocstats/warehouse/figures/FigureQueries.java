package vn.blocstats.warehouse.figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.base.Queries;
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
				PreparedStatement ps = Queries.prepare(c, "SELECT code, arg_max(name, valid_from), arg_max(type, valid_from) "
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
	 * One target of a term with what was achieved, judged over one window (see {@code
	 * v_target_attainment}): {@code met} holds exactly when {@code attainmentPct} is at least 100.
	 *
	 * @param target a count, or a share in percent
	 * @param actual the figure judged (the term figure, the per-year average, or the worst year's share);
	 *     null when there is no figure yet
	 * @param attainmentPct actual / target in percent, one decimal, never rounded up to 100 when missed;
	 *     null without a figure
	 * @param met null without a figure
	 * @param how how the actual was found
	 */
	public record Attainment(String committeeCode, String term, String metric, String targetKind, String source,
			double target, Double actual, Double attainmentPct, Boolean met, Judgement how) {

		/** A target judged with nothing known of its window (tests, hand-made rows). */
		public Attainment(String committeeCode, String term, String metric, String targetKind, String source, double target,
				Double actual, Double attainmentPct, Boolean met) {
			this(committeeCode, term, metric, targetKind, source, target, actual, attainmentPct, met, Judgement.NONE);
		}

		/** Met and achieved beyond the target ("vượt kế hoạch"): the attainment above 100 %, as printed. */
		public boolean exceeded() {
			return Boolean.TRUE.equals(met) && attainmentPct != null && attainmentPct > 100;
		}
	}

	/**
	 * How a target's actual was found.
	 *
	 * @param basis {@code term_total}, {@code year_average} (hang_nam) or {@code worst_year} (ty_le_toi_thieu)
	 * @param total hang_nam: the term total the average is taken of
	 * @param years hang_nam: the years the total covers, one decimal
	 * @param average ty_le_toi_thieu: the mean of the term's rating years
	 * @param worstYear ty_le_toi_thieu: the year whose share is judged
	 * @param failingYears ty_le_toi_thieu: the years below the minimum with their shares, oldest first
	 * @param dataStart the first day of the figures used (null without figures or for shares)
	 * @param dataEnd the last day of the figures used
	 * @param inProgress the term has not ended: the figures so far ("ước")
	 */
	public record Judgement(String basis, Double total, Double years, Double average, Integer worstYear,
			List<YearValue> failingYears, LocalDate dataStart, LocalDate dataEnd, boolean inProgress) {

		static final Judgement NONE = new Judgement("", null, null, null, null, List.of(), null, null, false);
	}

	/** Every target of a committee's term with its attainment, in catalog order, congress resolution first. */
	public List<Attainment> attainments(String committeeCode, String term) throws SQLException {
		List<Attainment> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection()) {
			java.util.Map<String, List<YearValue>> failing = new java.util.HashMap<>();
			try (PreparedStatement ps = Queries.prepare(c, "SELECT metric, source, year, actual FROM "
					+ FigureTables.source(c, "v_target_attainment_year")
					+ " WHERE committee_code = ? AND term = ? AND target_kind = 'ty_le_toi_thieu' AND NOT met ORDER BY year")) {
				ps.setString(1, committeeCode);
				ps.setString(2, term);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						failing.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
							.add(new YearValue(rs.getInt(3), rs.getDouble(4)));
					}
				}
			}
			try (PreparedStatement ps = Queries.prepare(c, "SELECT a.committee_code, a.term, a.metric, a.target_kind, a.source, "
					+ "a.target, a.actual, a.attainment_pct, a.met, a.basis, a.total, a.years, a.average, a.worst_year, "
					+ "a.data_start, a.data_end, a.in_progress FROM " + FigureTables.source(c, "v_target_attainment")
					+ " a JOIN metric m ON m.code = a.metric "
					+ "WHERE a.committee_code = ? AND a.term = ? "
					+ "ORDER BY m.sort_order, a.target_kind, a.source = 'tinh_uy_giao'")) {
				ps.setString(1, committeeCode);
				ps.setString(2, term);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						String metric = rs.getString(3);
						String source = rs.getString(5);
						Judgement how = new Judgement(rs.getString(10), (Double) rs.getObject(11, Double.class),
								(Double) rs.getObject(12, Double.class), (Double) rs.getObject(13, Double.class),
								(Integer) rs.getObject(14, Integer.class),
								List.copyOf(failing.getOrDefault(metric + "|" + source, List.of())),
								rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), rs.getBoolean(17));
						out.add(new Attainment(rs.getString(1), rs.getString(2), metric, rs.getString(4), source,
								rs.getDouble(6), (Double) rs.getObject(7, Double.class), (Double) rs.getObject(8, Double.class),
								(Boolean) rs.getObject(9, Boolean.class), how));
					}
				}
			}
		}
		return out;
	}

	/** The name of a unit as of {@code day} (its row valid then, else its latest row), or empty. */
	public Optional<String> unitName(String code, LocalDate day) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT name FROM org_unit WHERE code = ? "
						+ "ORDER BY (? BETWEEN valid_from AND valid_to) DESC, valid_from DESC LIMIT 1")) {
			ps.setString(1, code);
			ps.setObject(2, day);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
			}
		}
	}

	/** The committees with at least one term, each with its terms (oldest first), in the order of {@link #committees}. */
	public java.util.Map<Committee, List<Term>> committeesWithTerms() throws SQLException {
		java.util.Map<String, List<Term>> terms = new java.util.LinkedHashMap<>();
		for (Term t : allTerms()) {
			terms.computeIfAbsent(t.committeeCode(), c -> new java.util.ArrayList<>()).add(t);
		}
		java.util.Map<Committee, List<Term>> out = new java.util.LinkedHashMap<>();
		for (Committee c : committees()) {
			if (terms.containsKey(c.code())) {
				out.put(c, List.copyOf(terms.get(c.code())));
			}
		}
		return out;
	}

	/**
	 * How many figures each committee's term holds (committee code → term label → number of term
	 * figures); a term without any figure is absent. What a screen opens on when nothing is chosen
	 * yet: a term with figures, not an empty one.
	 */
	public java.util.Map<String, java.util.Map<String, Long>> figuresPerTerm() throws SQLException {
		java.util.Map<String, java.util.Map<String, Long>> out = new java.util.HashMap<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT committee_code, term, count(*) FROM "
						+ FigureTables.source(c, "v_figure_term") + " WHERE value IS NOT NULL GROUP BY committee_code, term");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				out.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getLong(3));
			}
		}
		return out;
	}

	/** The terms of {@code committeeCode}, oldest first. */
	public List<Term> terms(String committeeCode) throws SQLException {
		List<Term> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT committee_code, term_label, congress_number, start_date, end_date "
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
				PreparedStatement ps = Queries.prepare(c, "SELECT year, value, org_name FROM "
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
				PreparedStatement ps = Queries.prepare(c, "SELECT value FROM " + FigureTables.source(c, "v_figure_term")
						+ " WHERE committee_code = ? AND term = ? AND metric = ?")) {
			ps.setString(1, committeeCode);
			ps.setString(2, term);
			ps.setString(3, metric);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.empty();
			}
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Screens: overview, compare, drill-down

	/** A unit of the hierarchy as one of its rows names it; {@code parentCode} is null for a province. */
	public record Unit(String code, String name, String type, String parentCode) {
	}

	/** Every figure of a committee's term, metric code → value, from {@code v_figure_term}. */
	public java.util.Map<String, Double> termValues(String committeeCode, String term) throws SQLException {
		java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT metric, value FROM " + FigureTables.source(c, "v_figure_term")
						+ " WHERE committee_code = ? AND term = ? ORDER BY metric")) {
			ps.setString(1, committeeCode);
			ps.setString(2, term);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.put(rs.getString(1), rs.getDouble(2));
				}
			}
		}
		return out;
	}

	/**
	 * The unit {@code code} as of {@code day}: its row valid then, else its latest row before, else its
	 * first row; empty when no row has that code.
	 */
	public Optional<Unit> unit(String code, LocalDate day) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT code, name, type, parent_code FROM org_unit WHERE code = ? "
						+ "ORDER BY (? BETWEEN valid_from AND valid_to) DESC, (valid_from <= ?) DESC, "
						+ "CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from LIMIT 1")) {
			ps.setString(1, code);
			ps.setObject(2, day);
			ps.setObject(3, day);
			ps.setObject(4, day);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
						: Optional.empty();
			}
		}
	}

	/**
	 * The chain from the top of the hierarchy down to {@code code} (province, committee, …, the unit
	 * itself), each as of {@code day} (see {@link #unit}); empty when the code is unknown.
	 */
	public List<Unit> ancestry(String code, LocalDate day) throws SQLException {
		java.util.LinkedList<Unit> chain = new java.util.LinkedList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		String next = code;
		while (next != null && seen.add(next)) {
			Optional<Unit> u = unit(next, day);
			if (u.isEmpty()) {
				break;
			}
			chain.addFirst(u.get());
			next = u.get().parentCode();
		}
		return List.copyOf(chain);
	}

	/**
	 * The units directly under {@code parentCode} at some time in [{@code from}, {@code to}], each
	 * named by its latest row under that parent in the interval, by code.
	 */
	public List<Unit> children(String parentCode, LocalDate from, LocalDate to) throws SQLException {
		List<Unit> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT code, arg_max(name, valid_from), arg_max(type, valid_from), "
						+ "any_value(parent_code) FROM org_unit "
						+ "WHERE parent_code = ? AND valid_from <= ? AND valid_to >= ? GROUP BY code ORDER BY code")) {
			ps.setString(1, parentCode);
			ps.setObject(2, to);
			ps.setObject(3, from);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
				}
			}
		}
		return out;
	}

	/** {@code metric} of each of {@code committeeCodes} over its term labelled {@code term} (v_figure_term); code → value, only those with a figure. */
	public java.util.Map<String, Double> termFigures(String term, String metric, java.util.Collection<String> committeeCodes)
			throws SQLException {
		return figures("SELECT committee_code, value FROM %s WHERE term = ? AND metric = ? AND committee_code IN (%s)",
				"v_figure_term", committeeCodes, term, metric);
	}

	/**
	 * {@code metric} of each of {@code codes} over the term {@code term} of the committee above them
	 * ({@code v_figure_unit_term}: what each had while it was below that committee); code → value,
	 * only those with a figure.
	 */
	public java.util.Map<String, Double> unitTermFigures(String committeeCode, String term, String metric,
			java.util.Collection<String> codes) throws SQLException {
		return figures("SELECT org_code, value FROM %s WHERE committee_code = ? AND term = ? AND metric = ? AND org_code IN (%s)",
				"v_figure_unit_term", codes, committeeCode, term, metric);
	}

	/** {@code metric} of each of {@code codes} in {@code year} (v_figure_year); code → value, only those with a figure. */
	public java.util.Map<String, Double> yearFigures(int year, String metric, java.util.Collection<String> codes)
			throws SQLException {
		return figures("SELECT org_code, value FROM %s WHERE year = ? AND metric = ? AND org_code IN (%s)", "v_figure_year",
				codes, year, metric);
	}

	/** Runs a (code, value) query over {@code view}'s source with the leading {@code args} and one bound parameter per code. */
	private java.util.Map<String, Double> figures(String sql, String view, java.util.Collection<String> codes, Object... args)
			throws SQLException {
		java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
		if (codes.isEmpty()) {
			return out;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, String.format(sql, FigureTables.source(c, view), marks))) {
			int i = 1;
			for (Object a : args) {
				ps.setObject(i++, a);
			}
			for (String code : codes) {
				ps.setString(i++, code);
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.put(rs.getString(1), rs.getDouble(2));
				}
			}
		}
		return out;
	}

	/**
	 * Whether a figure of {@code metric} of any of {@code codes} dated in [{@code from}, {@code to}] (a
	 * flow's midpoint, a stock's as-of date) includes a total derived from its parts ({@code
	 * v_figure_derived}): the charts and tables then say so.
	 */
	public boolean derivedFromParts(java.util.Collection<String> codes, String metric, LocalDate from, LocalDate to)
			throws SQLException {
		if (codes.isEmpty()) {
			return false;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT EXISTS (SELECT 1 FROM " + FigureTables.source(c, "v_figure_derived")
						+ " WHERE metric = ? AND anchor BETWEEN ? AND ? AND org_code IN (" + marks + "))")) {
			int i = 1;
			ps.setString(i++, metric);
			ps.setObject(i++, from);
			ps.setObject(i++, to);
			for (String code : codes) {
				ps.setString(i++, code);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	/** Every committee's terms, by committee code, oldest first. */
	public List<Term> allTerms() throws SQLException {
		List<Term> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT committee_code, term_label, congress_number, start_date, end_date "
						+ "FROM term ORDER BY committee_code, start_date");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				out.add(new Term(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
						rs.getObject(5, LocalDate.class)));
			}
		}
		return out;
	}

	/** The calendar years that have any figure (v_figure_year), oldest first. */
	public List<Integer> years() throws SQLException {
		List<Integer> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = Queries.prepare(c, "SELECT DISTINCT year FROM " + FigureTables.source(c, "v_figure_year")
						+ " ORDER BY year");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				out.add(rs.getInt(1));
			}
		}
		return out;
	}
}
