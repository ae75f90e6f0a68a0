package vn.blocstats.etl.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.base.VietDates;
import vn.blocstats.warehouse.base.VietNumbers;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.period.Period;
import vn.blocstats.warehouse.period.PeriodParser;

/**
 * Turns a data row of a recognised table into a {@link Staged} record, or rejects it with its
 * reasons. Checks here need no warehouse look-up (formats, enumerations, stock vs flow); the
 * look-ups (units, terms, duplicates) are made set-wise when the file is published.
 *
 * <p>Not thread-safe: it caches the periods and metric labels it has seen (a file repeats a few
 * of them many times).
 */
public final class RowParser {

	static final Set<String> UNIT_TYPES = Set.of("tinh", "dang_bo_khoi", "dang_bo_co_so", "chi_bo_co_so", "chi_bo_truc_thuoc");
	private static final Pattern TERM_LABEL = Pattern.compile("(?:nhiem_ky_|nk_)?(\\d{4})_(\\d{4})");
	private static final Pattern ROMAN = Pattern.compile("[ivxlc]+");
	private static final long MAX_EXACT = 1L << 53;

	private final MetricCatalog catalog;
	private final Map<String, Optional<Metric>> metrics = new HashMap<>();
	private final Map<String, Optional<Period>> periods = new HashMap<>();

	public RowParser(MetricCatalog catalog) {
		this.catalog = catalog;
	}

	public ParsedRow parse(TableLayout layout, SourceRow row) {
		Parse p = new Parse(layout, row);
		Staged staged = switch (layout.kind()) {
			case FIGURES -> figure(p);
			case UNITS -> unit(p);
			case TERMS -> term(p);
			case TARGETS -> target(p);
		};
		boolean failed = p.problems.stream().anyMatch(Problem::isError);
		return ParsedRow.of(failed ? null : staged, p.problems);
	}

	private Staged.Figure figure(Parse p) {
		String code = p.text(Column.ORG_CODE);
		String name = p.text(Column.ORG_NAME);
		if (code.isEmpty() && name.isEmpty()) {
			p.error(p.layout.has(Column.ORG_CODE) ? Column.ORG_CODE : Column.ORG_NAME, "", "org.missing");
		}
		Metric metric = metric(p, Column.METRIC, false);
		String basis = basis(p);
		Period period = null;
		Cell periodCell = p.cell(Column.PERIOD);
		if (periodCell.date() != null) {
			period = Period.asOf(periodCell.date(), periodCell.text());
		}
		else if (p.required(Column.PERIOD) != null) {
			period = this.periods.computeIfAbsent(periodCell.text(), PeriodParser::parse).orElse(null);
			if (period == null) {
				p.error(Column.PERIOD, periodCell.text(), "period.unparseable", periodCell.text());
			}
		}
		Double value = count(p, Column.VALUE, metric);
		if (metric == null || period == null || basis == null || value == null) {
			return null;
		}
		LocalDate start = period.start();
		LocalDate end = period.end();
		boolean point = false;
		if (metric.kind().isStock()) {
			if ("luy_ke".equals(basis)) {
				p.error(Column.BASIS, p.text(Column.BASIS), "basis.stock_cumulative", metric.labelVi());
				return null;
			}
			if (period.kind() == Period.Kind.TERM || period.kind() == Period.Kind.YEARS) {
				p.error(Column.PERIOD, period.text(), "period.stock_needs_date", metric.labelVi(), period.text());
				return null;
			}
			point = true;
		}
		else if ("luy_ke".equals(basis)) {
			point = true;
		}
		else if (period.isPoint()) {
			p.error(Column.PERIOD, period.text(), "period.flow_needs_span", metric.labelVi(), period.text());
			return null;
		}
		if (point && end != null) {
			start = end;
		}
		return new Staged.Figure(p.row.sheet(), p.row.rowNumber(), emptyToNull(code), emptyToNull(name),
				name.isEmpty() ? null : TextKey.key(name), metric.code(), period.kind().name(), start, end, period.termLabel(),
				basis, value, period.text(), emptyToNull(p.text(Column.NOTE)), null, null);
	}

