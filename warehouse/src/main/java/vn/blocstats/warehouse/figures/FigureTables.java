package vn.blocstats.warehouse.figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.Transactions;

/**
 * The analysts' views materialised as tables for the screens: computed after an import run instead
 * of at every chart. {@link #refresh} rebuilds them all; {@link #refreshChanged} recomputes only the
 * rows an import touched; both in one transaction (readers keep seeing the previous tables until it
 * commits). {@link #fresh} tells whether they hold every load. The views stay the reference: a reader
 * uses the tables only when they are fresh.
 *
 * <h2>What an import touches</h2>
 * Every figure of a unit depends only on the facts of the units below it (at any time) and on the
 * hierarchy, terms, targets and successions of those units. The units linked by a parent row or a
 * succession, at any time, form a <em>group</em> (a province with its committees and units, and the
 * provinces merged with it in 2025). An import that loaded only figures touches the groups of the
 * units whose facts it added or superseded, and the metrics of those facts with the metrics computed
 * from them ({@link #metricsDependingOn}): those rows of every table are deleted and recomputed by
 * the same views, run on a connection whose temporary tables {@code fact}, {@code org_unit},
 * {@code org_succession}, {@code term} and {@code target} hold only those groups' rows (DuckDB
 * resolves a view's table names through the connection's search path, temporary objects first;
 * copies rather than filtering views keep the views' plans as they are). An import of
 * units, terms, targets or successions — a change of structure — rebuilds everything. Either way the
 * views' shared layers ({@link #LAYERS}) are computed once per refresh, not once per table. The
 * import's correction diff computes its term figures the same way ({@link #withinGroups}).
 */
public final class FigureTables {

	/**
	 * Each table, the view it holds, and the column naming the unit (or committee) a row belongs to.
	 */
	record Table(String table, String view, String unitColumn) {
	}

	static final List<Table> TABLES = List.of(new Table("figure_year", "v_figure_year", "org_code"),
			new Table("figure_term", "v_figure_term", "committee_code"),
			new Table("target_attainment", "v_target_attainment", "committee_code"),
			new Table("target_attainment_year", "v_target_attainment_year", "committee_code"),
			new Table("figure_unit_term", "v_figure_unit_term", "committee_code"),
			// trends: half-years and series restated to today's structure (TrendQueries)
			new Table("figure_half", "v_figure_half", "org_code"),
			new Table("figure_restated_year", "v_figure_restated_year", "org_code"),
			new Table("figure_restated_half", "v_figure_restated_half", "org_code"),
			// lineage: where a figure includes a total derived from its parts
			new Table("figure_derived", "v_figure_derived", "org_code"),
			// the data quality screen's flags
			new Table("flag", "v_flag", "org_code"));

	/**
	 * The views every table is computed from, in the order they build on each other: a refresh computes
	 * each once into a temporary table of the same name, which the views above read instead (temporary
	 * objects come first in the search path). Left as views, each of the tables would compute the whole
	 * pipeline again: 55 s for the ten tables of the sample data against 2,3 s this way.
	 */
	static final List<String> LAYERS = List.of("v_fact_current", "v_unit_ancestor", "v_fact_resolved", "v_rollup", "v_node_value");

	/** The tables an incremental refresh shadows with a temporary copy of the touched groups' rows. */
	private static final List<String> SHADOWED = List.of("fact", "org_unit", "org_succession", "term", "target");

	/** Above this share of all units, recomputing the touched groups costs about as much as everything. */
	private static final double FULL_ABOVE = 0.6;

	private FigureTables() {
	}

	/** What a refresh did. */
	public record Refreshed(boolean full, int units, long millis) {
	}

	/** Rebuilds every table from its view, in one transaction. */
	public static Refreshed refresh(Warehouse warehouse) throws SQLException {
		long t = System.nanoTime();
		try (DuckDBConnection c = warehouse.connection()) {
			String main = mainSchema(c);
			try {
				Transactions.inTransaction(c, () -> {
					try (Statement st = c.createStatement()) {
						computeLayers(st, main);
						for (Table table : TABLES) {
							st.execute("CREATE OR REPLACE TABLE " + main + table.table() + " AS SELECT * FROM " + table.view());
						}
					}
					markRefreshed(c);
				});
			}
			finally {
				dropTemporary(c, LAYERS);
			}
		}
		return new Refreshed(true, -1, (System.nanoTime() - t) / 1_000_000);
	}

