package vn.blocstats.etl.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.blocstats.etl.report.Messages;

/**
 * The statements {@code blocstats query} runs: exactly one statement that only reads — a query
 * ({@code SELECT}, {@code WITH … SELECT}, {@code FROM …}, {@code VALUES}, {@code DESCRIBE},
 * {@code SHOW}, {@code SUMMARIZE}), {@code EXPLAIN [ANALYZE]} of one, or a {@code PRAGMA} of
 * {@link #READ_PRAGMAS} (run as its table function). Everything else — {@code COPY}, {@code ATTACH},
 * {@code INSTALL}, {@code LOAD}, {@code SET}, {@code EXPORT}, {@code CALL}, any write, several
 * statements — is refused before anything runs.
 *
 * <p>The decision is DuckDB's own parser's: {@code json_serialize_sql} serialises nothing but
 * SELECT statements (it answers {@code "error": true} for every other kind) and lists each
 * statement of the text, so "one query" is "no error and one statement". The only text matched
 * here is the {@code EXPLAIN} / {@code PRAGMA} prefix, and what follows it goes through the parser
 * again. This is one of two walls: the warehouse is also opened read-only, without access to other
 * files and with its configuration locked ({@code Warehouse.openForQuery}).
 */
final class ReadOnlySql {

	/** The pragmas that only read, each also a table function {@code pragma_<name>(…)}. */
	static final Set<String> READ_PRAGMAS = Set.of("table_info", "storage_info", "database_size", "version", "show",
			"metadata_info", "platform", "user_agent", "collations");

	private static final Pattern EXPLAIN = Pattern.compile("(?is)\\s*(EXPLAIN(?:\\s+ANALYZE)?)\\s+(.+)");
	private static final Pattern PRAGMA = Pattern.compile("(?is)\\s*PRAGMA\\s+([a-z_]+)\\s*(?:\\((.*)\\))?\\s*;?\\s*");
	private static final Pattern SHOW_TABLES = Pattern.compile("(?i)show_tables(_expanded)?");

	private ReadOnlySql() {
	}

	/** A statement refused, with the Vietnamese message to print. */
	static final class Refused extends Exception {

		Refused(String message) {
			super(message);
		}
	}

	/**
	 * The statement to run for {@code sql}: {@code sql} itself when it is one query, {@code EXPLAIN}
	 * of one, or a read-only pragma's table-function form.
	 *
	 * @param c a connection of the warehouse (only its parser is used: nothing is run)
	 * @throws Refused when it is not exactly one statement that only reads
	 */
	static String check(Connection c, String sql) throws Refused, SQLException {
		Matcher explain = EXPLAIN.matcher(sql);
		if (explain.matches()) {
			query(c, explain.group(2), sql);
			return sql;
		}
		Matcher pragma = PRAGMA.matcher(sql);
		if (pragma.matches()) {
			String name = pragma.group(1).toLowerCase(Locale.ROOT);
			String rewritten;
			if (SHOW_TABLES.matcher(name).matches()) {
				rewritten = "SHOW TABLES";
			}
			else if (READ_PRAGMAS.contains(name)) {
				rewritten = "SELECT * FROM pragma_" + name + "(" + (pragma.group(2) == null ? "" : pragma.group(2)) + ")";
			}
			else {
				throw new Refused(Messages.text("query.pragma_refused", name, String.join(", ", READ_PRAGMAS.stream().sorted().toList())));
			}
			query(c, rewritten, sql);
			return rewritten;
		}
		query(c, sql, sql);
		return sql;
	}

	/** Refuses {@code sql} unless DuckDB's parser reads it as exactly one SELECT statement. */
	private static void query(Connection c, String sql, String asked) throws Refused, SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT (j ->> 'error')::BOOLEAN, coalesce(json_array_length(j -> 'statements'), 0), "
				+ "j ->> 'error_type', j ->> 'error_message' FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)")) {
			ps.setString(1, sql);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				boolean error = rs.getBoolean(1);
				long statements = rs.getLong(2);
				String type = rs.getString(3);
				if (error && "parser".equalsIgnoreCase(type)) {
					throw new Refused(Messages.text("query.unparsable", rs.getString(4)));
				}
				if (error) {
					throw new Refused(Messages.text("query.not_read_only", firstWord(asked)));
				}
				if (statements != 1) {
					throw new Refused(Messages.text("query.one_statement", statements));
				}
			}
		}
	}

	private static String firstWord(String sql) {
		String s = sql.strip();
		int end = 0;
		while (end < s.length() && Character.isLetter(s.charAt(end))) {
			end++;
		}
		return end == 0 ? s.substring(0, Math.min(20, s.length())) : s.substring(0, end).toUpperCase(Locale.ROOT);
	}
}
