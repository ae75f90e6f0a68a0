package vn.blocstats.etl.table.wide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;

/** The parts of header recognition that need no catalog: merged labels, column numbers, notes. */
class WideHeaderTests {

	@Test
	void a_merged_group_label_is_carried_over_the_columns_that_have_a_part_below_it() {
		List<SourceRow> header = List.of(
				row(7, "STT", "Tên đơn vị", "Kết nạp đảng viên", "Tinh giản biên chế", "", "Lý luận chính trị", "", "Ghi chú"),
				row(8, "", "", "", "Cơ quan Đảng, đoàn thể", "Cơ quan QLNN, ĐVSN", "Cao cấp", "Trung cấp"));

		assertThat(WideHeader.paths(header)).containsExactly(
				List.of("STT"), List.of("Tên đơn vị"), List.of("Kết nạp đảng viên"),
				List.of("Tinh giản biên chế", "Cơ quan Đảng, đoàn thể"), List.of("Tinh giản biên chế", "Cơ quan QLNN, ĐVSN"),
				List.of("Lý luận chính trị", "Cao cấp"), List.of("Lý luận chính trị", "Trung cấp"), List.of("Ghi chú"));
	}

	@Test
	void a_three_row_header_carries_each_level_over_its_own_parts() {
		List<SourceRow> header = List.of(
				row(4, "STT", "Đơn vị", "CÔNG TÁC ĐẢNG VIÊN", "", "", "ĐÀO TẠO"),
				row(5, "", "", "Kết nạp", "Chuyển sinh hoạt đảng", "", "Cao cấp"),
				row(6, "", "", "", "Đến", "Đi"));

		assertThat(WideHeader.paths(header).subList(2, 6)).containsExactly(
				List.of("CÔNG TÁC ĐẢNG VIÊN", "Kết nạp"), List.of("CÔNG TÁC ĐẢNG VIÊN", "Chuyển sinh hoạt đảng", "Đến"),
				List.of("CÔNG TÁC ĐẢNG VIÊN", "Chuyển sinh hoạt đảng", "Đi"), List.of("ĐÀO TẠO", "Cao cấp"));
	}

	@Test
	void a_row_of_increasing_column_numbers_is_recognised_and_a_data_row_is_not() {
		assertThat(WideHeader.isColumnNumbers(row(9, "1", "2", "3", "4"))).isTrue();
		assertThat(WideHeader.isColumnNumbers(row(9, "(1)", "(2)", "(3)"))).isTrue();
		assertThat(WideHeader.isColumnNumbers(row(9, "A", "B", "1", "2", "3=1+2"))).isTrue();
		assertThat(WideHeader.isColumnNumbers(new SourceRow("s", 9, List.of(num(1), num(2), num(3))))).isTrue();
		assertThat(WideHeader.isColumnNumbers(row(10, "1", "Đảng bộ Sở Y tế", "45", "3"))).isFalse();
		assertThat(WideHeader.isColumnNumbers(new SourceRow("s", 10, List.of(num(1), num(45), num(3))))).isFalse();
	}

	@Test
	void notes_signatures_and_the_date_line_end_a_table() {
		assertThat(WideRows.isNote("ghi_chu_so_lieu_uoc")).isTrue();
		assertThat(WideRows.isNote("noi_nhan")).isTrue();
		assertThat(WideRows.isNote("t_m_ban_thuong_vu")).isTrue();
		assertThat(WideRows.isNote("nguoi_lap_bieu")).isTrue();
		assertThat(WideRows.isNote("binh_duong_ngay_05_thang_7_nam_2022")).isTrue();
		assertThat(WideRows.isNote("ngay_thang_nam")).isTrue();
		assertThat(WideRows.isNote("dang_bo_so_y_te")).isFalse();
		assertThat(WideRows.isNote("1")).isFalse();
	}

	private static SourceRow row(int number, String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (String t : texts) {
			cells.add(Cell.text(t));
		}
		return new SourceRow("s", number, cells);
	}

	private static Cell num(double d) {
		return new Cell(String.valueOf((long) d), d, null);
	}
}