	/**
	 * Brings the tables up to date with the loads since the last refresh: recomputes the groups of
	 * units whose figures those loads changed, or everything when they changed the structure (units,
	 * terms, targets, successions), when the tables are missing or were computed by other views, or
	 * when the groups hold most units anyway. In one transaction.
	 */
	public static Refreshed refreshChanged(Warehouse warehouse) throws SQLException {
		long t = System.nanoTime();
		Set<String> scope;
		try (DuckDBConnection c = warehouse.connection()) {
			Long last = lastRefreshedLoad(c);
			if (last == null || !allTablesExist(c) || structureChangedSince(c, last)) {
				return refresh(warehouse);
			}
			Set<String> touched = strings(c, "SELECT DISTINCT org_code FROM fact WHERE load_id > ? OR superseded_by > ?", last, last);
			if (touched.isEmpty()) {
				Transactions.inTransaction(c, () -> markRefreshed(c));
				return new Refreshed(false, 0, (System.nanoTime() - t) / 1_000_000);
			}
			Groups groups = Groups.read(c);
			scope = groups.unitsOfGroupsOf(touched);
			if (scope.size() > FULL_ABOVE * groups.size()) {
				return refresh(warehouse);
			}
			recompute(c, scope, metricsDependingOn(c,
					strings(c, "SELECT DISTINCT metric_code FROM fact WHERE load_id > ? OR superseded_by > ?", last, last)));
		}
		return new Refreshed(false, scope.size(), (System.nanoTime() - t) / 1_000_000);
	}

