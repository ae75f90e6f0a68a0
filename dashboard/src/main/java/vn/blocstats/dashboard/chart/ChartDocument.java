package vn.blocstats.dashboard.chart;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * One chart as every renderer and export needs it: the drawn {@link JFreeChart} (from a chart
 * definition such as {@link TrendChart}), the figures it draws as a {@link DataTable}, the caption's
 * text without its number ("Kết nạp đảng viên mới, nhiệm kỳ 2015–2020") and the source line's
 * organisation ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Bình Dương"). The screen, the
 * {@code /charts} endpoint and every export format are fed from the same document, so what the
 * analyst sees is what is exported. A {@link JFreeChart} is mutable and not thread-safe: build one
 * document per rendering.
 */
public record ChartDocument(JFreeChart chart, DataTable table, String caption, String source) {

	public ChartDocument {
		Objects.requireNonNull(chart);
		Objects.requireNonNull(table);
		Objects.requireNonNull(caption);
		Objects.requireNonNull(source);
	}
}
