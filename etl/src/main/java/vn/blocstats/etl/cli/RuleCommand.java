package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
@Command(name = "rule", subcommands = { RuleCommand.ListRules.class, RuleCommand.Add.class, RuleCommand.Disable.class,
		RuleCommand.Enable.class, RuleCommand.Remove.class, RuleCommand.Check.class })
final class RuleCommand {

	/** A rule command: its warehouse connection, and a warehouse error said in one line (exit 1). */
	abstract static class OnRules implements CliCommand {

		@Autowired
		private ObjectProvider<Warehouse> warehouse;

		@Override
		public final int run(PrintStream out, PrintStream err) {
			try (DuckDBConnection c = warehouse.getObject().connection()) {
				return run(c, out);
			}
			catch (SQLException e) {
				err.println("Lỗi kho dữ liệu: " + e.getMessage());
				return CommandLines.FAILED;
			}
		}

		abstract int run(DuckDBConnection c, PrintStream out) throws SQLException;
	}

	/** {@code rule list}. */
	@Command(name = "list")
	static final class ListRules extends OnRules {

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			List<List<String>> rows = new ArrayList<>();
			for (ValidationRule r : ValidationRules.list(c)) {
				rows.add(List.of(r.code(), r.expression(), r.importance(), r.enabled() ? "bật" : "tắt",
						r.origin().equals("admin") ? "quản trị viên" : "có sẵn", r.explanationVi()));
			}
			TextTable.print(List.of("Mã", "Quy tắc", "Mức", "Trạng thái", "Nguồn", "Giải thích"), rows, Set.of(), out);
			return CommandLines.OK;
		}
	}

	/** {@code rule add CODE "LEFT <= RIGHT" --vi … [--en …] [--importance high|medium|low]}. */
	@Command(name = "add", sortOptions = false)
	static final class Add extends OnRules {

		@Parameters(index = "0", paramLabel = "CODE", descriptionKey = "rule.code")
		String code;

		@Parameters(index = "1", paramLabel = "EXPRESSION", descriptionKey = "rule.expression")
		String expression;

		@Option(names = "--vi", required = true, paramLabel = "TEXT", descriptionKey = "rule.vi")
		String vi;

		@Option(names = "--en", paramLabel = "TEXT", descriptionKey = "rule.en")
		String en;

		@Option(names = "--importance", paramLabel = "high|medium|low", defaultValue = "medium", descriptionKey = "rule.importance")
		String importance;

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			ValidationRule rule = ValidationRule.of(code, expression, importance, vi, en);
			ValidationRules.add(c, rule);
			out.println("Đã thêm quy tắc " + rule.code() + ": " + rule.expression() + " — đã kiểm tra mọi đơn vị, "
					+ violations(c, rule.code()) + " vi phạm");
			return CommandLines.OK;
		}
	}

	/** {@code rule disable CODE}. */
	@Command(name = "disable")
	static final class Disable extends OnRules {

		@Parameters(index = "0", paramLabel = "CODE", descriptionKey = "rule.code")
		String code;

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			ValidationRules.setEnabled(c, code, false);
			out.println("Đã tắt quy tắc " + code);
			return CommandLines.OK;
		}
	}

	/** {@code rule enable CODE}. */
	@Command(name = "enable")
	static final class Enable extends OnRules {

		@Parameters(index = "0", paramLabel = "CODE", descriptionKey = "rule.code")
		String code;

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			ValidationRules.setEnabled(c, code, true);
			out.println("Đã bật quy tắc " + code + ": " + violations(c, code) + " vi phạm");
			return CommandLines.OK;
		}
	}

	/** {@code rule remove CODE}. */
	@Command(name = "remove")
	static final class Remove extends OnRules {

		@Parameters(index = "0", paramLabel = "CODE", descriptionKey = "rule.code")
		String code;

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			ValidationRules.remove(c, code);
			out.println("Đã xóa quy tắc " + code);
			return CommandLines.OK;
		}
	}

	/** {@code rule check [--committee CODE]}. */
	@Command(name = "check")
	static final class Check extends OnRules {

		@Option(names = "--committee", paramLabel = "CODE", descriptionKey = "rule.committee")
		String committee;

		@Override
		int run(DuckDBConnection c, PrintStream out) throws SQLException {
			ValidationRules.refreshAll(c);
			MetricCatalog catalog = MetricCatalog.load(c);
			List<Violation> found = ValidationRules.violations(c, Optional.ofNullable(committee));
			List<List<String>> rows = new ArrayList<>();
			for (Violation v : found) {
				rows.add(List.of(v.orgCode(), "luy_ke".equals(v.basis()) ? "lũy kế đến " + VietFormat.date(v.periodEnd())
						: PeriodLabel.vi(v.periodStart(), v.periodEnd()), v.rule().code(),
						ValidationRules.sides(v, catalog, VietFormat.VIETNAMESE)));
			}
			TextTable.print(List.of("Đơn vị", "Kỳ", "Quy tắc", "Hai vế"), rows, Set.of(), out);
			out.println(VietFormat.count(found.size()) + " vi phạm");
			return CommandLines.OK;
		}
	}

	private static long violations(DuckDBConnection c, String rule) throws SQLException {
		return ValidationRules.violations(c, Optional.empty()).stream().filter(v -> v.rule().code().equals(rule)).count();
	}
}
