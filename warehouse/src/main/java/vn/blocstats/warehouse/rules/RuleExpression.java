package vn.blocstats.warehouse.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.base.VietNumbers;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * One side of a validation rule: a sum of catalog metrics, each with an optional coefficient —
 * {@code orgs_excellent + orgs_good}, {@code members_total - members_probationary},
 * {@code 2 * members_probationary}, {@code 0,5 * admissions}. Metrics are named by their catalog
 * code, exactly; a coefficient is a number (Vietnamese or plain) before {@code *} (or {@code ×}).
 * A metric named twice has its coefficients added. Parsing is strict: anything else is refused
 * with a Vietnamese message saying what and where ({@link IllegalArgumentException}).
 *
 * @param terms the metrics with their coefficients, in the order written
 */
public record RuleExpression(List<Term> terms) {

	/** {@code coefficient × metric}. */
	public record Term(String metricCode, double coefficient) {
	}

	private static final Pattern TERM = Pattern.compile("\\s*(?:([0-9][0-9.,]*)\\s*[*×]\\s*)?([A-Za-z_][A-Za-z0-9_]*)\\s*");

	/**
	 * Parses {@code text} against {@code catalog}.
	 *
	 * @throws IllegalArgumentException (message in Vietnamese) for an empty side, a term that is not
	 *     {@code [number *] code}, an unknown metric (with the catalog code the text may have meant)
	 *     or a computed indicator
	 */
	public static RuleExpression parse(String text, MetricCatalog catalog) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Vế của quy tắc đang trống: cần ít nhất một mã chỉ tiêu, ví dụ members_total");
		}
		Map<String, Double> terms = new LinkedHashMap<>();
		int i = 0;
		double sign = 1;
		String s = text.strip();
		while (true) {
			int next = nextOperator(s, i);
			String part = s.substring(i, next < 0 ? s.length() : next);
			Matcher m = TERM.matcher(part);
			if (part.isBlank() || !m.matches()) {
				throw new IllegalArgumentException("Không hiểu “" + part.strip() + "” trong “" + s
						+ "”: mỗi số hạng là một mã chỉ tiêu, có thể kèm hệ số (ví dụ 2 * members_probationary), nối bằng + hoặc -");
			}
			double coefficient = 1;
			if (m.group(1) != null) {
				OptionalDouble c = VietNumbers.parse(m.group(1));
				if (c.isEmpty() || c.getAsDouble() <= 0) {
					throw new IllegalArgumentException("Hệ số “" + m.group(1) + "” trong “" + s + "” không phải một số dương");
				}
				coefficient = c.getAsDouble();
			}
			String code = m.group(2);
			Metric metric = catalog.byCode(code).orElseThrow(() -> unknown(code, catalog));
			if (metric.kind() == Metric.Kind.INDICATOR) {
				throw new IllegalArgumentException("“" + code + "” (" + metric.labelVi()
						+ ") là chỉ số tính toán, không được nhập: quy tắc chỉ dùng chỉ tiêu được báo cáo");
			}
			terms.merge(code, sign * coefficient, Double::sum);
			if (next < 0) {
				break;
			}
			sign = s.charAt(next) == '-' ? -1 : 1;
			i = next + 1;
		}
		List<Term> out = new ArrayList<>();
		terms.forEach((code, c) -> out.add(new Term(code, c)));
		return new RuleExpression(List.copyOf(out));
	}

	/** The next '+' or '-' at or after {@code from}, or -1. */
	private static int nextOperator(String s, int from) {
		for (int j = from; j < s.length(); j++) {
			char c = s.charAt(j);
			if (c == '+' || c == '-') {
				return j;
			}
		}
		return -1;
	}

	private static IllegalArgumentException unknown(String code, MetricCatalog catalog) {
		Optional<Metric> meant = catalog.resolve(code);
		return new IllegalArgumentException("Không có chỉ tiêu mã “" + code + "” trong danh mục"
				+ meant.map(m -> ": có phải “" + m.code() + "” (" + m.labelVi() + ")?")
					.orElse(": dùng mã chỉ tiêu như members_total, admissions (xem blocstats alias list)"));
	}

	/** The metric codes of this side. */
	public List<String> metricCodes() {
		return terms.stream().map(Term::metricCode).toList();
	}

	/** The side in words, for messages: "TCCSĐ hoàn thành xuất sắc nhiệm vụ + TCCSĐ hoàn thành tốt nhiệm vụ", "2 × …". */
	public String label(MetricCatalog catalog, boolean vietnamese) {
		StringBuilder sb = new StringBuilder();
		for (Term t : terms) {
			double c = Math.abs(t.coefficient());
			if (sb.isEmpty()) {
				sb.append(t.coefficient() < 0 ? "−" : "");
			}
			else {
				sb.append(t.coefficient() < 0 ? " − " : " + ");
			}
			if (c != 1) {
				sb.append(VietFormat.decimal(c, c == Math.rint(c) ? 0 : 2, vietnamese ? VietFormat.VIETNAMESE : java.util.Locale.ENGLISH))
					.append(" × ");
			}
			sb.append(catalog.byCode(t.metricCode()).map(m -> vietnamese ? m.labelVi() : m.labelEn()).orElse(t.metricCode()));
		}
		return sb.toString();
	}
}
