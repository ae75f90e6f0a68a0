package vn.blocstats.etl.source.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.blocstats.etl.source.SourceTesting.texts;

import java.time.LocalDate;
import java.util.List;

import vn.blocstats.etl.source.Cell;
import vn.blocstats.etl.source.SourceRow;

/** What the workbook fixtures (chi_tieu.xlsx and chi_tieu.xls, written by SourceFixtures) must read as. */
final class ExcelFixture {

	private ExcelFixture() {
	}

	static void assertFixtureRows(List<SourceRow> rows) {
		assertThat(rows).extracting(SourceRow::sheet, SourceRow::rowNumber).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Số liệu", 1), org.assertj.core.groups.Tuple.tuple("Số liệu", 2),
				org.assertj.core.groups.Tuple.tuple("Số liệu", 4), org.assertj.core.groups.Tuple.tuple("Số liệu", 5),
				org.assertj.core.groups.Tuple.tuple("Số liệu", 7), org.assertj.core.groups.Tuple.tuple("Chi bộ", 1),
				org.assertj.core.groups.Tuple.tuple("Chi bộ", 2));
		assertThat(texts(rows.get(0))).containsExactly("Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Cách tính", "Ngày cập nhật");
		assertThat(rows.get(1).cells()).containsExactly(Cell.text("74-KCQDN"), Cell.text("6 tháng đầu năm 2022"),
				Cell.text("Kết nạp đảng viên mới"), new Cell("2096", 2096.0, null), Cell.text("Cộng dồn"),
				new Cell("2022-06-30", null, LocalDate.of(2022, 6, 30)));
		// Spaces trimmed, the decomposed label normalised to NFC, the missing cell E empty, a boolean.
		assertThat(rows.get(2).cells()).containsExactly(Cell.text("74-KCQDN-017"), Cell.text("Năm 2022"),
				Cell.text("Tỷ lệ hoàn thành"), new Cell("104.8", 104.8, null), Cell.EMPTY, Cell.text("TRUE"));
		// Formulas by their cached values; the text of a number rounded to Excel's 15 digits.
		assertThat(rows.get(3).cells()).containsExactly(Cell.text("74"), Cell.text("Năm 2022"), Cell.text("Tổng cộng"),
				new Cell("2200.8", 2096 + 104.8, null), Cell.text("Cộng dồn"));
		assertThat(rows.get(4).cells()).containsExactly(Cell.EMPTY, Cell.EMPTY, Cell.text("Ghi chú: số liệu ước tính & chưa kiểm tra"));
		assertThat(rows.get(6).cells()).containsExactly(Cell.text("74-KCQDN-017-01"), new Cell("35", 35.0, null));
	}
}
