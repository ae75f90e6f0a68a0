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
import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.report.Messages;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.WarehouseException;

/**
 * {@code blocstats query [--format table|csv] [--allow-files] SQL}: runs one SQL statement that only
 * reads ({@link ReadOnlySql}: one query, EXPLAIN, DESCRIBE, SHOW, a read-only PRAGMA; anything else is
 * refused with exit {@value CommandLines#USAGE}) on the warehouse opened read-only, without access to any
 * other file unless {@code --allow-files} and with DuckDB's configuration locked
 * ({@link Warehouse#openForQuery}): nothing can be changed through it, neither the warehouse nor
 * another file. CSV output is UTF-8 with a header row and {@code .} as the decimal mark, for other
 * programs; the table is for people. An SQL error is one line in Vietnamese (exit 1).
 */
@Command(name = "query", sortOptions = false)
class QueryCommand implements CliCommand {

	/** How the rows are printed. */
	enum Format {
		table, csv
	}

	@Option(names = "--format", paramLabel = "table|csv", defaultValue = "table", descriptionKey = "query.format")
	Format format;

	/** Lets DuckDB read files beside the warehouse (read_csv…): off by default. */
	@Option(names = "--allow-files", descriptionKey = "query.allow-files")
	boolean allowFiles;

	@Parameters(arity = "1..*", paramLabel = "SQL", descriptionKey = "query.sql")
	List<String> words = new ArrayList<>();

	@Autowired
	DataDirectory data;

	@Override
	public int run(PrintStream out, PrintStream err) {
		String sql = String.join(" ", words);
		try (Warehouse w = Warehouse.openForQuery(data.warehouse(), allowFiles); DuckDBConnection c = w.connection();
				Statement st = c.createStatement()) {
			String statement;
			try {
				statement = ReadOnlySql.check(c, sql);
			}
			catch (ReadOnlySql.Refused e) {
				err.println(e.getMessage());
				return CommandLines.USAGE;
			}
			if (!st.execute(statement)) {
				err.println(Messages.text("query.no_table"));
				return 0;
			}
			try (ResultSet rs = st.getResultSet()) {
				if (format == Format.csv) {
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
			String message = firstLine(e.getMessage());
			if (!allowFiles && message.contains("disabled by configuration")) {
				// DuckDB refused a file other than the warehouse (read_csv of a local file…): the analyst did not ask for files.
				err.println(Messages.text("query.files_refused", message));
				return CommandLines.USAGE;
			}
			err.println(Messages.text("query.sql_error", message));
			return 1;
		}
		catch (java.io.UncheckedIOException e) {
			err.println(Messages.text("query.sql_error", firstLine(String.valueOf(e.getCause().getMessage()))));
			return 1;
		}
	}

	/** The first line of DuckDB's message (the rest, when there is one, is its context: LINE 1: …). */
	private static String firstLine(String message) {
		String m = String.valueOf(message).strip();
		int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl).strip();
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
		out.println(Messages.text("query.rows", rows.size()));
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