	private Staged.Unit unit(Parse p) {
		String code = p.required(Column.CODE);
		String name = p.required(Column.NAME);
		String typeText = p.required(Column.TYPE);
		String type = null;
		if (typeText != null) {
			type = TextKey.key(typeText);
			if (!UNIT_TYPES.contains(type)) {
				p.error(Column.TYPE, typeText, "unit.type_unknown", typeText);
				type = null;
			}
		}
		String parent = emptyToNull(p.text(Column.PARENT_CODE));
		if (type != null) {
			if ("tinh".equals(type) && parent != null) {
				p.error(Column.PARENT_CODE, parent, "unit.parent_for_province");
			}
			else if (!"tinh".equals(type) && parent == null) {
				p.error(Column.PARENT_CODE, "", "unit.parent_missing", type);
			}
		}
		if (parent != null && parent.equals(code)) {
			p.error(Column.PARENT_CODE, parent, "unit.parent_self");
		}
		LocalDate from = p.date(Column.VALID_FROM, LocalDate.of(1, 1, 1));
		LocalDate to = p.date(Column.VALID_TO, LocalDate.of(9999, 12, 31));
		if (from != null && to != null && to.isBefore(from)) {
			p.error(Column.VALID_TO, p.text(Column.VALID_TO), "date.order", p.text(Column.VALID_TO), p.text(Column.VALID_FROM));
		}
		List<String> successors = split(p.text(Column.SUCCESSOR_CODE));
		List<Double> weights = new ArrayList<>();
		String weightText = p.text(Column.SUCCESSOR_WEIGHT);
		for (String w : split(weightText)) {
			OptionalDouble d = VietNumbers.parse(w);
			if (d.isEmpty() || d.getAsDouble() < 0 || d.getAsDouble() > 1) {
				p.error(Column.SUCCESSOR_WEIGHT, w, "unit.weight_invalid", w);
			}
			else {
				weights.add(d.getAsDouble());
			}
		}
		if (!weights.isEmpty() && weights.size() != successors.size()) {
			p.error(Column.SUCCESSOR_WEIGHT, weightText, "unit.weights_count", weights.size(), successors.size());
		}
		else if (!weights.isEmpty()) {
			double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
			if (Math.abs(sum - 1) > 1e-6) {
				p.error(Column.SUCCESSOR_WEIGHT, weightText, "unit.weights_sum", sum);
			}
		}
		if (weights.isEmpty()) {
			for (int i = 0; i < successors.size(); i++) {
				weights.add(1.0 / successors.size());
			}
		}
		if (code == null || name == null || type == null || from == null || to == null) {
			return null;
		}
		return new Staged.Unit(p.row.sheet(), p.row.rowNumber(), code, name, TextKey.key(name), type, parent, from, to,
				successors, weights);
	}

	private Staged.Term term(Parse p) {
		String committee = p.required(Column.COMMITTEE_CODE);
		int[] years = termLabel(p);
		Integer congress = null;
		String congressText = p.required(Column.CONGRESS_NUMBER);
		if (congressText != null) {
			congress = congressNumber(p.cell(Column.CONGRESS_NUMBER));
			if (congress == null) {
				p.error(Column.CONGRESS_NUMBER, congressText, "term.congress_unparseable", congressText);
			}
		}
		LocalDate start = p.required(Column.START_DATE) == null ? null : p.date(Column.START_DATE, null);
		LocalDate end = p.date(Column.END_DATE, null);
		if (start != null && end != null && end.isBefore(start)) {
			p.error(Column.END_DATE, p.text(Column.END_DATE), "date.order", p.text(Column.END_DATE), p.text(Column.START_DATE));
		}
		if (start != null && years != null && (start.getYear() < years[0] - 1 || start.getYear() > years[0])) {
			p.error(Column.START_DATE, p.text(Column.START_DATE), "term.dates_outside", p.text(Column.START_DATE),
					years[0] + "-" + years[1]);
		}
		if (committee == null || years == null || congress == null || start == null) {
			return null;
		}
		return new Staged.Term(p.row.sheet(), p.row.rowNumber(), committee, years[0] + "-" + years[1], congress, years[0],
				years[1], start, end);
	}

