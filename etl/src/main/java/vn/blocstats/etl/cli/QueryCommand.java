package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.WarehouseException;

/**
 * {@code blocstats query [--format table|csv] SQL}: runs one SQL statement on the warehouse
 * opened READ-ONLY (so nothing can be changed through it). CSV output is UTF-8 with a header row
 * and {@code .} as the decimal mark, for other programs; the table is for people.
 */
@Component
class QueryCommand {

	private final String db;

	QueryCommand(@Value("${blocstats.db}") String db) {
		this.db = db;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		if (args.words().isEmpty()) {
			err.println("Cần một câu SQL: blocstats query \"SELECT * FROM v_figure_term\"");
			return Cli.USAGE;
		}
		String sql = String.join(" ", args.words());
		String format = args.option("format", "table");
		if (!format.equals("table") && !format.equals("csv")) {
			err.println("--format table hoặc csv, không phải " + format);
			return Cli.USAGE;
		}
		try (Warehouse w = Warehouse.openReadOnly(Path.of(db)); DuckDBConnection c = w.connection();
				Statement st = c.createStatement()) {
			if (!st.execute(sql)) {
				err.println("Câu lệnh không trả về bảng nào.");
				return 0;
			}
			try (ResultSet rs = st.getResultSet()) {
				if (format.equals("csv")) {
					csv(rs, out);
				}
				else {
					table(rs, out);
				}
			}
			return 0;
		}
		catch (WarehouseException e) {
			err.println(e.getMessage());
			return 2;
		}
		catch (SQLException e) {
			err.println("Lỗi SQL: " + e.getMessage());
			return 1;
		}
	}

	private static void csv(ResultSet rs, PrintStream out) throws SQLException {
		ResultSetMetaData md = rs.getMetaData();
		int n = md.getColumnCount();
		try {
			CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
			List<String> header = new ArrayList<>();
			for (int i = 1; i <= n; i++) {
				header.add(md.getColumnLabel(i));
			}
			p.printRecord(header);
			while (rs.next()) {
				List<String> row = new ArrayList<>(n);
				for (int i = 1; i <= n; i++) {
					row.add(plain(rs.getObject(i)));
				}
				p.printRecord(row);
			}
			p.flush();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void table(ResultSet rs, PrintStream out) throws SQLException {
		ResultSetMetaData md = rs.getMetaData();
		int n = md.getColumnCount();
		List<String> header = new ArrayList<>();
		Set<Integer> numeric = new HashSet<>();
		for (int i = 1; i <= n; i++) {
			header.add(md.getColumnLabel(i));
		}
		List<List<String>> rows = new ArrayList<>();
		while (rs.next()) {
			List<String> row = new ArrayList<>(n);
			for (int i = 1; i <= n; i++) {
				Object v = rs.getObject(i);
				if (v instanceof Number) {
					numeric.add(i - 1);
				}
				row.add(v == null ? "" : plain(v));
			}
			rows.add(row);
		}
		TextTable.print(header, rows, numeric, out);
		out.println("(" + rows.size() + " dòng)");
	}

	/** A value in machine form: whole doubles without ".0", '.' as the decimal mark, no exponent. */
	static String plain(Object v) {
		if (v == null) {
			return "";
		}
		if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			if (Double.isFinite(d)) {
				return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			}
		}
		if (v instanceof BigDecimal b) {
			return b.stripTrailingZeros().toPlainString();
		}
		return v.toString();
	}
}
