package vn.blocstats.etl.template;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBConnection;

import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.Queries;
import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * Reads what a committee's template holds from the warehouse: the units are the ones the
 * completeness figures expect a report from ({@link QualityQueries#expected}: one definition), the
 * metrics come from the catalog with their parts ({@code metric_part}), the previous half-year's
 * values from {@code v_fact_current}. Every query binds its parameters. Thread-safe.
 */
public final class TemplateContents {

	/** The metric set of every metric an office can report (never the computed indicators). */
	public static final String ALL = "all";

	private static final Map<String, String> SECTION_LABELS = Map.of("dang_bo_co_so", "Đảng bộ cơ sở", "chi_bo_co_so",
			"Chi bộ cơ sở");
	private static final List<String> SECTION_ORDER = List.of("dang_bo_co_so", "chi_bo_co_so");

	private final Warehouse warehouse;

	public TemplateContents(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * The template of {@code committee} for {@code period}.
	 *
	 * @param metrics null for the metrics the committee's units reported in the previous half-year
	 *     (every reportable one when they reported none), {@value #ALL} for every reportable metric,
	 *     else metric codes separated by commas; a total and its parts always come together
	 * @param unit null for every unit, else the one unit whose template it is
	 * @throws IllegalArgumentException (Vietnamese message) for an unknown committee or one that did not
	 *     exist in the half-year, an unknown or computed metric, a unit the committee does not expect
	 */
	public TemplateContent load(String committee, HalfYear period, String metrics, String unit) throws SQLException {
		HalfYear before = TemplateContent.previous(period);
		try (DuckDBConnection c = warehouse.connection()) {
			String[] names = committee(c, committee, period);
			List<Unit> units = new ArrayList<>(new QualityQueries(warehouse).expected(committee, period).stream()
				.map(QualityQueries.Expected::unit).toList());
			if (unit != null) {
				units.removeIf(u -> !u.code().equals(unit));
				if (units.isEmpty()) {
					throw new IllegalArgumentException("Đơn vị “" + unit + "” không thuộc " + names[0] + " vào kỳ "
							+ TemplateContent.periodText(period));
				}
			}
			Map<String, Map<String, Double>> previous = previous(c, committee, before, units);
			MetricCatalog catalog = MetricCatalog.load(c);
			Map<String, List<String>> parts = parts(c);
			List<Metric> chosen = metrics(catalog, List.copyOf(catalog.metrics()), parts, period, metrics, previous);
			return new TemplateContent(committee, names[0], names[1], period, sections(units), columns(chosen, parts, catalog),
					previous);
		}
	}

	/** The committee's name and its province's on the half-year's reference day. */
	static String[] committee(DuckDBConnection c, String committee, HalfYear period) throws SQLException {
		try (PreparedStatement ps = Queries.prepare(c, "SELECT u.name, p.name FROM org_unit u "
				+ "LEFT JOIN org_unit p ON p.code = u.parent_code AND least(?, u.valid_to) BETWEEN p.valid_from AND p.valid_to "
				+ "WHERE u.code = ? AND u.type IN ('dang_bo_khoi', 'tinh') AND u.valid_from <= ? AND u.valid_to >= ? "
				+ "ORDER BY u.valid_to DESC LIMIT 1")) {
			ps.setObject(1, period.end());
			ps.setString(2, committee);
			ps.setObject(3, period.end());
			ps.setObject(4, period.start());
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalArgumentException("Không có đảng bộ mã “" + committee + "” trong kỳ "
							+ TemplateContent.periodText(period));
				}
				return new String[] { rs.getString(1), rs.getString(2) };
			}
		}
	}

	/** unit → metric → value of {@code before}: its flows over that half-year, its stocks at its end. */
	private static Map<String, Map<String, Double>> previous(DuckDBConnection c, String committee, HalfYear before,
			List<Unit> units) throws SQLException {
		Set<String> wanted = new LinkedHashSet<>();
		units.forEach(u -> wanted.add(u.code()));
		Map<String, Map<String, Double>> out = new HashMap<>();
		try (PreparedStatement ps = Queries.prepare(c, "SELECT f.org_code, f.metric, f.value FROM v_fact_current f "
				+ "WHERE f.basis = 'ky' AND f.period_end = ? AND (f.kind <> 'F' OR f.period_start = ?) "
				+ "AND f.org_code IN (SELECT org_code FROM v_unit_ancestor WHERE ancestor_code = ?)")) {
			ps.setObject(1, before.end());
			ps.setObject(2, before.start());
			ps.setString(3, committee);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (wanted.contains(rs.getString(1))) {
						out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
					}
				}
			}
		}
		return out;
	}

	/** total → its parts, in the catalog's order. */
	private static Map<String, List<String>> parts(DuckDBConnection c) throws SQLException {
		Map<String, List<String>> out = new LinkedHashMap<>();
		try (PreparedStatement ps = Queries.prepare(c, "SELECT p.total_code, p.part_code FROM metric_part p "
				+ "JOIN metric m ON m.code = p.part_code ORDER BY m.sort_order")) {
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				}
			}
		}
		return out;
	}

	/**
	 * The metrics of the template in the catalog's order. A yearly stock (ratings, as of 31/12) is
	 * only in a second half-year's template.
	 */
	static List<Metric> metrics(MetricCatalog catalog, List<Metric> ordered, Map<String, List<String>> parts, HalfYear period,
			String wanted, Map<String, Map<String, Double>> previous) {
		List<Metric> reportable = ordered.stream()
			.filter(m -> m.kind() != Metric.Kind.INDICATOR && (m.kind() != Metric.Kind.YEARLY_STOCK || period.half() == 2))
			.toList();
		Set<String> codes = new LinkedHashSet<>();
		if (wanted == null || wanted.isBlank()) {
			previous.values().forEach(m -> codes.addAll(m.keySet()));
			codes.retainAll(reportable.stream().map(Metric::code).toList());
			if (codes.isEmpty()) {
				reportable.forEach(m -> codes.add(m.code()));
			}
		}
		else if (ALL.equals(wanted.strip().toLowerCase(Locale.ROOT))) {
			reportable.forEach(m -> codes.add(m.code()));
		}
		else {
			for (String w : wanted.split(",")) {
				String code = w.strip();
				if (code.isEmpty()) {
					continue;
				}
				Metric m = catalog.byCode(code).or(() -> catalog.resolve(code))
					.orElseThrow(() -> new IllegalArgumentException("Không có chỉ tiêu “" + code + "” trong danh mục"));
				if (!reportable.contains(m)) {
					throw new IllegalArgumentException(m.kind() == Metric.Kind.INDICATOR
							? "“" + m.labelVi() + "” là chỉ số tính toán, không nhập từ tệp"
							: "“" + m.labelVi() + "” là số xếp loại cuối năm: chỉ có trong mẫu 6 tháng cuối năm");
				}
				codes.add(m.code());
			}
		}
		// A total brings its parts and a part its total: the group is shown whole.
		for (Map.Entry<String, List<String>> e : parts.entrySet()) {
			if (codes.contains(e.getKey()) || e.getValue().stream().anyMatch(codes::contains)) {
				codes.add(e.getKey());
				codes.addAll(e.getValue());
			}
		}
		return reportable.stream().filter(m -> codes.contains(m.code())).toList();
	}

	/**
	 * The columns: a total with parts is a group ("Tinh giản biên chế" over "Tổng số" and its parts,
	 * each part's label without the group's words when it starts with them), every other metric a
	 * column of its own. The import reads a part back from "group part" (WideHeader).
	 */
	static List<TemplateContent.Column> columns(List<Metric> metrics, Map<String, List<String>> parts, MetricCatalog catalog) {
		Set<String> chosen = new LinkedHashSet<>();
		metrics.forEach(m -> chosen.add(m.code()));
		Set<String> inGroup = new LinkedHashSet<>();
		parts.values().forEach(inGroup::addAll);
		List<TemplateContent.Column> out = new ArrayList<>();
		for (Metric m : metrics) {
			if (inGroup.contains(m.code())) {
				continue;
			}
			List<String> own = parts.getOrDefault(m.code(), List.of()).stream().filter(chosen::contains).toList();
			if (own.isEmpty()) {
				out.add(new TemplateContent.Column(null, m.labelVi(), m));
				continue;
			}
			out.add(new TemplateContent.Column(m.labelVi(), "Tổng số", m));
			for (String p : own) {
				Metric part = catalog.byCode(p).orElseThrow();
				out.add(new TemplateContent.Column(m.labelVi(), partLabel(m.labelVi(), part.labelVi()), part));
			}
		}
		return out;
	}

	/** "Tinh giản biên chế — cơ quan Đảng, đoàn thể" under "Tinh giản biên chế": "Cơ quan Đảng, đoàn thể". */
	static String partLabel(String group, String part) {
		if (!TextKey.key(part).startsWith(TextKey.key(group) + "_")) {
			return part;
		}
		String[] words = group.strip().split("\\s+");
		String rest = part.strip();
		for (String w : words) {
			rest = rest.substring(rest.indexOf(w) + w.length());
		}
		rest = rest.replaceFirst("^[\\s\\p{Punct}—–-]+", "");
		return rest.isEmpty() ? part : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
	}

	private static List<TemplateContent.Section> sections(List<Unit> units) {
		Map<String, List<Unit>> byType = new LinkedHashMap<>();
		for (String t : SECTION_ORDER) {
			byType.put(t, new ArrayList<>());
		}
		for (Unit u : units) {
			byType.computeIfAbsent(u.type(), k -> new ArrayList<>()).add(u);
		}
		List<TemplateContent.Section> out = new ArrayList<>();
		byType.forEach((type, list) -> {
			if (!list.isEmpty()) {
				out.add(new TemplateContent.Section(SECTION_LABELS.getOrDefault(type, type), list));
			}
		});
		return out;
	}
}
