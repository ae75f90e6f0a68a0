package vn.blocstats.warehouse.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import vn.blocstats.warehouse.base.SqlScripts;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned SQL migrations {@code db/migration/V<n>__<name>.sql} in order, each in its
 * own transaction, and then the repeatable scripts {@code R__<name>.sql} (views) whenever their
 * content changed. The applied versions are recorded in {@code schema_history}; an old database
 * file is upgraded in place, never recreated.
 */
public final class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);
	private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(.+)\\.sql");
	private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

	private final List<Script> versioned;
	private final List<Script> repeatable;

	private Migrations(List<Script> versioned, List<Script> repeatable) {
		this.versioned = versioned;
		this.repeatable = repeatable;
	}

	/** The migrations found on the class path under {@code db/migration/}. */
	public static Migrations fromClasspath() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
			List<Script> versioned = new ArrayList<>();
			List<Script> repeatable = new ArrayList<>();
			for (Resource r : resources) {
				String name = r.getFilename();
				String sql = r.getContentAsString(StandardCharsets.UTF_8);
				Matcher v = VERSIONED.matcher(name);
				Matcher rep = REPEATABLE.matcher(name);
				if (v.matches()) {
					versioned.add(new Script(Integer.parseInt(v.group(1)), v.group(2), sql));
				}
				else if (rep.matches()) {
					repeatable.add(new Script(0, rep.group(1), sql));
				}
				else {
					throw new IllegalStateException("Unexpected migration file name: " + name);
				}
			}
			versioned.sort(Comparator.comparingInt(Script::version));
			repeatable.sort(Comparator.comparing(Script::name));
			return new Migrations(List.copyOf(versioned), List.copyOf(repeatable));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the warehouse migrations", e);
		}
	}

	/** The highest versioned migration known to this build. */
	public int latestVersion() {
		return versioned.isEmpty() ? 0 : versioned.getLast().version();
	}

	/** Brings the database on {@code conn} up to date. */
	public void apply(Connection conn) throws SQLException {
		try (Statement st = conn.createStatement()) {
			st.execute("CREATE TABLE IF NOT EXISTS schema_history (version INTEGER, name VARCHAR PRIMARY KEY, "
					+ "checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
		}
		int current = currentVersion(conn);
		if (current > latestVersion()) {
			throw new IllegalStateException("The warehouse file has schema version " + current
					+ ", newer than this program knows (" + latestVersion() + "). Use a newer blocstats.");
		}
		for (Script s : versioned) {
			if (s.version() > current) {
				log.info("Applying warehouse migration V{}__{}", s.version(), s.name());
				run(conn, s, "V" + s.version() + "__" + s.name());
			}
		}
		boolean viewsChanged = false;
		for (Script s : repeatable) {
			String recorded = checksumOf(conn, "R__" + s.name());
			if (!s.checksum().equals(recorded)) {
				log.info("Applying warehouse script R__{}", s.name());
				run(conn, s, "R__" + s.name());
				viewsChanged = true;
			}
		}
		if (viewsChanged) {
			// The figure tables hold what the old views computed: stale until the next refresh.
			try (Statement st = conn.createStatement()) {
				st.execute("DELETE FROM figure_refresh");
			}
		}
	}

	/** The schema version recorded in the database on {@code conn} (0 for a new file). */
	public static int currentVersion(Connection conn) throws SQLException {
		try (Statement st = conn.createStatement();
				ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_history WHERE version > 0")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static String checksumOf(Connection conn, String name) throws SQLException {
		try (PreparedStatement ps = conn.prepareStatement("SELECT checksum FROM schema_history WHERE name = ?")) {
			ps.setString(1, name);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	private static void run(Connection conn, Script s, String name) throws SQLException {
		boolean auto = conn.getAutoCommit();
		conn.setAutoCommit(false);
		try (Statement st = conn.createStatement()) {
			for (String statement : SqlScripts.split(s.sql())) {
				try {
					st.execute(statement);
				}
				catch (SQLException e) {
					throw new SQLException("Migration " + name + " failed at: " + statement, e);
				}
			}
			try (PreparedStatement ps = conn.prepareStatement(
					"INSERT OR REPLACE INTO schema_history (version, name, checksum, applied_at) VALUES (?, ?, ?, current_timestamp)")) {
				ps.setInt(1, s.version());
				ps.setString(2, name);
				ps.setString(3, s.checksum());
				ps.executeUpdate();
			}
			conn.commit();
		}
		catch (SQLException | RuntimeException e) {
			conn.rollback();
			throw e;
		}
		finally {
			conn.setAutoCommit(auto);
		}
	}

	record Script(int version, String name, String sql) {
		String checksum() {
			try {
				byte[] d = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(Arrays.copyOf(d, 16));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
