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
import org.springframework.stereotype.Component;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * {@code blocstats alias add ALIAS METRIC_CODE} and {@code blocstats alias list}: the labels by
 * which offices name a metric; an alias added here is used by the next import, no code change.
 */
@Component
class AliasCommand {

	private final ObjectProvider<Warehouse> warehouse;

	AliasCommand(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		List<String> w = args.words();
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			if (w.size() == 3 && w.get(0).equals("add")) {
				MetricCatalog.addAlias(c, w.get(1), w.get(2));
				out.println("Đã thêm bí danh “" + w.get(1) + "” cho chỉ tiêu " + w.get(2));
				return 0;
			}
			if (w.size() == 1 && w.get(0).equals("list")) {
				List<List<String>> rows = new ArrayList<>();
				try (Statement st = c.createStatement();
						ResultSet rs = st.executeQuery("SELECT a.metric_code, a.alias, a.origin FROM metric_alias a "
								+ "JOIN metric m ON m.code = a.metric_code ORDER BY m.sort_order, a.origin DESC, a.alias")) {
					while (rs.next()) {
						rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
					}
				}
				TextTable.print(List.of("Chỉ tiêu", "Bí danh", "Nguồn"), rows, Set.of(), out);
				return 0;
			}
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return 1;
		}
		err.println("Cách dùng: blocstats alias add \"Số ĐV kết nạp mới\" admissions | blocstats alias list");
		return Cli.USAGE;
	}
}
