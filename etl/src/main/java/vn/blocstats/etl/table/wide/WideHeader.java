package vn.blocstats.etl.table.wide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.warehouse.base.TextKey;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;
import vn.blocstats.warehouse.period.Period;
import vn.blocstats.warehouse.period.PeriodParser;

/**
 * Finds the header block of an office's report (docs/import-formats.md, the wide form) among the first rows of a sheet.
 *
 * <p>The header's first row is the first row with a cell naming the unit column ("Mã đơn vị",
 * "Tên đơn vị", "Đơn vị", "Tên tổ chức cơ sở đảng"…). Up to two more rows belong to it while they
 * hold labels only and nothing in the unit column (a merged cell reads as empty below its top-left
 * cell). Merged group labels are carried rightwards: an empty header cell takes the label on its
 * left when both columns have a part label below ("Tinh giản biên chế" over "Cơ quan Đảng, đoàn
 * thể" and "Cơ quan QLNN, ĐVSN"). A column's metric is looked up in the catalog by "group part",
 * then "part group" ("Cao cấp" under "Lý luận chính trị" = "Cao cấp lý luận chính trị"), then the
 * part alone; a part "Tổng số" stands for its group; a group with no parts is a metric by itself.
 * "STT"/"TT" columns are ignored. The rows above the header are the titles: the sheet's period is
 * read from a "Kỳ báo cáo: …" cell, else from the title ({@link PeriodParser#find}).
 *
 * <p>A block is a table when at least one column matches a metric. Stateless and thread-safe.
 */
public final class WideHeader {

	/**
	 * The first cell of a reference page of blocstats' own templates (instructions, the previous
	 * half-year's values): a sheet that begins with it is skipped by the import, silently.
	 */
	public static final String REFERENCE_PAGE = "TRANG THAM KHẢO — không nhập số liệu vào trang này; khi nạp tệp, trang này được bỏ qua.";
	private static final String REFERENCE_KEY = "trang_tham_khao_khong_nhap_so_lieu";

	/** How many (non-empty) rows at the top of a sheet are searched for the header. */
	public static final int SCAN_ROWS = 20;

	private static final int MAX_HEADER_ROWS = 3;
	static final Set<String> CODE_LABELS = keys("Mã đơn vị", "Mã", "Mã số", "Mã TCCSĐ", "Mã tổ chức đảng", "Mã ĐV",
			"org_code", "code");
	static final Set<String> NAME_LABELS = keys("Tên đơn vị", "Đơn vị", "Tên tổ chức cơ sở đảng", "Tên TCCSĐ",
			"Tên cơ sở đảng", "Tên tổ chức đảng", "Tên đảng bộ, chi bộ", "Tên chi bộ, đảng bộ", "Đảng bộ, chi bộ",
			"Đảng bộ, chi bộ cơ sở", "Đơn vị báo cáo", "Tên đơn vị báo cáo", "Tên", "org_name", "name");
	static final Set<String> IGNORED_LABELS = keys("STT", "TT", "Số TT", "Số thứ tự", "No");
	static final Set<String> PERIOD_LABELS = keys("Kỳ báo cáo", "Kỳ", "period");
	static final Set<String> NOTE_LABELS = keys("Ghi chú", "note");
	/** A part label that means "the group's total". */
	static final Set<String> TOTAL_PARTS = keys("Tổng số", "Tổng", "Tổng cộng", "Cộng", "Số lượng", "Tổng số (người)");
	private static final Pattern DATE_LINE = Pattern.compile(".*ngay_\\d{1,2}_thang_\\d{1,2}_nam_\\d{4}.*");
	private static final Pattern TITLE_WORDS = Pattern.compile("(^|.*_)(bao_cao|ket_qua|so_lieu|thong_ke|tinh_hinh|bieu|tong_hop)(_.*|$)");

	private WideHeader() {
	}

	/**
	 * A header block found.
	 *
	 * @param table what the header says
	 * @param bodyStart the index in the rows searched of the first row under the header
	 */
	public record Found(WideTable table, int bodyStart) {
	}

	/**
	 * Looks for a wide table's header among {@code top}, the first rows of one sheet (at most
	 * {@link #SCAN_ROWS}). Empty when no block has a unit column and a metric column.
	 */
	public static Optional<Found> recognise(List<SourceRow> top, MetricCatalog catalog) {
		for (int i = 0; i < top.size(); i++) {
			SourceRow first = top.get(i);
			int code = find(first, CODE_LABELS);
			int name = find(first, NAME_LABELS);
			if (code < 0 && name < 0) {
				continue;
			}
			List<SourceRow> header = new ArrayList<>();
			header.add(first);
			int j = i + 1;
			while (header.size() < MAX_HEADER_ROWS && j < top.size()
					&& continues(header.getLast(), top.get(j), code, name)) {
				header.add(top.get(j));
				j++;
			}
			Optional<WideTable> table = read(header, top.subList(0, i), code, name, catalog);
			if (table.isPresent()) {
				return Optional.of(new Found(table.get(), j));
			}
		}
		return Optional.empty();
	}

