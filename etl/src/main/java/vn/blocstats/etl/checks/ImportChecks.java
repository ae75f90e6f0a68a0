package vn.blocstats.etl.checks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.blocstats.etl.report.Messages;
import vn.blocstats.warehouse.base.SqlScripts;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureTables;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.period.PeriodLabel;
import vn.blocstats.warehouse.rules.ValidationRule;
import vn.blocstats.warehouse.rules.ValidationRules;

/**
 * The checks the publish step runs on a file's figures, in its transaction: {@link #beforeLoad}
 * between {@code publish/figures.sql} and {@code publish/figures-load.sql} (what the corrections
 * replace, and the committees' term figures before), {@link #afterLoad} after it (rules, outliers,
 * the correction diff). Each finding becomes a row of {@code stg_issue} with its reason written
 * here in Vietnamese, numbers as vi-VN writes them: the file's report, {@code load_issue} and the
 * screens show it like every other problem. Temp tables {@code pf_final} and {@code pub_ctx} are
 * the publish step's. Stateless.
 */
public final class ImportChecks {

	private static final Logger log = LoggerFactory.getLogger(ImportChecks.class);

	private static final List<String> CORRECTIONS_BEFORE = SqlScripts.load("checks/corrections-before.sql");
	private static final List<String> TERM_BEFORE = SqlScripts.load("checks/term-before.sql");
	private static final List<String> TERM_BEFORE_TABLE = SqlScripts.load("checks/term-before-table.sql");
	private static final List<String> TERM_AFTER = SqlScripts.load("checks/term-after.sql");
	private static final String TERM_DIFF = SqlScripts.load("checks/term-diff.sql").getFirst();
	private static final String CORRECTIONS = SqlScripts.load("checks/corrections.sql").getFirst();
	private static final String RULE_VIOLATIONS = SqlScripts.load("checks/rule-violations.sql").getFirst();
	private static final String OUTLIERS = SqlScripts.load("checks/outliers.sql").getFirst();

	private ImportChecks() {
	}

	/**
	 * Before the file's figures are loaded: the current figures they replace with another value and,
	 * when there are any, the term figures of the committees above them (the "before" of the diff).
	 */
	public static void beforeLoad(Connection c) throws SQLException {
		long t = System.nanoTime();
		run(c, CORRECTIONS_BEFORE);
		if (count(c, "SELECT count(*) FROM chk_committee") > 0) {
			// The screens' table holds the view's rows when it is current (a dry run, the first file of a run).
			run(c, c instanceof DuckDBConnection d && FigureTables.fresh(d) ? TERM_BEFORE_TABLE : TERM_BEFORE);
		}
		log.debug("checks before load: {} ms", (System.nanoTime() - t) / 1_000_000);
	}

	/**
	 * After the file's figures are loaded: checks the validation rules for the units it touched
	 * (refreshing their violations), looks for outliers, and writes the correction diff; adds what it
	 * finds to {@code stg_issue}.
	 */
	public static void afterLoad(DuckDBConnection c) throws SQLException {
		long t0 = System.nanoTime();
		if (count(c, "SELECT count(*) FROM pf_final") == 0) {
			return;
		}
		MetricCatalog catalog = MetricCatalog.load(c);
		ValidationRules.refresh(c, "SELECT code FROM pf_final");
		rules(c, catalog);
		long t1 = System.nanoTime();
		outliers(c);
		long t2 = System.nanoTime();
		corrections(c);
		log.debug("checks after load: rules {} ms, outliers {} ms, corrections {} ms", (t1 - t0) / 1_000_000,
				(t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
	}

	private static void rules(Connection c, MetricCatalog catalog) throws SQLException {
		Map<String, ValidationRule> rules = ValidationRules.list(c).stream()
			.collect(Collectors.toMap(ValidationRule::code, Function.identity()));
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RULE_VIOLATIONS);
				Issues out = new Issues(c)) {
			while (rs.next()) {
				ValidationRule rule = rules.get(rs.getString(1));
				String org = rs.getString(2);
				LocalDate start = rs.getObject(4, LocalDate.class);
				LocalDate end = rs.getObject(5, LocalDate.class);
				double left = rs.getDouble(6);
				double right = rs.getDouble(7);
				String sides = rule.leftSide(catalog).label(catalog, true) + " (" + VietFormat.count(left) + ") "
						+ ValidationRule.relation(left, right) + " " + rule.rightSide(catalog).label(catalog, true) + " ("
						+ VietFormat.count(right) + ")";
				String reason = Messages.text("check.rule", rule.explanationVi(), sides, org, period(start, end, rs.getString(3)));
				Object row = rs.getObject(9);
				Object value = rs.getObject(11);
				out.add("warning", rs.getString(8), row == null ? 0 : ((Number) row).intValue(), row == null ? null : column(rs.getString(10)),
						value == null ? null : VietFormat.count(((Number) value).doubleValue()), reason, "rule." + rule.code());
			}
		}
	}

