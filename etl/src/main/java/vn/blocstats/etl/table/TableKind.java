package vn.blocstats.etl.table;

import java.util.List;

/**
 * The tables of docs/import-formats.md, the long-form tables, in the order a run loads them (reference data before figures),
 * with the columns each one has. A column is recognised by any of its labels, compared with
 * {@link vn.blocstats.warehouse.base.TextKey#key}.
 */
public enum TableKind {

	UNITS("don_vi", List.of(
			col(Column.CODE, true, "Mã đơn vị", "code", "Mã"),
			col(Column.NAME, true, "Tên đơn vị", "name", "Tên"),
			col(Column.TYPE, true, "Loại", "type", "Loại đơn vị"),
			col(Column.PARENT_CODE, false, "Mã cấp trên", "parent_code", "Cấp trên"),
			col(Column.VALID_FROM, false, "Hiệu lực từ", "valid_from", "Từ ngày"),
			col(Column.VALID_TO, false, "Hiệu lực đến", "valid_to", "Đến ngày"),
			col(Column.SUCCESSOR_CODE, false, "Kế thừa bởi", "successor_code", "Đơn vị kế thừa"),
			col(Column.SUCCESSOR_WEIGHT, false, "Tỷ trọng", "successor_weight"))),

	TERMS("nhiem_ky", List.of(
			col(Column.COMMITTEE_CODE, true, "Mã đơn vị", "committee_code", "Mã đảng bộ"),
			col(Column.CONGRESS_NUMBER, true, "Đại hội lần thứ", "congress_number", "Đại hội"),
			col(Column.TERM, true, "Nhiệm kỳ", "term"),
			col(Column.START_DATE, true, "Từ ngày", "start_date", "Ngày đại hội"),
			col(Column.END_DATE, false, "Đến ngày", "end_date"))),

	TARGETS("chi_tieu", List.of(
			col(Column.COMMITTEE_CODE, true, "Mã đơn vị", "committee_code", "Mã đảng bộ"),
			col(Column.TERM, true, "Nhiệm kỳ", "term"),
			col(Column.METRIC, true, "Chỉ tiêu", "metric"),
			col(Column.TARGET_KIND, true, "Loại chỉ tiêu", "target_kind"),
			col(Column.VALUE, true, "Giá trị", "value"),
			col(Column.SOURCE, false, "Nguồn", "source"))),

	FIGURES("so_lieu", List.of(
			col(Column.ORG_CODE, false, "Mã đơn vị", "org_code"),
			col(Column.ORG_NAME, false, "Tên đơn vị", "org_name"),
			col(Column.PERIOD, true, "Kỳ báo cáo", "period", "Kỳ"),
			col(Column.METRIC, true, "Chỉ tiêu", "metric"),
			col(Column.VALUE, true, "Giá trị", "value"),
			col(Column.BASIS, false, "Cách tính", "basis"),
			col(Column.NOTE, false, "Ghi chú", "note")));

	private final String code;
	private final List<ColumnSpec> columns;

	TableKind(String code, List<ColumnSpec> columns) {
		this.code = code;
		this.columns = columns;
	}

	/** The table's name in docs/import-formats.md ({@code don_vi}, {@code nhiem_ky}, {@code chi_tieu}, {@code so_lieu}). */
	public String code() {
		return code;
	}

	public List<ColumnSpec> columns() {
		return columns;
	}

	private static ColumnSpec col(Column column, boolean required, String... labels) {
		return new ColumnSpec(column, required, List.of(labels));
	}

	/** A column of a table: required or not, and the labels it is known by (the first is the Vietnamese one). */
	public record ColumnSpec(Column column, boolean required, List<String> labels) {
	}
}