	/**
	 * True when {@code first}, a sheet's first non-empty row, begins with {@link #REFERENCE_PAGE}
	 * (its first cell, matched as labels are): a page of a blocstats template that holds nothing to load.
	 */
	public static boolean isReferencePage(SourceRow first) {
		for (Cell c : first.cells()) {
			if (!c.isEmpty()) {
				return c.number() == null && TextKey.key(c.text()).startsWith(REFERENCE_KEY);
			}
		}
		return false;
	}

	/** True when {@code next} (right under {@code previous}) is a further row of the header. */
	private static boolean continues(SourceRow previous, SourceRow next, int code, int name) {
		if (next.rowNumber() != previous.rowNumber() + 1 || isColumnNumbers(next)) {
			return false;
		}
		if (code >= 0 && !next.cell(code).isEmpty() || name >= 0 && !next.cell(name).isEmpty()) {
			return false;
		}
		boolean any = false;
		for (Cell c : next.cells()) {
			if (c.number() != null || c.date() != null) {
				return false;
			}
			any |= !c.isEmpty();
		}
		return any;
	}

	/**
	 * True for a row of column numbers under a header: "1, 2, 3…", "(1), (2)…", "A, B, 1, 2…", at
	 * least two of them, the numbers increasing from left to right.
	 */
	static boolean isColumnNumbers(SourceRow row) {
		int numbers = 0;
		double last = Double.NEGATIVE_INFINITY;
		for (Cell c : row.cells()) {
			if (c.isEmpty()) {
				continue;
			}
			double n;
			if (c.number() != null) {
				n = c.number();
			}
			else {
				String t = c.text().replaceAll("[()\\s]", "");
				if (t.matches("[A-Za-z]")) {
					continue;
				}
				if (!t.matches("\\d{1,3}(=.*)?")) {
					return false;
				}
				n = Integer.parseInt(t.replaceFirst("=.*", ""));
			}
			if (n != Math.rint(n) || n <= last || n > 999) {
				return false;
			}
			last = n;
			numbers++;
		}
		return numbers >= 2;
	}