	private static void outliers(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(OUTLIERS); Issues out = new Issues(c)) {
			while (rs.next()) {
				String where = rs.getString(5) + ", " + rs.getString(4) + ", "
						+ PeriodLabel.vi(rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
				double value = rs.getDouble(8);
				String reason;
				String rule;
				if (rs.getBoolean(9)) {
					double prev = rs.getDouble(10);
					String previous = PeriodLabel.vi(rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class));
					String change = VietFormat.count(prev) + " → " + VietFormat.count(value);
					if (prev == 0) {
						reason = Messages.text("check.outlier.from_zero", where, change, previous);
					}
					else if (value == 0) {
						reason = Messages.text("check.outlier.to_zero", where, change, previous);
					}
					else if (value > prev) {
						reason = Messages.text("check.outlier.up", where, change, times(value / prev), previous);
					}
					else {
						reason = Messages.text("check.outlier.down", where, change, times(prev / value), previous);
					}
					rule = "outlier.jump";
				}
				else {
					double med = rs.getDouble(15);
					double mad = Math.max(rs.getDouble(16), 1);
					reason = Messages.text("check.outlier.band", where, VietFormat.count(value), decimal(med), decimal(mad),
							decimal(Math.max(0, med - 5 * mad)), decimal(med + 5 * mad), VietFormat.count(rs.getLong(14)));
					rule = "outlier.band";
				}
				out.add("warning", rs.getString(1), rs.getInt(2), column(rs.getString(3)), VietFormat.count(value), reason, rule);
			}
		}
	}

	private static void corrections(DuckDBConnection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CORRECTIONS); Issues out = new Issues(c)) {
			while (rs.next()) {
				String where = rs.getString(5) + ", " + rs.getString(4) + ", "
						+ period(rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8));
				String reason = Messages.text("check.correction", where, VietFormat.count(rs.getDouble(9)),
						VietFormat.count(rs.getDouble(10)));
				out.add("info", rs.getString(1), rs.getInt(2), column(rs.getString(3)), VietFormat.count(rs.getDouble(10)), reason,
						"correction.figure");
			}
		}
		if (count(c, "SELECT count(*) FROM chk_committee") == 0) {
			return;
		}
		// Only the changed units' groups and the metrics computed from the changed ones: the whole
		// warehouse's views would take seconds for a three-row correction.
		FigureTables.withinGroups(c, "SELECT org_code, metric_code FROM chk_changed", () -> run(c, TERM_AFTER));
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TERM_DIFF); Issues out = new Issues(c)) {
			while (rs.next()) {
				boolean indicator = "I".equals(rs.getString(5));
				String unit = indicator ? rs.getString(6) : "";
				String before = shown((Double) rs.getObject(7), indicator, unit);
				String after = shown((Double) rs.getObject(8), indicator, unit);
				if (before.equals(after)) {
					continue; // an indicator that moved less than its shown precision
				}
				String reason = Messages.text("check.correction_term", rs.getString(4), rs.getString(1),
						PeriodLabel.term(rs.getString(2)), before, after);
				out.add("info", null, 0, null, null, reason, "correction.term");
			}
		}
	}

	/** A term figure as shown: a count, or an indicator with one decimal and its unit; "—" when there is none. */
	private static String shown(Double v, boolean indicator, String unit) {
		if (v == null) {
			return "—";
		}
		return indicator ? VietFormat.decimal(v, 1) + ("%".equals(unit) ? "%" : " " + unit) : VietFormat.count(v);
	}

	/** A period in Vietnamese; a cumulative figure's date as "lũy kế đến 30/6/2020". */
	private static String period(LocalDate start, LocalDate end, String basis) {
		return "luy_ke".equals(basis) ? "lũy kế đến " + VietFormat.date(end) : PeriodLabel.vi(start, end);
	}

	private static String column(String valueColumn) {
		return valueColumn == null ? "Giá trị" : valueColumn;
	}

	/** A ratio as "10", "6,5". */
	private static String times(double ratio) {
		double r = Math.round(ratio * 10) / 10.0;
		return VietFormat.decimal(r, r == Math.rint(r) ? 0 : 1);
	}

	private static String decimal(double v) {
		return VietFormat.decimal(v, v == Math.rint(v) ? 0 : 1, Locale.of("vi", "VN"));
	}

	private static void run(Connection c, List<String> statements) throws SQLException {
		try (Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Rows added to {@code stg_issue} in one batch. */
	private static final class Issues implements AutoCloseable {

		// An appender: a batch of prepared INSERTs costs DuckDB about half a millisecond per row (12 s
		// for the 19.200 findings of a province's correction). stg_issue has no CHECK constraint, which
		// DuckDB 2.0.0.1's appender mishandles (see Publisher).
		private final DuckDBAppender appender;

		Issues(Connection c) throws SQLException {
			appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_issue");
		}

		void add(String severity, String sheet, int row, String column, String value, String reason, String rule)
				throws SQLException {
			// (a null String is appended as NULL)
			appender.beginRow().append(severity).append(sheet).append(row).append(column).append(value).append(reason).append(rule);
			for (int i = 0; i < 6; i++) {
				appender.appendNull();
			}
			appender.endRow();
		}

		@Override
		public void close() throws SQLException {
			appender.close();
		}
	}
}
