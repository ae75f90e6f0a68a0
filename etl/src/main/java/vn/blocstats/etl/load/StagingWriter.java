package vn.blocstats.etl.load;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.etl.table.Staged;
import vn.blocstats.warehouse.Warehouse;

/**
 * Writes parsed rows into the warehouse's staging tables with DuckDB's Appender (never row by row
 * through JDBC). Staging is emptied when the step opens, so a restarted import starts clean; the
 * warehouse's real tables are only touched by the publish step, in one transaction.
 */
class StagingWriter implements ItemStreamWriter<ParsedRow> {

	static final String[] STAGING_TABLES = { "stg_figure", "stg_unit", "stg_term", "stg_target", "stg_issue" };

	private final Warehouse warehouse;
	private DuckDBConnection conn;
	private DuckDBAppender figures;
	private DuckDBAppender units;
	private DuckDBAppender terms;
	private DuckDBAppender targets;
	private DuckDBAppender issues;

	StagingWriter(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		try {
			conn = warehouse.connection();
			clear(conn);
			figures = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_figure");
			units = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_unit");
			terms = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_term");
			targets = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_target");
			issues = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_issue");
		}
		catch (SQLException e) {
			throw new ItemStreamException("Cannot open the staging tables", e);
		}
	}

	/** Empties the staging tables. */
	static void clear(DuckDBConnection conn) throws SQLException {
		try (Statement st = conn.createStatement()) {
			for (String t : STAGING_TABLES) {
				st.execute("DELETE FROM " + t);
			}
		}
	}

	@Override
	public void write(Chunk<? extends ParsedRow> chunk) throws SQLException {
		for (ParsedRow parsed : chunk) {
			for (Problem p : parsed.problems()) {
				issues.beginRow().append(p.severity().code());
				str(issues, p.sheet()).append(p.row());
				str(issues, p.column());
				str(issues, p.value());
				issues.append(p.reason()).append(p.rule());
				for (int i = 0; i < 6; i++) {
					issues.appendNull();
				}
				issues.endRow();
			}
			switch (parsed.staged()) {
				case null -> {
				}
				case Staged.Figure f -> {
					figures.beginRow();
					str(figures, f.sheet()).append(f.row());
					str(figures, f.orgCode());
					str(figures, f.orgName());
					str(figures, f.orgNameKey()).append(f.metricCode()).append(f.periodKind());
					date(figures, f.start());
					date(figures, f.end());
					str(figures, f.termLabel()).append(f.basis()).append(f.value());
					str(figures, f.periodText());
					str(figures, f.note());
					figures.endRow();
				}
				case Staged.Unit u -> {
					units.beginRow();
					str(units, u.sheet()).append(u.row()).append(u.code()).append(u.name()).append(u.nameKey()).append(u.type());
					str(units, u.parentCode()).append(u.validFrom()).append(u.validTo());
					str(units, u.successorCodes().isEmpty() ? null : String.join(";", u.successorCodes()));
					str(units, u.successorWeights().isEmpty() ? null
							: u.successorWeights().stream().map(String::valueOf).collect(Collectors.joining(";")));
					units.endRow();
				}
				case Staged.Term t -> {
					terms.beginRow();
					str(terms, t.sheet()).append(t.row()).append(t.committeeCode()).append(t.termLabel())
						.append(t.congressNumber()).append(t.startYear()).append(t.endYear()).append(t.start());
					date(terms, t.end());
					terms.endRow();
				}
				case Staged.Target t -> {
					targets.beginRow();
					str(targets, t.sheet()).append(t.row()).append(t.committeeCode()).append(t.termLabel())
						.append(t.metricCode()).append(t.targetKind()).append(t.source()).append(t.value());
					targets.endRow();
				}
			}
		}
		// Flush each chunk: a staging failure surfaces here, not at the end.
		figures.flush();
		units.flush();
		terms.flush();
		targets.flush();
		issues.flush();
	}

	private static DuckDBAppender str(DuckDBAppender a, String s) throws SQLException {
		return s == null ? a.appendNull() : a.append(s);
	}

	private static DuckDBAppender date(DuckDBAppender a, LocalDate d) throws SQLException {
		return d == null ? a.appendNull() : a.append(d);
	}

	@Override
	public void close() {
		SQLException failure = null;
		for (DuckDBAppender a : new DuckDBAppender[] { figures, units, terms, targets, issues }) {
			try {
				if (a != null) {
					a.close();
				}
			}
			catch (SQLException e) {
				failure = failure == null ? e : failure;
			}
		}
		try {
			if (conn != null) {
				conn.close();
			}
		}
		catch (SQLException e) {
			failure = failure == null ? e : failure;
		}
		conn = null;
		if (failure != null) {
			throw new ItemStreamException("Cannot close the staging tables", failure);
		}
	}
}
