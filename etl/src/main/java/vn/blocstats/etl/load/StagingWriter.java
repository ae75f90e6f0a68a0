package vn.blocstats.etl.load;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
 * warehouse's real tables are only touched by the publish step, in one transaction. One per run
 * ({@link ImportFileJob}): its connection, appenders and keys are that run's.
 */
class StagingWriter implements ItemStreamWriter<ParsedRow> {

	static final String[] STAGING_TABLES = { "stg_figure", "stg_sheet", "stg_figure_org", "stg_figure_metric",
			"stg_figure_period", "stg_unit", "stg_term", "stg_target", "stg_issue", "stg_sheet_scope" };

	private final java.util.function.Supplier<Warehouse> warehouse;
	private DuckDBConnection conn;
	private DuckDBAppender figures;
	private DuckDBAppender sheets;
	private DuckDBAppender orgs;
	private DuckDBAppender metrics;
	private DuckDBAppender periods;
	private final Map<String, Integer> sheetRefs = new HashMap<>();
	private final Map<OrgKey, Integer> orgRefs = new HashMap<>();
	private final Map<MetricKey, Integer> metricRefs = new HashMap<>();
	private final Map<PeriodKey, Integer> periodRefs = new HashMap<>();
	private DuckDBAppender units;
	private DuckDBAppender terms;
	private DuckDBAppender targets;
	private DuckDBAppender issues;

	StagingWriter(java.util.function.Supplier<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		try {
			conn = warehouse.get().connection();
			clear(conn);
			figures = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_figure");
			sheets = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_sheet");
			orgs = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_figure_org");
			metrics = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_figure_metric");
			periods = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_figure_period");
			sheetRefs.clear();
			orgRefs.clear();
			metricRefs.clear();
			periodRefs.clear();
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
			for (Staged staged : parsed.staged()) {
				stage(staged);
			}
		}
		// Flush each chunk: a staging failure surfaces here, not at the end.
		sheets.flush();
		orgs.flush();
		metrics.flush();
		periods.flush();
		figures.flush();
		units.flush();
		terms.flush();
		targets.flush();
		issues.flush();
	}

	private void stage(Staged staged) throws SQLException {
		switch (staged) {
			case Staged.Figure f -> {
				figures.beginRow();
				if (f.sheet() == null) {
					figures.appendNull();
				}
				else {
					figures.append(sheetRef(f.sheet()));
				}
				figures.append(f.row())
					.append(orgRef(new OrgKey(f.orgCode(), f.orgName(), f.orgNameKey(), f.orgColumn())))
					.append(metricRef(new MetricKey(f.metricCode(), f.valueColumn())))
					.append(periodRef(new PeriodKey(f.periodKind(), f.start(), f.end(), f.termLabel(), f.periodText())))
					.append("luy_ke".equals(f.basis()))
					.append(f.value());
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

	private int sheetRef(String sheet) throws SQLException {
		Integer ref = sheetRefs.get(sheet);
		if (ref == null) {
			ref = sheetRefs.size();
			sheetRefs.put(sheet, ref);
			sheets.beginRow().append(ref).append(sheet).endRow();
		}
		return ref;
	}

	private int orgRef(OrgKey key) throws SQLException {
		Integer ref = orgRefs.get(key);
		if (ref == null) {
			ref = orgRefs.size();
			orgRefs.put(key, ref);
			orgs.beginRow().append(ref);
			str(orgs, key.code());
			str(orgs, key.name());
			str(orgs, key.nameKey());
			str(orgs, key.column()).endRow();
		}
		return ref;
	}

	private int metricRef(MetricKey key) throws SQLException {
		Integer ref = metricRefs.get(key);
		if (ref == null) {
			ref = metricRefs.size();
			metricRefs.put(key, ref);
			metrics.beginRow().append(ref).append(key.code());
			str(metrics, key.column()).endRow();
		}
		return ref;
	}

	private int periodRef(PeriodKey key) throws SQLException {
		Integer ref = periodRefs.get(key);
		if (ref == null) {
			ref = periodRefs.size();
			periodRefs.put(key, ref);
			periods.beginRow().append(ref).append(key.kind());
			date(periods, key.start());
			date(periods, key.end());
			str(periods, key.termLabel());
			str(periods, key.text()).endRow();
		}
		return ref;
	}

	/** A unit as written in a row (code, or name, or both), and the header of the column that named it (wide form). */
	private record OrgKey(String code, String name, String nameKey, String column) {
	}

	/** A metric, and the header of the column that held its values (wide form; null in the long form). */
	private record MetricKey(String code, String column) {
	}

	/** A period as staged: the parsed dates (a point for stocks and cumulative figures) and the text written. */
	private record PeriodKey(String kind, LocalDate start, LocalDate end, String termLabel, String text) {
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
		for (DuckDBAppender a : new DuckDBAppender[] { sheets, orgs, metrics, periods, figures, units, terms, targets,
				issues }) {
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
