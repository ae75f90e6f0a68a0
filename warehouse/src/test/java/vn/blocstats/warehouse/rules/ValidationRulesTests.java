package vn.blocstats.warehouse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.Figures;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.rules.ValidationRules.Violation;

/**
 * Validation rules over tiny warehouses whose answers are computed by hand: the shipped rules
 * parse to the terms V005 stores, a rule is checked per unit and period only where both sides
 * are complete, flows compare the same span and stocks the same date, an administrator's rule is
 * parsed strictly against the catalog, and disabling a rule clears its violations.
 */
class ValidationRulesTests {

	@TempDir
	Path dir;

	private Figures committeeK() throws SQLException {
		return Figures.in(dir)
			.unit("P", "Tỉnh P", "tinh", null)
			.unit("K", "Đảng bộ Khối K", "dang_bo_khoi", "P")
			.unit("K-A", "Đảng bộ Sở A", "dang_bo_co_so", "K")
			.unit("K-B", "Chi bộ Sở B", "chi_bo_co_so", "K");
	}

	@Test
	void every_shipped_rule_parses_to_the_terms_the_migration_stored() throws Exception {
		try (Figures f = Figures.in(dir); DuckDBConnection c = f.warehouse().connection()) {
			MetricCatalog catalog = MetricCatalog.load(c);
			List<ValidationRule> rules = ValidationRules.list(c);
			assertThat(rules).hasSize(15).allMatch(r -> r.enabled() && r.origin().equals("catalog"));
			for (ValidationRule r : rules) {
				List<String> parsed = new java.util.ArrayList<>();
				r.leftSide(catalog).terms().forEach(t -> parsed.add("L | " + t.metricCode() + " | " + (long) t.coefficient()));
				r.rightSide(catalog).terms().forEach(t -> parsed.add("R | " + t.metricCode() + " | " + (long) t.coefficient()));
				assertThat(f.rows("SELECT side, metric_code, coefficient FROM validation_rule_term WHERE rule_code = '" + r.code()
						+ "' ORDER BY side, metric_code")).as(r.code()).containsExactlyInAnyOrderElementsOf(parsed);
			}
		}
	}

	@Test
	void a_rule_is_checked_per_unit_and_period_only_where_every_metric_of_both_sides_has_a_figure() throws Exception {
		try (Figures f = committeeK()) {
			// K-A, 31/12/2021: 100 members = 90 official + 8 probationary? No: 98. Assessed 120 > 100.
			f.stock("K-A", "members_total", "2021-12-31", 100)
				.stock("K-A", "members_official", "2021-12-31", 90)
				.stock("K-A", "members_probationary", "2021-12-31", 8)
				.stock("K-A", "members_assessed", "2021-12-31", 120)
				// 30/6/2021: official and probationary without the total — members_total_parts is not checked,
				// probationary <= total is not either (no total); nothing is assumed 0
				.stock("K-A", "members_official", "2021-06-30", 95)
				.stock("K-A", "members_probationary", "2021-06-30", 4)
				// K-B: staffing cuts of H1 against a total of the whole year: different spans, not compared;
				// H2 total 5 = 2 + 3 holds
				.flow("K-B", "staff_reductions", "2021-01-01", "2021-12-31", 9)
				.flow("K-B", "staff_reductions_party", "2021-01-01", "2021-06-30", 1)
				.flow("K-B", "staff_reductions_state", "2021-01-01", "2021-06-30", 1)
				.flow("K-B", "staff_reductions", "2021-07-01", "2021-12-31", 5)
				.flow("K-B", "staff_reductions_party", "2021-07-01", "2021-12-31", 2)
				.flow("K-B", "staff_reductions_state", "2021-07-01", "2021-12-31", 3)
				// a superseded figure does not count: the current total 7 = 3 + 4
				.supersededStock("K-B", "members_total", "2021-12-31", 6)
				.stock("K-B", "members_total", "2021-12-31", 7)
				.stock("K-B", "members_official", "2021-12-31", 3)
				.stock("K-B", "members_probationary", "2021-12-31", 4);
			try (DuckDBConnection c = f.warehouse().connection()) {
				ValidationRules.refreshAll(c);
				List<Violation> all = ValidationRules.violations(c, Optional.of("K"));
				MetricCatalog catalog = MetricCatalog.load(c);
				assertThat(all).extracting(v -> v.rule().code() + " | " + v.orgCode() + " | " + v.orgName() + " | " + v.periodEnd()
						+ " | " + ValidationRules.sides(v, catalog, VietFormat.VIETNAMESE))
					.containsExactly(
							"members_total_parts | K-A | Đảng bộ Sở A | 2021-12-31 | Tổng số đảng viên (100) > Đảng viên chính thức + "
									+ "Đảng viên dự bị (98)",
							"members_assessed_le_total | K-A | Đảng bộ Sở A | 2021-12-31 | Đảng viên được đánh giá, xếp loại (120) > "
									+ "Tổng số đảng viên (100)");
				// another committee's units are not listed; every violation without one
				assertThat(ValidationRules.violations(c, Optional.of("P"))).hasSize(2);
				assertThat(ValidationRules.violations(c, Optional.empty())).hasSize(2);

				// refreshing only K-B leaves K-A's violations as they were
				ValidationRules.refresh(c, "SELECT 'K-B'");
				assertThat(f.rows("SELECT count(*) FROM rule_violation")).containsExactly("2");

				// disabled, a rule has no violations; enabled again, it has them back
				ValidationRules.setEnabled(c, "members_assessed_le_total", false);
				assertThat(f.rows("SELECT rule_code FROM rule_violation")).containsExactly("members_total_parts");
				ValidationRules.setEnabled(c, "members_assessed_le_total", true);
				assertThat(f.rows("SELECT count(*) FROM rule_violation")).containsExactly("2");
			}
		}
	}

