package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * {@code blocstats alias add ALIAS METRIC_CODE} and {@code blocstats alias list}: the labels by
 * which offices name a metric; an alias added here is used by the next import, no code change.
 */
@Command(name = "alias", subcommands = { AliasCommand.Add.class, AliasCommand.ListAliases.class })
final class AliasCommand {

	/** {@code alias add ALIAS METRIC_CODE}. */
	@Command(name = "add")
	static final class Add implements CliCommand {

		@Parameters(index = "0", paramLabel = "ALIAS", descriptionKey = "alias.alias")
		String alias;

		@Parameters(index = "1", paramLabel = "METRIC_CODE", descriptionKey = "alias.metric")
		String metric;

		@Autowired
		private ObjectProvider<Warehouse> warehouse;

		@Override
		public int run(PrintStream out, PrintStream err) {
			try (DuckDBConnection c = warehouse.getObject().connection()) {
				MetricCatalog.addAlias(c, alias, metric);
				out.println("Đã thêm bí danh “" + alias + "” cho chỉ tiêu " + metric);
				return CommandLines.OK;
			}
			catch (SQLException e) {
				err.println("Lỗi kho dữ liệu: " + e.getMessage());
				return CommandLines.FAILED;
			}
		}
	}

	/** {@code alias list}. */
	@Command(name = "list")
	static final class ListAliases implements CliCommand {

		@Autowired
		private ObjectProvider<Warehouse> warehouse;

		@Override
		public int run(PrintStream out, PrintStream err) {
			List<List<String>> rows = new ArrayList<>();
			try (DuckDBConnection c = warehouse.getObject().connection(); Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT a.metric_code, a.alias, a.origin FROM metric_alias a "
							+ "JOIN metric m ON m.code = a.metric_code ORDER BY m.sort_order, a.origin DESC, a.alias")) {
				while (rs.next()) {
					rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
				}
			}
			catch (SQLException e) {
				err.println("Lỗi kho dữ liệu: " + e.getMessage());
				return CommandLines.FAILED;
			}
			TextTable.print(List.of("Chỉ tiêu", "Bí danh", "Nguồn"), rows, Set.of(), out);
			return CommandLines.OK;
		}
	}
}