	/**
	 * The metrics whose figures change when those of {@code touched} do: a total with all its parts
	 * (rule A'); the computed indicators with every figure they are computed from (rule I: the ratings,
	 * admissions and members, each with its parts).
	 */
	static Set<String> metricsDependingOn(DuckDBConnection c, Set<String> touched) throws SQLException {
		Set<String> out = new HashSet<>(touched);
		if (out.stream().anyMatch(INDICATOR_INPUTS::contains)) {
			out.addAll(INDICATOR_INPUTS);
			out.addAll(strings(c, "SELECT code FROM metric WHERE kind = 'I'"));
		}
		Set<String> families = new HashSet<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT total_code, part_code FROM metric_part")) {
			List<String[]> pairs = new ArrayList<>();
			while (rs.next()) {
				pairs.add(new String[] { rs.getString(1), rs.getString(2) });
			}
			for (String[] p : pairs) {
				if (out.contains(p[0]) || out.contains(p[1])) {
					families.add(p[0]);
				}
			}
			for (String[] p : pairs) {
				if (families.contains(p[0])) {
					out.add(p[0]);
					out.add(p[1]);
				}
			}
		}
		return out;
	}

	/** What the indicators of rule I are computed from (R__views.sql, window_figure). */
	private static final Set<String> INDICATOR_INPUTS = Set.of("orgs_assessed", "orgs_excellent", "orgs_good", "members_assessed",
			"members_excellent", "members_good", "admissions", "members_total");

	/**
	 * Deletes and recomputes the rows of {@code scope}'s units and {@code metrics} in every table, with
	 * the base tables shadowed by copies holding just those units' rows (and facts of those metrics).
	 */
	private static void recompute(DuckDBConnection c, Set<String> scope, Set<String> metrics) throws SQLException {
		String main = mainSchema(c);
		Transactions.inTransaction(c, () -> {
			shadowed(c, scope, metrics, () -> {
				try (Statement st = c.createStatement()) {
					for (Table table : TABLES) {
						st.execute("DELETE FROM " + main + table.table() + " WHERE " + table.unitColumn()
								+ " IN (SELECT code FROM temp.refresh_scope) AND metric IN (SELECT code FROM temp.refresh_metric)");
						st.execute("INSERT INTO " + main + table.table() + " SELECT * FROM " + table.view()
								+ " WHERE metric IN (SELECT code FROM temp.refresh_metric)");
					}
				}
			});
			markRefreshed(c);
		});
	}

	/** Statements run by {@link #withinGroups}. */
	@FunctionalInterface
	public interface Work {
		void run() throws SQLException;
	}

	/**
	 * Runs {@code work} on {@code c} the way an incremental refresh computes: the views read inside it
	 * give the figures of the groups of the units {@code touched} names (its first column) for the
	 * metrics depending on those it names (its second column) — exactly as over the whole warehouse;
	 * other groups and metrics are absent — in a fraction of the time. Inside, the temporary tables {@code refresh_scope(code)} and {@code refresh_metric(code)}
	 * name those units and metrics. Runs in the connection's transaction, if any (its uncommitted rows
	 * count); the warehouse's own tables and views are reached as {@code "<database>".main.<name>}.
	 */
	public static void withinGroups(DuckDBConnection c, String touched, Work work) throws SQLException {
		Set<String> units = strings(c, "SELECT DISTINCT #1 FROM (" + touched + ")");
		Set<String> metrics = strings(c, "SELECT DISTINCT #2 FROM (" + touched + ")");
		shadowed(c, Groups.read(c).unitsOfGroupsOf(units), metricsDependingOn(c, metrics), work);
	}

	private static void shadowed(DuckDBConnection c, Set<String> scope, Set<String> metrics, Work work) throws SQLException {
		String main = mainSchema(c);
		boolean done = false;
		try {
			try (Statement st = c.createStatement()) {
				st.execute("CREATE OR REPLACE TEMP TABLE refresh_scope (code VARCHAR PRIMARY KEY)");
				st.execute("CREATE OR REPLACE TEMP TABLE refresh_metric (code VARCHAR PRIMARY KEY)");
			}
			append(c, "refresh_scope", scope);
			append(c, "refresh_metric", metrics);
			try (Statement st = c.createStatement()) {
				st.execute("CREATE TEMP TABLE fact AS SELECT * FROM " + main + "fact "
						+ "WHERE org_code IN (SELECT code FROM temp.refresh_scope) "
						+ "AND metric_code IN (SELECT code FROM temp.refresh_metric)");
				st.execute("CREATE TEMP TABLE org_unit AS SELECT * FROM " + main + "org_unit "
						+ "WHERE code IN (SELECT code FROM temp.refresh_scope)");
				st.execute("CREATE TEMP TABLE org_succession AS SELECT * FROM " + main + "org_succession "
						+ "WHERE predecessor_code IN (SELECT code FROM temp.refresh_scope)");
				st.execute("CREATE TEMP TABLE term AS SELECT * FROM " + main + "term "
						+ "WHERE committee_code IN (SELECT code FROM temp.refresh_scope)");
				st.execute("CREATE TEMP TABLE target AS SELECT * FROM " + main + "target "
						+ "WHERE committee_code IN (SELECT code FROM temp.refresh_scope)");
				computeLayers(st, main);
			}
			work.run();
			done = true;
		}
		finally {
			// Left behind, the copies would stand for the warehouse's tables on this connection. After a
			// failure inside a transaction the drops fail too; its rollback removes the copies.
			try {
				dropTemporary(c, LAYERS);
				dropTemporary(c, SHADOWED);
				dropTemporary(c, List.of("refresh_scope", "refresh_metric"));
			}
			catch (SQLException e) {
				if (done) {
					throw e;
				}
			}
		}
	}

	/** The schema of the warehouse's own tables and views, qualified past the temporary ones that shadow them. */
	private static String mainSchema(DuckDBConnection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
			rs.next();
			return "\"" + rs.getString(1).replace("\"", "\"\"") + "\".main.";
		}
	}

	/** Computes each of {@link #LAYERS} once, into a temporary table the views above it read instead. */
	private static void computeLayers(Statement st, String main) throws SQLException {
		for (String layer : LAYERS) {
			st.execute("CREATE TEMP TABLE " + layer + " AS SELECT * FROM " + main + layer);
		}
	}

	private static void dropTemporary(DuckDBConnection c, List<String> names) throws SQLException {
		try (Statement st = c.createStatement()) {
			for (String name : names) {
				st.execute("DROP TABLE IF EXISTS temp.main." + name);
			}
		}
	}

	private static void append(DuckDBConnection c, String table, Set<String> codes) throws SQLException {
		try (DuckDBAppender a = c.createAppender("temp", "main", table)) {
			for (String code : codes) {
				a.beginRow();
				a.append(code);
				a.endRow();
			}
		}
	}

	/** The units linked, at any time, by a parent row or a succession: the groups a refresh recomputes whole. */
	static final class Groups {

		private final Map<String, String> parent = new HashMap<>();

		static Groups read(DuckDBConnection c) throws SQLException {
			Groups g = new Groups();
			try (Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT code, parent_code FROM org_unit "
							+ "UNION ALL SELECT predecessor_code, successor_code FROM org_succession")) {
				while (rs.next()) {
					g.add(rs.getString(1));
					if (rs.getString(2) != null) {
						g.union(rs.getString(1), rs.getString(2));
					}
				}
			}
			return g;
		}

		int size() {
			return parent.size();
		}

		private void add(String code) {
			parent.putIfAbsent(code, code);
		}

		private String root(String code) {
			add(code);
			String r = code;
			while (!parent.get(r).equals(r)) {
				r = parent.get(r);
			}
			// path compression
			String x = code;
			while (!parent.get(x).equals(r)) {
				String next = parent.get(x);
				parent.put(x, r);
				x = next;
			}
			return r;
		}

		private void union(String a, String b) {
			String ra = root(a);
			String rb = root(b);
			if (!ra.equals(rb)) {
				parent.put(ra, rb);
			}
		}

		/** Every unit of the groups of {@code codes}, and the codes themselves (a code without a unit row is a group alone). */
		Set<String> unitsOfGroupsOf(Set<String> codes) {
			Set<String> roots = new HashSet<>();
			for (String code : codes) {
				roots.add(root(code));
			}
			Set<String> out = new HashSet<>(codes);
			for (String code : new ArrayList<>(parent.keySet())) {
				if (roots.contains(root(code))) {
					out.add(code);
				}
			}
			return out;
		}
	}

	private static Long lastRefreshedLoad(DuckDBConnection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(last_load_id) FROM figure_refresh")) {
			rs.next();
			long v = rs.getLong(1);
			return rs.wasNull() ? null : v;
		}
	}

	private static boolean structureChangedSince(DuckDBConnection c, long last) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM org_unit WHERE load_id > ?) "
				+ "OR EXISTS (SELECT 1 FROM org_succession WHERE load_id > ?) OR EXISTS (SELECT 1 FROM term WHERE load_id > ?) "
				+ "OR EXISTS (SELECT 1 FROM target WHERE load_id > ?) "
				// a structure file replaces rows: a load of units, terms or targets that left none counts too
				+ "OR EXISTS (SELECT 1 FROM load WHERE load_id > ? AND table_kind IN ('units', 'terms', 'targets'))")) {
			for (int i = 1; i <= 5; i++) {
				ps.setLong(i, last);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private static Set<String> strings(DuckDBConnection c, String sql, Object... args) throws SQLException {
		Set<String> out = new HashSet<>();
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(rs.getString(1));
				}
			}
		}
		return out;
	}

	private static void markRefreshed(DuckDBConnection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("DELETE FROM figure_refresh");
			st.execute("INSERT INTO figure_refresh SELECT current_timestamp, coalesce(max(load_id), 0) FROM load");
		}
	}


	private static boolean allTablesExist(DuckDBConnection c) throws SQLException {
		String names = String.join(", ", TABLES.stream().map(t -> "'" + t.table() + "'").toList());
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name IN ("
						+ names + ")")) {
			rs.next();
			return rs.getInt(1) == TABLES.size();
		}
	}

	/** True when every table exists and was computed by the current views (a refresh after the last migration). */
	static boolean computed(DuckDBConnection c) throws SQLException {
		return allTablesExist(c) && lastRefreshedLoad(c) != null;
	}

	/**
	 * True when the tables were rebuilt after the last load and every one of them exists (a warehouse
	 * refreshed by an older version lacks the tables added since: it reads the views until the next
	 * refresh).
	 */
	public static boolean fresh(DuckDBConnection c) throws SQLException {
		String names = String.join(", ", TABLES.stream().map(t -> "'" + t.table() + "'").toList());
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT (SELECT max(last_load_id) FROM figure_refresh) "
						+ "= (SELECT coalesce(max(load_id), 0) FROM load) "
						+ "AND (SELECT count(*) FROM duckdb_tables() WHERE table_name IN (" + names + ")) = " + TABLES.size())) {
			rs.next();
			return rs.getBoolean(1) && !rs.wasNull();
		}
	}

	/**
	 * The table holding {@code view} when the tables were computed by the current views (even if loads
	 * arrived since: readers see the last complete figures, never a mix, until the next refresh
	 * commits; the screens say they are being updated), else the view itself (a new warehouse, or new
	 * views not yet refreshed).
	 */
	public static String source(DuckDBConnection c, String view) throws SQLException {
		if (!computed(c)) {
			return view;
		}
		return TABLES.stream().filter(t -> t.view().equals(view)).findFirst().map(Table::table)
			.orElseThrow(() -> new IllegalArgumentException("No table for " + view));
	}
}
