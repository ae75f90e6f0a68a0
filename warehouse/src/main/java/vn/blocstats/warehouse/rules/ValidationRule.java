package vn.blocstats.warehouse.rules;

import java.util.List;

import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * A validation rule: {@code left operator right}, e.g. {@code members_assessed <= members_total}.
 *
 * @param code a stable name (letters, digits, '_')
 * @param left the left side as written ({@link RuleExpression})
 * @param operator one of {@code = <= >= < >}
 * @param right the right side as written
 * @param importance high, medium or low
 * @param enabled checked or not
 * @param explanationVi what the rule says, in Vietnamese (shown with every violation)
 * @param explanationEn the same in English
 * @param origin catalog (shipped) or admin (added by an administrator)
 */
public record ValidationRule(String code, String left, String operator, String right, String importance, boolean enabled,
		String explanationVi, String explanationEn, String origin) {

	/** The operators a rule may use. */
	public static final List<String> OPERATORS = List.of("=", "<=", ">=", "<", ">");
	/** The importance levels. */
	public static final List<String> IMPORTANCE = List.of("high", "medium", "low");

	/**
	 * A new administrator's rule from one line {@code "members_assessed <= members_total"}: split at
	 * its comparison ({@code <=}, {@code >=}, {@code =}, {@code <}, {@code >}, also {@code ≤ ≥});
	 * the sides are parsed when the rule is added.
	 *
	 * @throws IllegalArgumentException (Vietnamese) when the line has no comparison or more than one
	 */
	public static ValidationRule of(String code, String expression, String importance, String explanationVi,
			String explanationEn) {
		String e = expression == null ? "" : expression.replace('≤', '\u0001').replace('≥', '\u0002')
			.replace("<=", "\u0001").replace(">=", "\u0002");
		int at = -1;
		int count = 0;
		for (int i = 0; i < e.length(); i++) {
			if ("\u0001\u0002=<>".indexOf(e.charAt(i)) >= 0) {
				at = i;
				count++;
			}
		}
		if (count != 1) {
			throw new IllegalArgumentException("Quy tắc “" + expression
					+ "” cần đúng một phép so sánh (=, <=, >=, <, >) giữa hai vế, ví dụ: members_assessed <= members_total");
		}
		String op = switch (e.charAt(at)) {
			case '\u0001' -> "<=";
			case '\u0002' -> ">=";
			default -> String.valueOf(e.charAt(at));
		};
		return new ValidationRule(code, e.substring(0, at).strip(), op, e.substring(at + 1).strip(), importance, true,
				explanationVi, explanationEn, "admin");
	}

	/** The rule as one line: {@code members_assessed <= members_total}. */
	public String expression() {
		return left + " " + operator + " " + right;
	}

	/** The left side parsed against {@code catalog}. */
	public RuleExpression leftSide(MetricCatalog catalog) {
		return RuleExpression.parse(left, catalog);
	}

	/** The right side parsed against {@code catalog}. */
	public RuleExpression rightSide(MetricCatalog catalog) {
		return RuleExpression.parse(right, catalog);
	}

	/** How two values actually stand: "&gt;", "&lt;" or "=". */
	public static String relation(double left, double right) {
		return Math.abs(left - right) <= 1e-9 ? "=" : left > right ? ">" : "<";
	}
}