	@Test
	void an_administrators_rule_is_parsed_strictly_against_the_catalog_and_checked_at_once() throws Exception {
		try (Figures f = committeeK()) {
			f.flow("K-A", "admissions", "2022-01-01", "2022-06-30", 12)
				.flow("K-A", "recognitions", "2022-01-01", "2022-06-30", 30)
				.flow("K-B", "admissions", "2022-01-01", "2022-06-30", 10)
				.flow("K-B", "recognitions", "2022-01-01", "2022-06-30", 15);
			try (DuckDBConnection c = f.warehouse().connection()) {
				// recognitions <= 2 × admissions: K-A 30 > 24 fails, K-B 15 <= 20 holds
				ValidationRules.add(c, new ValidationRule("recognitions_le_twice_admissions", "recognitions", "<=", "2 * admissions",
						"low", true, "Số công nhận chính thức không quá hai lần số kết nạp", "", "admin"));
				assertThat(f.rows("SELECT rule_code, org_code, left_value, right_value FROM rule_violation"))
					.containsExactly("recognitions_le_twice_admissions | K-A | 30 | 24");
				ValidationRule added = ValidationRules.find(c, "recognitions_le_twice_admissions").orElseThrow();
				assertThat(added.explanationEn()).isEqualTo("Số công nhận chính thức không quá hai lần số kết nạp");
				assertThat(added.rightSide(MetricCatalog.load(c)).label(MetricCatalog.load(c), true)).isEqualTo("2 × Kết nạp đảng viên mới");

				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "admisions", "<=", "members_total")))
					.hasMessage("Không có chỉ tiêu mã “admisions” trong danh mục: dùng mã chỉ tiêu như members_total, admissions "
							+ "(xem blocstats alias list)");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "Kết nạp", "<=", "members_total")))
					.hasMessageStartingWith("Không hiểu “Kết nạp” trong “Kết nạp”");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "ket_nap", "<=", "members_total")))
					.hasMessage("Không có chỉ tiêu mã “ket_nap” trong danh mục: có phải “admissions” (Kết nạp đảng viên mới)?");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "share_orgs_excellent", "<=", "orgs_assessed")))
					.hasMessageContaining("là chỉ số tính toán");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "admissions", "<=", "members_total")))
					.hasMessageStartingWith("Quy tắc không thể so số thời điểm");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("x_rule", "admissions", "=<", "recognitions")))
					.hasMessageStartingWith("Phép so sánh “=<” không hợp lệ");
				assertThatThrownBy(() -> ValidationRules.add(c, rule("members_total_parts", "admissions", "<=", "recognitions")))
					.hasMessage("Đã có quy tắc mã “members_total_parts”");
				assertThatThrownBy(() -> ValidationRules.remove(c, "members_total_parts"))
					.hasMessageStartingWith("Quy tắc “members_total_parts” có sẵn trong sản phẩm, không xóa được");

				ValidationRules.remove(c, "recognitions_le_twice_admissions");
				assertThat(f.rows("SELECT count(*) FROM rule_violation UNION ALL SELECT count(*) FROM validation_rule_term "
						+ "WHERE rule_code = 'recognitions_le_twice_admissions'")).containsExactly("0", "0");
			}
		}
	}

	@Test
	void a_side_adds_coefficients_of_a_metric_named_twice_and_subtracts() throws Exception {
		try (Figures f = Figures.in(dir); DuckDBConnection c = f.warehouse().connection()) {
			MetricCatalog catalog = MetricCatalog.load(c);
			assertThat(RuleExpression.parse("members_total - members_probationary + 0,5 * members_total", catalog).terms())
				.containsExactly(new RuleExpression.Term("members_total", 1.5), new RuleExpression.Term("members_probationary", -1));
		}
	}

	private static ValidationRule rule(String code, String left, String op, String right) {
		return new ValidationRule(code, left, op, right, "medium", true, "Giải thích", "Explanation", "admin");
	}
}
