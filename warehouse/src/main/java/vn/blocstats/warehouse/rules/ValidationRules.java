package vn.blocstats.warehouse.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.blocstats.warehouse.base.SqlScripts;
import vn.blocstats.warehouse.base.Transactions;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The validation rules of a warehouse and their violations: list, add, enable, disable and remove
 * rules (an administrator's edits; each edit checks every unit again), and check the rules for
 * some units ({@link #refresh}: after an import, for the units it touched, inside its transaction)
 * or for all ({@link #refreshAll}). SQL in {@code rules/evaluate.sql} and {@code rules/violations.sql}.
 * Stateless; every method works on the caller's connection (and transaction).
 */
public final class ValidationRules {

	private static final List<String> EVALUATE = SqlScripts.load("rules/evaluate.sql");
	private static final String VIOLATIONS = SqlScripts.load("rules/violations.sql").getFirst();
	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

	private ValidationRules() {
	}

	/**
	 * A violation: the rule's two sides did not stand as it says for a unit and period.
	 *
	 * @param periodStart the flows' first day; the as-of date for stocks (= periodEnd)
	 * @param loadId the newest load among the figures compared
	 */
	public record Violation(ValidationRule rule, String orgCode, String orgName, String basis, LocalDate periodStart,
			LocalDate periodEnd, double leftValue, double rightValue, long loadId) {
	}

	/** Every rule, in their order (shipped ones first, then those added, by code). */
	public static List<ValidationRule> list(Connection c) throws SQLException {
		List<ValidationRule> out = new ArrayList<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT code, left_expr, operator, right_expr, importance, enabled, explanation_vi, "
						+ "explanation_en, origin FROM validation_rule ORDER BY sort_order, code")) {
			while (rs.next()) {
				out.add(rule(rs, 1));
			}
		}
		return out;
	}

	/** The rule {@code code}, if there is one. */
	public static Optional<ValidationRule> find(Connection c, String code) throws SQLException {
		return list(c).stream().filter(r -> r.code().equals(code)).findFirst();
	}

	private static ValidationRule rule(ResultSet rs, int from) throws SQLException {
		return new ValidationRule(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3),
				rs.getString(from + 4), rs.getBoolean(from + 5), rs.getString(from + 6), rs.getString(from + 7), rs.getString(from + 8));
	}

	/**
	 * Adds a rule (origin admin, enabled) after parsing both sides strictly against the catalog, and
	 * checks every unit against it. Commits unless the caller manages the transaction.
	 *
	 * @throws IllegalArgumentException (Vietnamese message) for a bad code, operator, importance,
	 *     expression, a code already used, an empty explanation, or sides mixing stocks and flows
	 */
	public static void add(Connection c, ValidationRule rule) throws SQLException {
		if (rule.code() == null || !CODE.matcher(rule.code()).matches()) {
			throw new IllegalArgumentException("Mã quy tắc “" + rule.code()
					+ "” không hợp lệ: chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (ví dụ members_assessed_le_total)");
		}
		if (!ValidationRule.OPERATORS.contains(rule.operator())) {
			throw new IllegalArgumentException("Phép so sánh “" + rule.operator() + "” không hợp lệ: dùng =, <=, >=, < hoặc >");
		}
		if (!ValidationRule.IMPORTANCE.contains(rule.importance())) {
			throw new IllegalArgumentException("Mức quan trọng “" + rule.importance() + "” không hợp lệ: high, medium hoặc low");
		}
		if (rule.explanationVi() == null || rule.explanationVi().isBlank()) {
			throw new IllegalArgumentException("Cần lời giải thích tiếng Việt của quy tắc (hiện cùng mỗi vi phạm)");
		}
		MetricCatalog catalog = MetricCatalog.load(c);
		RuleExpression left = rule.leftSide(catalog);
		RuleExpression right = rule.rightSide(catalog);
		Set<Boolean> stocks = new LinkedHashSet<>();
		for (String code : concat(left.metricCodes(), right.metricCodes())) {
			stocks.add(catalog.byCode(code).map(m -> m.kind().isStock()).orElse(false));
		}
		if (stocks.size() > 1) {
			throw new IllegalArgumentException("Quy tắc không thể so số thời điểm (như members_total) với số phát sinh trong kỳ "
					+ "(như admissions): hai loại không cùng kỳ để so");
		}
		if (find(c, rule.code()).isPresent()) {
			throw new IllegalArgumentException("Đã có quy tắc mã “" + rule.code() + "”");
		}
		Transactions.inTransaction(c, () -> {
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO validation_rule (code, left_expr, operator, right_expr, "
					+ "importance, enabled, explanation_vi, explanation_en, origin, sort_order) "
					+ "VALUES (?, ?, ?, ?, ?, true, ?, ?, 'admin', (SELECT coalesce(max(sort_order), 0) + 10 FROM validation_rule))")) {
				ps.setString(1, rule.code());
				ps.setString(2, rule.left().strip());
				ps.setString(3, rule.operator());
				ps.setString(4, rule.right().strip());
				ps.setString(5, rule.importance());
				ps.setString(6, rule.explanationVi().strip());
				ps.setString(7, rule.explanationEn() == null || rule.explanationEn().isBlank() ? rule.explanationVi().strip()
						: rule.explanationEn().strip());
				ps.executeUpdate();
			}
			try (PreparedStatement ps = c.prepareStatement(
					"INSERT INTO validation_rule_term (rule_code, side, metric_code, coefficient) VALUES (?, ?, ?, ?)")) {
				for (var side : List.of(java.util.Map.entry("L", left), java.util.Map.entry("R", right))) {
					for (RuleExpression.Term t : side.getValue().terms()) {
						ps.setString(1, rule.code());
						ps.setString(2, side.getKey());
						ps.setString(3, t.metricCode());
						ps.setDouble(4, t.coefficient());
						ps.addBatch();
					}
				}
				ps.executeBatch();
			}
			refreshAll(c);
		});
	}

	/**
	 * Enables or disables a rule and checks every unit again (a disabled rule has no violations).
	 *
	 * @throws IllegalArgumentException when there is no such rule
	 */
	public static void setEnabled(Connection c, String code, boolean enabled) throws SQLException {
		Transactions.inTransaction(c, () -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE validation_rule SET enabled = ? WHERE code = ?")) {
				ps.setBoolean(1, enabled);
				ps.setString(2, code);
				if (ps.executeUpdate() == 0) {
					throw new IllegalArgumentException("Không có quy tắc mã “" + code + "” (xem blocstats rule list)");
				}
			}
			refreshAll(c);
		});
	}

	/**
	 * Removes a rule added by an administrator, with its violations. A shipped rule cannot be
	 * removed (disable it instead).
	 *
	 * @throws IllegalArgumentException when there is no such rule, or it is a shipped one
	 */
	public static void remove(Connection c, String code) throws SQLException {
		ValidationRule rule = find(c, code)
			.orElseThrow(() -> new IllegalArgumentException("Không có quy tắc mã “" + code + "” (xem blocstats rule list)"));
		if (!"admin".equals(rule.origin())) {
			throw new IllegalArgumentException("Quy tắc “" + code + "” có sẵn trong sản phẩm, không xóa được: hãy tắt nó (blocstats rule disable "
					+ code + ")");
		}
		Transactions.inTransaction(c, () -> {
			for (String sql : List.of("DELETE FROM rule_violation WHERE rule_code = ?", "DELETE FROM validation_rule_term WHERE rule_code = ?",
					"DELETE FROM validation_rule WHERE code = ?")) {
				try (PreparedStatement ps = c.prepareStatement(sql)) {
					ps.setString(1, code);
					ps.executeUpdate();
				}
			}
		});
	}

	/**
	 * Checks the enabled rules for the units listed by {@code unitsQuery} (a query of one column of
	 * unit codes, e.g. {@code SELECT DISTINCT code FROM pf_final}) and replaces their violations.
	 * Runs in the caller's transaction.
	 */
	public static void refresh(Connection c, String unitsQuery) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("CREATE OR REPLACE TEMP TABLE rule_scope AS SELECT DISTINCT CAST(u AS VARCHAR) AS org_code FROM (" + unitsQuery
					+ ") AS s (u) WHERE u IS NOT NULL");
			for (String sql : EVALUATE) {
				st.execute(sql);
			}
			st.execute("DROP TABLE rule_scope");
		}
	}

	/**
	 * Checks the enabled rules for every unit with a figure and replaces all violations, in one
	 * transaction (the caller's if it has one).
	 */
	public static void refreshAll(Connection c) throws SQLException {
		Transactions.inTransaction(c, () -> {
			try (Statement st = c.createStatement()) {
				st.execute("DELETE FROM rule_violation");
			}
			refresh(c, "SELECT DISTINCT org_code FROM fact WHERE superseded_by IS NULL");
		});
	}

	/**
	 * The violations of the units under {@code committee} at the period's end and of the committee
	 * itself (every violation for an empty committee), newest period first.
	 */
	public static List<Violation> violations(Connection c, Optional<String> committee) throws SQLException {
		List<ValidationRule> rules = list(c);
		List<Violation> out = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(VIOLATIONS)) {
			for (int i = 1; i <= 3; i++) {
				ps.setString(i, committee.orElse(null));
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String code = rs.getString(1);
					ValidationRule rule = rules.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
					out.add(new Violation(rule, rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
							rs.getObject(6, LocalDate.class), rs.getDouble(7), rs.getDouble(8), rs.getLong(9)));
				}
			}
		}
		return out;
	}

	/**
	 * "Đảng viên được đánh giá, xếp loại (120) &gt; Tổng số đảng viên (100)": a violation's two sides
	 * with their values and how they actually stand, in Vietnamese or English.
	 */
	public static String sides(Violation v, MetricCatalog catalog, Locale locale) {
		boolean vi = !"en".equals(locale.getLanguage());
		return v.rule().leftSide(catalog).label(catalog, vi) + " (" + vn.blocstats.warehouse.base.VietFormat.count(v.leftValue(), locale)
				+ ") " + ValidationRule.relation(v.leftValue(), v.rightValue()) + " " + v.rule().rightSide(catalog).label(catalog, vi)
				+ " (" + vn.blocstats.warehouse.base.VietFormat.count(v.rightValue(), locale) + ")";
	}


	private static List<String> concat(List<String> a, List<String> b) {
		List<String> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}
}
