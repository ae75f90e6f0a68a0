package vn.blocstats.etl.table.wide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.etl.table.Staged;
import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.base.VietNumbers;
import vn.blocstats.warehouse.period.Period;
import vn.blocstats.warehouse.period.PeriodParser;

/**
 * Turns the rows of a wide table (docs/import-formats.md, the wide form) into figures, one sheet after the other.
 *
 * <p>A data row gives one figure per metric cell holding a value (an empty cell, "-" or "x" give
 * none). The unit is the row's code, else its name (matched when the file is published); the
 * period is the row's period cell, else the sheet's. A flow in a sheet whose period is a single day
 * ("tính đến 30/6/2020") is a cumulative figure since the start of the term (basis {@code luy_ke});
 * a warning says so once per sheet. A cell that is not a whole non-negative number is rejected with
 * its column's header; the row's other cells are loaded.
 *
 * <p>A total row is never loaded: each of its values is compared with the sum of the data rows
 * above it (since the previous total row, or since the top of the table, so that subtotals and a
 * grand total under them both check), and a mismatch is a warning naming the column, the total and
 * the sum. The check compares the office's file with itself, so it is made here, while reading,
 * and needs nothing from the warehouse.
 *
 * <p>Not thread-safe: it keeps the running sums of the current sheet.
 */
public final class WideRowParser {

	private static final long MAX_EXACT = 1L << 53;

	private WideTable table;
	private double[] sinceStart;
	private double[] sinceTotal;
	private boolean cumulativeWarned;

	/** Parses the next data ({@code total == false}) or total row of {@code table}'s sheet. */
	public ParsedRow parse(WideTable table, SourceRow row, boolean total) {
		if (table != this.table) {
			this.table = table;
			sinceStart = new double[table.metrics().size()];
			sinceTotal = new double[table.metrics().size()];
			cumulativeWarned = false;
		}
		return total ? total(row) : data(row);
	}

	private ParsedRow data(SourceRow row) {
		List<Problem> problems = new ArrayList<>();
		List<Staged> staged = new ArrayList<>();
		List<WideTable.MetricColumn> metrics = table.metrics();
		double[] values = new double[metrics.size()];
		boolean[] present = new boolean[metrics.size()];
		for (int i = 0; i < metrics.size(); i++) {
			WideTable.MetricColumn m = metrics.get(i);
			Cell c = row.cell(m.position());
			if (WideTable.isBlank(c)) {
				continue;
			}
			OptionalDouble v = number(c);
			if (v.isEmpty()) {
				problems.add(Problem.error(row.sheet(), row.rowNumber(), m.header(), c.text(), "value.not_number", c.text()));
				continue;
			}
			values[i] = v.getAsDouble();
			present[i] = true;
			sinceStart[i] += values[i];
			sinceTotal[i] += values[i];
		}
		String code = table.codeColumn() < 0 ? "" : row.cell(table.codeColumn()).text();
		String name = table.nameColumn() < 0 ? "" : row.cell(table.nameColumn()).text();
		if (code.isEmpty() && name.isEmpty()) {
			problems.add(Problem.error(row.sheet(), row.rowNumber(), table.unitHeader(false), "", "org.missing"));
			return new ParsedRow(List.of(), problems);
		}
		Period period = period(row, problems);
		if (period == null) {
			return new ParsedRow(List.of(), problems);
		}
		String note = table.noteColumn() < 0 ? null : emptyToNull(row.cell(table.noteColumn()).text());
		String orgColumn = table.unitHeader(!code.isEmpty());
		for (int i = 0; i < metrics.size(); i++) {
			if (!present[i]) {
				continue;
			}
			WideTable.MetricColumn m = metrics.get(i);
			String shown = row.cell(m.position()).text();
			double v = values[i];
			if (v < 0) {
				problems.add(Problem.error(row.sheet(), row.rowNumber(), m.header(), shown, "value.negative", shown));
				continue;
			}
			if (v != Math.rint(v) || v >= MAX_EXACT) {
				problems.add(Problem.error(row.sheet(), row.rowNumber(), m.header(), shown, "value.fractional", shown,
						m.metric().labelVi()));
				continue;
			}
			String basis = "ky";
			LocalDate start = period.start();
			LocalDate end = period.end();
			if (m.metric().kind().isStock()) {
				if (period.kind() == Period.Kind.TERM || period.kind() == Period.Kind.YEARS) {
					problems.add(Problem.error(row.sheet(), row.rowNumber(), m.header(), shown, "period.stock_needs_date",
							m.metric().labelVi(), period.text()));
					continue;
				}
				start = end;
			}
			else if (period.isPoint()) {
				basis = "luy_ke";
				if (!cumulativeWarned) {
					cumulativeWarned = true;
					problems.add(Problem.warning(row.sheet(), row.rowNumber(), m.header(), null, "wide.cumulative",
							period.text(), m.header()));
				}
			}
			staged.add(new Staged.Figure(row.sheet(), row.rowNumber(), emptyToNull(code), emptyToNull(name),
					name.isEmpty() ? null : TextKey.key(name), m.metric().code(), period.kind().name(), start, end,
					period.termLabel(), basis, v, period.text(), note, orgColumn, m.header()));
		}
		return new ParsedRow(staged, problems);
	}

	/** The row's period (its period cell), else the sheet's; null with an error when there is none. */
	private Period period(SourceRow row, List<Problem> problems) {
		if (table.periodColumn() >= 0) {
			Cell c = row.cell(table.periodColumn());
			if (c.date() != null) {
				return Period.asOf(c.date(), c.text());
			}
			if (!c.isEmpty()) {
				Period p = PeriodParser.parse(c.text()).orElse(null);
				if (p == null) {
					problems.add(Problem.error(row.sheet(), row.rowNumber(), table.periodHeader(), c.text(), "period.unparseable",
							c.text()));
				}
				return p;
			}
		}
		if (table.period() == null) {
			problems.add(Problem.error(row.sheet(), row.rowNumber(), null, null, "wide.period_missing",
					row.sheet() == null ? "" : row.sheet()));
		}
		return table.period();
	}

	private ParsedRow total(SourceRow row) {
		List<Problem> problems = new ArrayList<>();
		List<WideTable.MetricColumn> metrics = table.metrics();
		for (int i = 0; i < metrics.size(); i++) {
			WideTable.MetricColumn m = metrics.get(i);
			Cell c = row.cell(m.position());
			if (WideTable.isBlank(c)) {
				continue;
			}
			OptionalDouble v = number(c);
			if (v.isEmpty()) {
				continue;
			}
			double t = v.getAsDouble();
			if (!same(t, sinceTotal[i]) && !same(t, sinceStart[i])) {
				problems.add(Problem.warning(row.sheet(), row.rowNumber(), m.header(), c.text(), "wide.total_mismatch",
						m.header(), shown(t), shown(sinceTotal[i])));
			}
		}
		java.util.Arrays.fill(sinceTotal, 0);
		return new ParsedRow(List.of(), problems);
	}

	private static boolean same(double a, double b) {
		return Math.abs(a - b) < 1e-6;
	}

	private static String shown(double d) {
		return d == Math.rint(d) && Math.abs(d) < MAX_EXACT ? String.valueOf((long) d) : String.valueOf(d);
	}

	private static OptionalDouble number(Cell c) {
		if (c.number() != null) {
			return OptionalDouble.of(c.number());
		}
		if (c.text().contains("%")) {
			return OptionalDouble.empty();
		}
		return VietNumbers.parse(c.text());
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
