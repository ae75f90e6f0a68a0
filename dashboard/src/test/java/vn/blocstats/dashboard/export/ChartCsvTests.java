package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.DataTable.Column;
import vn.blocstats.dashboard.chart.DataTable.Kind;

/** Issue 14, point 10: a CSV's figures as the screen shows them, not a share with fifteen decimals. */
class ChartCsvTests {

	private static final DataTable TABLE = new DataTable(
			List.of(new Column("Đơn vị", Kind.TEXT), new Column("Kết nạp", Kind.COUNT), new Column("Trên 100 đảng viên", Kind.DECIMAL),
					new Column("Tỷ trọng", Kind.PERCENT)),
			List.of(Arrays.asList("Sở Y tế", 2096.4, 26.437941473259333, 104.85), Arrays.asList("Sở Tài chính", 12.5, 3.04, null)));

	@Test
	void figures_are_rounded_as_shown_with_either_separator() {
		String comma = new String(ChartCsv.write(TABLE, null, "Bảng 1", "Nguồn", ','), StandardCharsets.UTF_8);
		String semicolon = new String(ChartCsv.write(TABLE, null, "Bảng 1", "Nguồn", ';'), StandardCharsets.UTF_8);

		assertThat(comma.lines().toList()).contains("Đơn vị,Kết nạp,Trên 100 đảng viên,Tỷ trọng (%)", "Sở Y tế,2096,26.4,104.9",
				"Sở Tài chính,13,3,");
		assertThat(semicolon.lines().toList()).contains("Sở Y tế;2096;26,4;104,9", "Sở Tài chính;13;3;");
		assertThat(comma).doesNotContain("26.437");
	}
}
