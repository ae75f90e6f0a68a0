package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.period.PeriodLabel;
import vn.blocstats.warehouse.rules.ValidationRule;
import vn.blocstats.warehouse.rules.ValidationRules;
import vn.blocstats.warehouse.rules.ValidationRules.Violation;

/**
 * {@code blocstats rule list|add|disable|enable|remove|check}: the validation rules (table
 * {@code validation_rule}, see docs/quality-rules.md), edited by an administrator like the
 * aliases: a rule added or switched here is checked for every unit at once and by every import
 * from then on, no code change.
 */
@Component
class RuleCommand {

	static final String USAGE = """
			Cách dùng:
			  blocstats rule list
			  blocstats rule add MÃ "VẾ_TRÁI PHÉP_SO_SÁNH VẾ_PHẢI" --vi "giải thích" [--en "explanation"] [--importance high|medium|low]
			      ví dụ: blocstats rule add members_assessed_le_total "members_assessed <= members_total" --vi "Số đảng viên được đánh giá không vượt quá tổng số đảng viên"
			  blocstats rule disable MÃ | rule enable MÃ | rule remove MÃ
			  blocstats rule check [--committee MÃ_ĐẢNG_BỘ]     kiểm tra lại mọi đơn vị và liệt kê các vi phạm""";

	private final ObjectProvider<Warehouse> warehouse;

	RuleCommand(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		List<String> w = args.words();
		String verb = w.isEmpty() ? "" : w.getFirst();
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			switch (verb) {
				case "list" -> {
					if (w.size() != 1) {
						break;
					}
					List<List<String>> rows = new ArrayList<>();
					for (ValidationRule r : ValidationRules.list(c)) {
						rows.add(List.of(r.code(), r.expression(), r.importance(), r.enabled() ? "bật" : "tắt",
								r.origin().equals("admin") ? "quản trị viên" : "có sẵn", r.explanationVi()));
					}
					TextTable.print(List.of("Mã", "Quy tắc", "Mức", "Trạng thái", "Nguồn", "Giải thích"), rows, Set.of(), out);
					return 0;
				}
				case "add" -> {
					if (w.size() != 3) {
						break;
					}
					ValidationRule rule = ValidationRule.of(w.get(1), w.get(2), args.option("importance", "medium"),
							args.option("vi", null), args.option("en", null));
					ValidationRules.add(c, rule);
					out.println("Đã thêm quy tắc " + rule.code() + ": " + rule.expression() + " — đã kiểm tra mọi đơn vị, "
							+ violations(c, rule.code()) + " vi phạm");
					return 0;
				}
				case "disable", "enable" -> {
					if (w.size() != 2) {
						break;
					}
					ValidationRules.setEnabled(c, w.get(1), verb.equals("enable"));
					out.println((verb.equals("enable") ? "Đã bật quy tắc " : "Đã tắt quy tắc ") + w.get(1)
							+ (verb.equals("enable") ? ": " + violations(c, w.get(1)) + " vi phạm" : ""));
					return 0;
				}
				case "remove" -> {
					if (w.size() != 2) {
						break;
					}
					ValidationRules.remove(c, w.get(1));
					out.println("Đã xóa quy tắc " + w.get(1));
					return 0;
				}
				case "check" -> {
					if (w.size() != 1) {
						break;
					}
					ValidationRules.refreshAll(c);
					MetricCatalog catalog = MetricCatalog.load(c);
					List<Violation> found = ValidationRules.violations(c, Optional.ofNullable(args.option("committee", null)));
					List<List<String>> rows = new ArrayList<>();
					for (Violation v : found) {
						rows.add(List.of(v.orgCode(), "luy_ke".equals(v.basis()) ? "lũy kế đến " + VietFormat.date(v.periodEnd())
								: PeriodLabel.vi(v.periodStart(), v.periodEnd()), v.rule().code(),
								ValidationRules.sides(v, catalog, VietFormat.VIETNAMESE)));
					}
					TextTable.print(List.of("Đơn vị", "Kỳ", "Quy tắc", "Hai vế"), rows, Set.of(), out);
					out.println(VietFormat.count(found.size()) + " vi phạm");
					return 0;
				}
				default -> {
				}
			}
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return 1;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
		err.println(USAGE);
		return Cli.USAGE;
	}

	private static long violations(DuckDBConnection c, String rule) throws SQLException {
		return ValidationRules.violations(c, Optional.empty()).stream().filter(v -> v.rule().code().equals(rule)).count();
	}
}
