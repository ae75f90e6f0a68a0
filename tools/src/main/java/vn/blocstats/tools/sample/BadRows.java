package vn.blocstats.tools.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Lâm Đồng's supplement for 6 tháng cuối năm 2023, typed by hand: two good rows (the same values as
 * the unit's report, so they change nothing) and eight rows the import rejects, one per reason. The
 * list and the reasons are in sample-data/README.md.
 */
final class BadRows {

	static final String PERIOD = "6 tháng cuối năm 2023";

	private BadRows() {
	}

	static Table supplement(SampleModel m, CommitteeSeries s) {
		int h = new Half(2023, 2).index();
		int u = 0;
		while (!s.reportsStock(u, h) || !s.units.get(u).committee()) {
			u++;
		}
		String code = s.units.get(u).code();
		String merged = s.units.stream().filter(x -> x.successor() != null).findFirst().orElseThrow().code();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(code, PERIOD, "Kết nạp đảng viên mới", s.flows.get("admissions")[u][h], "Bổ sung"));
		rows.add(List.of(code, "31/12/2023", "Tổng số đảng viên", s.members(u, h), ""));
		rows.add(List.of(s.committee.code() + "-999", PERIOD, "Kết nạp đảng viên mới", 3L, "Mã đơn vị gõ nhầm"));
		rows.add(List.of(merged, PERIOD, "Kết nạp đảng viên mới", 1L, "Đơn vị đã sáp nhập từ 1/1/2019"));
		rows.add(List.of(code, PERIOD, "Số đảng viên nữ", 25L, ""));
		rows.add(List.of(code, "6 tháng giữa năm 2023", "Kết nạp đảng viên mới", 2L, ""));
		rows.add(List.of(code, "31/12/2023", "Chuyển sinh hoạt đảng đi", 2L, "Số trong kỳ ghi như số có đến"));
		rows.add(List.of(code, PERIOD, "Chuyển sinh hoạt đảng đi", "hai", ""));
		rows.add(List.of(code, PERIOD, "Chuyển sinh hoạt đảng đến", "1,5", ""));
		rows.add(List.of(code, PERIOD, "Đảng viên từ trần", "-1", ""));
		return new Table("Bổ sung", List.of("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Ghi chú"), rows);
	}
}