	private Staged.Target target(Parse p) {
		String committee = p.required(Column.COMMITTEE_CODE);
		int[] years = termLabel(p);
		Metric metric = metric(p, Column.METRIC, true);
		String kindText = p.required(Column.TARGET_KIND);
		String kind = null;
		if (kindText != null) {
			kind = switch (TextKey.key(kindText)) {
				case "tong_nhiem_ky", "tong_ca_nhiem_ky", "ca_nhiem_ky", "nhiem_ky" -> "tong_nhiem_ky";
				case "hang_nam", "hng_nam", "moi_nam", "hang_nam_toi_thieu" -> "hang_nam";
				case "ty_le_toi_thieu", "ti_le_toi_thieu", "ty_le" -> "ty_le_toi_thieu";
				default -> null;
			};
			if (kind == null) {
				p.error(Column.TARGET_KIND, kindText, "target.kind_unknown", kindText);
			}
		}
		String sourceText = p.text(Column.SOURCE);
		String source = switch (TextKey.key(sourceText)) {
			case "", "nghi_quyet", "nq", "nghi_quyet_dai_hoi" -> "nghi_quyet";
			case "tinh_uy_giao", "tu_giao", "tinh_uy" -> "tinh_uy_giao";
			default -> null;
		};
		if (source == null) {
			p.error(Column.SOURCE, sourceText, "target.source_unknown", sourceText);
		}
		if (metric != null && kind != null) {
			if ("ty_le_toi_thieu".equals(kind) && !metric.isShare()) {
				p.error(Column.METRIC, p.text(Column.METRIC), "target.share_needs_rate", p.text(Column.METRIC));
			}
			else if (!"ty_le_toi_thieu".equals(kind) && metric.isShare()) {
				p.error(Column.METRIC, p.text(Column.METRIC), "target.rate_needs_share_kind", p.text(Column.METRIC));
			}
		}
		Double value = null;
		String valueText = p.required(Column.VALUE);
		if (valueText != null) {
			value = number(p, Column.VALUE);
			if (value != null && "ty_le_toi_thieu".equals(kind)) {
				boolean fraction = value <= 1 && !valueText.contains("%");
				value = fraction ? value * 100 : value;
				if (value < 0 || value > 100) {
					p.error(Column.VALUE, valueText, "target.share_range", valueText);
				}
			}
			else if (value != null && value < 0) {
				p.error(Column.VALUE, valueText, "value.negative", valueText);
			}
		}
		if (committee == null || years == null || metric == null || kind == null || source == null || value == null) {
			return null;
		}
		return new Staged.Target(p.row.sheet(), p.row.rowNumber(), committee, years[0] + "-" + years[1], metric.code(), kind,
				source, value);
	}

	private Metric metric(Parse p, Column column, boolean indicatorsAllowed) {
		String label = p.required(column);
		if (label == null) {
			return null;
		}
		Metric m = metrics.computeIfAbsent(label, catalog::resolve).orElse(null);
		if (m == null) {
			p.error(column, label, "metric.unknown", label);
		}
		else if (!indicatorsAllowed && m.kind() == Metric.Kind.INDICATOR) {
			p.error(column, label, "metric.indicator", label);
			return null;
		}
		return m;
	}

	private static String basis(Parse p) {
		String text = p.text(Column.BASIS);
		if (text.isEmpty() || text.equals("ky")) {
			return "ky";
		}
		if (text.equals("luy_ke")) {
			return "luy_ke";
		}
		return switch (TextKey.key(text)) {
			case "", "ky", "trong_ky", "in_period" -> "ky";
			case "luy_ke", "lk", "cumulative" -> "luy_ke";
			default -> {
				p.error(Column.BASIS, text, "basis.unknown", text);
				yield null;
			}
		};
	}

