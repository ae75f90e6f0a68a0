package vn.blocstats.etl.table.wide;

import java.util.Set;
import java.util.regex.Pattern;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.warehouse.base.TextKey;

/**
 * Tells the rows under a wide table's header apart, one sheet at a time, in reading order:
 * <ul>
 * <li>{@link Role#DATA}: a unit's row with at least one value in a metric column (a row with a
 * value but no unit before any unit row is data too, and is rejected for its missing unit);</li>
 * <li>{@link Role#TOTAL}: "Tổng cộng", "Tổng số", "Cộng", "Toàn Đảng bộ"… in a column that is not a
 * metric (often the STT column, merged across the name), or a row with values but no unit after the
 * data rows: checked against the rows above it, never loaded;</li>
 * <li>{@link Role#SKIP}: rows that hold nothing to load: the column-number row, section headings,
 * a unit that reported nothing, lines of text without values;</li>
 * <li>{@link Role#END}: the end of the table: a note ("Ghi chú:", "Nơi nhận:", "Người lập biểu",
 * "T/M Ban Thường vụ", the date line "…, ngày … tháng … năm …"), or an empty row after a total row.
 * Everything below it in the sheet is ignored.</li>
 * </ul>
 * An empty row between data rows does not end the table: the rows under it are still read, so that
 * no figure is silently lost. Not thread-safe: one instance per sheet.
 */
public final class WideRows {

	/** What a row under the header is. */
	public enum Role {
		DATA, TOTAL, SKIP, END
	}

	static final Set<String> TOTAL_LABELS = Set.of("tong_cong", "tong_so", "cong", "tong", "toan_dang_bo", "toan_khoi",
			"tong_cong_toan_dang_bo", "cong_toan_dang_bo", "toan_dang_bo_khoi", "tong_toan_dang_bo", "tong_so_chung",
			"total");
	private static final Pattern NOTE = Pattern.compile(
			"(ghi_chu|chu_thich|luu_y|noi_nhan|nguoi_lap|nguoi_lap_bieu|nguoi_ky|xac_nhan|thu_truong|pho_bi_thu|bi_thu"
					+ "|t_m|tm|k_t|kt|nguon|chu_y)(_.*)?");
	private static final Pattern DATE_LINE = Pattern.compile("(.*_)?ngay_[\\d_]*thang(_.*)?_nam(_.*)?");
	private static final Pattern TOTAL_PHRASE = Pattern.compile("(tong_cong|tong_so|cong)_(toan_.*|chung|cac_don_vi)");

	private final WideTable table;
	private int lastRow;
	private boolean seenData;
	private boolean afterTotal;

	public WideRows(WideTable table) {
		this.table = table;
		this.lastRow = table.headerRow();
	}

	/** The role of {@code row}, the next row of the sheet under the header. */
	public Role classify(SourceRow row) {
		boolean gap = row.rowNumber() > lastRow + 1;
		lastRow = row.rowNumber();
		String first = firstText(row);
		if (isNote(first) || gap && afterTotal) {
			return Role.END;
		}
		if (!seenData && WideHeader.isColumnNumbers(row)) {
			return Role.SKIP;
		}
		boolean values = false;
		for (WideTable.MetricColumn m : table.metrics()) {
			values |= !WideTable.isBlank(row.cell(m.position()));
		}
		if (isTotal(row)) {
			afterTotal = true;
			return values ? Role.TOTAL : Role.SKIP;
		}
		boolean unit = table.codeColumn() >= 0 && !row.cell(table.codeColumn()).isEmpty()
				|| table.nameColumn() >= 0 && !row.cell(table.nameColumn()).isEmpty();
		if (!values) {
			return Role.SKIP;
		}
		if (!unit && seenData) {
			afterTotal = true;
			return Role.TOTAL;
		}
		seenData = true;
		afterTotal = false;
		return Role.DATA;
	}

	/** True when a cell outside the metric columns says "total". */
	private boolean isTotal(SourceRow row) {
		for (int i = 0; i < row.cells().size(); i++) {
			Cell c = row.cell(i);
			if (c.number() == null && !c.text().isEmpty() && !table.isMetric(i) && i != table.noteColumn()) {
				String key = TextKey.key(c.text());
				if (TOTAL_LABELS.contains(key) || TOTAL_PHRASE.matcher(key).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String firstText(SourceRow row) {
		for (Cell c : row.cells()) {
			if (!c.isEmpty()) {
				return c.number() == null ? TextKey.key(c.text()) : "";
			}
		}
		return "";
	}

	static boolean isNote(String key) {
		return !key.isEmpty() && (NOTE.matcher(key).matches() || DATE_LINE.matcher(key).matches());
	}
}