	private static Optional<WideTable> read(List<SourceRow> header, List<SourceRow> above, int code, int name,
			MetricCatalog catalog) {
		List<List<String>> paths = paths(header);
		int period = -1;
		int note = -1;
		List<WideTable.MetricColumn> metrics = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int c = 0; c < paths.size(); c++) {
			List<String> path = paths.get(c);
			if (path.isEmpty() || c == code || c == name) {
				continue;
			}
			String top = TextKey.key(path.getFirst());
			if (path.size() == 1 && (IGNORED_LABELS.contains(top) || CODE_LABELS.contains(top) || NAME_LABELS.contains(top))) {
				continue;
			}
			if (path.size() == 1 && PERIOD_LABELS.contains(top)) {
				period = period < 0 ? c : period;
				continue;
			}
			if (path.size() == 1 && NOTE_LABELS.contains(top)) {
				note = note < 0 ? c : note;
				continue;
			}
			String shown = String.join(" — ", path);
			Optional<Metric> metric = resolve(path, catalog);
			if (metric.isPresent() && metric.get().kind() != Metric.Kind.INDICATOR) {
				metrics.add(new WideTable.MetricColumn(c, shown, metric.get()));
			}
			else {
				unknown.add(shown);
			}
		}
		if (metrics.isEmpty()) {
			return Optional.empty();
		}
		List<String> titles = new ArrayList<>();
		for (SourceRow r : above) {
			for (Cell c : r.cells()) {
				if (!c.text().isEmpty() && c.number() == null && c.date() == null) {
					titles.add(c.text());
				}
			}
		}
		SourceRow first = header.getFirst();
		return Optional.of(new WideTable(first.sheet(), first.rowNumber(), code, code < 0 ? null : first.cell(code).text(),
				name, name < 0 ? null : first.cell(name).text(), period, period < 0 ? null : paths.get(period).getFirst(), note,
				metrics, unknown, sheetPeriod(above).orElse(null), titles));
	}

	/**
	 * The labels over each column, top to bottom, with merged group labels carried rightwards over
	 * the columns that have a part label below them.
	 */
	static List<List<String>> paths(List<SourceRow> header) {
		int width = header.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
		int h = header.size();
		String[][] label = new String[h][width];
		for (int r = 0; r < h; r++) {
			for (int c = 0; c < width; c++) {
				label[r][c] = header.get(r).cell(c).text();
			}
		}
		for (int r = 0; r < h - 1; r++) {
			String carried = null;
			for (int c = 0; c < width; c++) {
				if (!label[r][c].isEmpty()) {
					carried = partBelow(label, r, c) ? label[r][c] : null;
				}
				else if (carried != null && partBelow(label, r, c)) {
					label[r][c] = carried;
				}
				else {
					carried = null;
				}
			}
		}
		List<List<String>> paths = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			List<String> path = new ArrayList<>();
			for (int r = 0; r < h; r++) {
				String l = label[r][c];
				if (!l.isEmpty() && (path.isEmpty() || !TextKey.key(path.getLast()).equals(TextKey.key(l)))) {
					path.add(l);
				}
			}
			paths.add(List.copyOf(path));
		}
		return paths;
	}

	private static boolean partBelow(String[][] label, int row, int column) {
		for (int r = row + 1; r < label.length; r++) {
			if (!label[r][column].isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The metric of a column from its labels, group(s) first: "group part", "part group" (nearest group
	 * first), then the part alone. A part meaning "total" ("Tổng số") stands for its group.
	 */
	static Optional<Metric> resolve(List<String> path, MetricCatalog catalog) {
		List<String> p = new ArrayList<>(path);
		if (p.size() > 1 && TOTAL_PARTS.contains(TextKey.key(p.getLast()))) {
			p.removeLast();
		}
		String part = p.getLast();
		Set<String> tries = new LinkedHashSet<>();
		tries.add(String.join(" ", p));
		for (int g = p.size() - 2; g >= 0; g--) {
			tries.add(p.get(g) + " " + part);
			tries.add(part + " " + p.get(g));
		}
		for (int from = 1; from < p.size(); from++) {
			tries.add(String.join(" ", p.subList(from, p.size())));
		}
		for (String t : tries) {
			Optional<Metric> m = catalog.resolve(t);
			if (m.isPresent()) {
				return m;
			}
		}
		return Optional.empty();
	}

	/**
	 * The period of the whole sheet from the lines above the table: a "Kỳ báo cáo: …" cell (or a
	 * "Kỳ báo cáo" cell and the next one), else the title. Title lines that name a report ("BÁO CÁO…",
	 * "KẾT QUẢ…", "SỐ LIỆU…") are searched before the others; the date line of the document ("…, ngày
	 * 5 tháng 7 năm 2022") and "Kèm theo báo cáo số … ngày …" are never taken for the period.
	 */
	static Optional<Period> sheetPeriod(List<SourceRow> above) {
		for (SourceRow r : above) {
			for (int c = 0; c < r.cells().size(); c++) {
				String text = r.cell(c).text();
				String key = TextKey.key(text);
				if (!key.startsWith("ky_bao_cao")) {
					continue;
				}
				int colon = text.indexOf(':');
				String rest = colon >= 0 ? text.substring(colon + 1).strip() : "";
				if (rest.isEmpty()) {
					for (int n = c + 1; n < r.cells().size() && rest.isEmpty(); n++) {
						rest = r.cell(n).text();
					}
				}
				Optional<Period> p = PeriodParser.parse(rest).or(() -> PeriodParser.find(text));
				if (p.isPresent()) {
					return p;
				}
			}
		}
		List<String> candidates = new ArrayList<>();
		for (SourceRow r : above) {
			for (Cell c : r.cells()) {
				String key = TextKey.key(c.text());
				if (c.number() == null && !key.isEmpty() && !DATE_LINE.matcher(key).matches() && !key.contains("kem_theo")) {
					candidates.add(c.text());
				}
			}
		}
		candidates.sort(Comparator.comparing(t -> TITLE_WORDS.matcher(TextKey.key(t)).matches() ? 0 : 1));
		for (String t : candidates) {
			Optional<Period> p = PeriodParser.find(t);
			if (p.isPresent()) {
				return p;
			}
		}
		return Optional.empty();
	}

	/** The first column whose header is one of {@code labels} (keys), or -1. */
	private static int find(SourceRow row, Set<String> labels) {
		for (int i = 0; i < row.cells().size(); i++) {
			if (labels.contains(TextKey.key(row.cell(i).text()))) {
				return i;
			}
		}
		return -1;
	}

	private static Set<String> keys(String... labels) {
		Set<String> out = new LinkedHashSet<>();
		for (String l : labels) {
			out.add(TextKey.key(l));
		}
		return Set.copyOf(out);
	}

	/**
	 * Matching keys of the title lines by which the sheet may name its committee: "ĐẢNG ỦY KHỐI …"
	 * is read as "Đảng bộ Khối …" and a leading "Ban Thường vụ", "Ban Chấp hành" or "T/M" is dropped.
	 */
	public static List<String> scopeKeys(WideTable table) {
		Set<String> out = new LinkedHashSet<>();
		for (String t : table.titles()) {
			String k = TextKey.key(t).replaceFirst("^(t_m_|tm_)?(ban_thuong_vu_|ban_chap_hanh_)?", "");
			if (k.startsWith("dang_uy_")) {
				k = "dang_bo_" + k.substring("dang_uy_".length());
			}
			if (!k.isEmpty()) {
				out.add(k);
			}
		}
		return List.copyOf(out);
	}
}