	/** A non-negative whole count (every catalog metric is a count). */
	private static Double count(Parse p, Column column, Metric metric) {
		if (p.required(column) == null) {
			return null;
		}
		Double v = number(p, column);
		if (v == null) {
			return null;
		}
		String shown = p.cell(column).text();
		if (v < 0) {
			p.error(column, shown, "value.negative", shown);
			return null;
		}
		if (v != Math.rint(v) || v >= MAX_EXACT) {
			p.error(column, shown, "value.fractional", shown, metric == null ? "" : metric.labelVi());
			return null;
		}
		return v;
	}

	private static Double number(Parse p, Column column) {
		Cell c = p.cell(column);
		if (c.number() != null) {
			return c.number();
		}
		OptionalDouble d = VietNumbers.parse(c.text());
		if (d.isEmpty() || c.text().contains("%") && column == Column.VALUE && p.layout.kind() == TableKind.FIGURES) {
			p.error(column, c.text(), "value.not_number", c.text());
			return null;
		}
		return d.getAsDouble();
	}

	private static int[] termLabel(Parse p) {
		String text = p.required(Column.TERM);
		if (text == null) {
			return null;
		}
		Matcher m = TERM_LABEL.matcher(TextKey.key(text));
		if (m.matches()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(2));
			if (b > a && b - a <= 10) {
				return new int[] { a, b };
			}
		}
		p.error(Column.TERM, text, "term.label_unparseable", text);
		return null;
	}

	static Integer congressNumber(Cell cell) {
		if (cell.number() != null) {
			double d = cell.number();
			return d == Math.rint(d) && d > 0 && d < 100 ? (int) d : null;
		}
		String key = TextKey.key(cell.text()).replaceFirst("^(dai_hoi_)?(lan_thu_)?", "");
		if (key.matches("\\d{1,2}")) {
			int n = Integer.parseInt(key);
			return n > 0 ? n : null;
		}
		if (!ROMAN.matcher(key).matches()) {
			return null;
		}
		int total = 0;
		int prev = 0;
		for (int i = key.length() - 1; i >= 0; i--) {
			int v = switch (key.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				case 'x' -> 10;
				case 'l' -> 50;
				default -> 100;
			};
			total += v < prev ? -v : v;
			prev = Math.max(prev, v);
		}
		return total > 0 && total < 100 ? total : null;
	}

	private static List<String> split(String text) {
		List<String> out = new ArrayList<>();
		for (String s : text.split("[;|]")) {
			String t = s.strip();
			if (!t.isEmpty()) {
				out.add(t);
			}
		}
		return out;
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	/** One row being parsed, collecting its problems. */
	private static final class Parse {

		final TableLayout layout;
		final SourceRow row;
		final List<Problem> problems = new ArrayList<>(2);

		Parse(TableLayout layout, SourceRow row) {
			this.layout = layout;
			this.row = row;
		}

		Cell cell(Column c) {
			return layout.cell(row, c);
		}

		String text(Column c) {
			return cell(c).text();
		}

		/** The cell's text, or null with a "missing" error. */
		String required(Column c) {
			Cell cell = cell(c);
			if (cell.isEmpty()) {
				error(c, "", "required.missing", layout.header(c));
				return null;
			}
			return cell.text();
		}

		LocalDate date(Column c, LocalDate whenEmpty) {
			Cell cell = cell(c);
			if (cell.date() != null) {
				return cell.date();
			}
			if (cell.isEmpty()) {
				return whenEmpty;
			}
			Optional<LocalDate> d = VietDates.parse(cell.text());
			if (d.isEmpty()) {
				error(c, cell.text(), "date.unparseable", cell.text());
				return null;
			}
			return d.get();
		}

		void error(Column c, String value, String rule, Object... args) {
			problems.add(Problem.error(row.sheet(), row.rowNumber(), layout.header(c), value, rule, args));
		}
	}
}
