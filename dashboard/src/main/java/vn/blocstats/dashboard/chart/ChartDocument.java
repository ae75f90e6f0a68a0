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
 *
 * @param fit how the chart is redrawn for a fixed canvas (an export at a size: the compare chart's
 *        top units and the rule in its caption); null when the chart is drawn as it is
 */
public record ChartDocument(JFreeChart chart, DataTable table, String caption, String source, Fit fit) {

	/** The document of a chart drawn for a canvas of {@code width} × {@code height} user units (1/96 inch). */
	@FunctionalInterface
	public interface Fit {
		ChartDocument to(double width, double height);
	}

	public ChartDocument {
		Objects.requireNonNull(chart);
		Objects.requireNonNull(table);
		Objects.requireNonNull(caption);
		Objects.requireNonNull(source);
	}

	/** A chart drawn as it is at any size. */
	public ChartDocument(JFreeChart chart, DataTable table, String caption, String source) {
		this(chart, table, caption, source, null);
	}

	/** The same chart with another caption (the fit kept). */
	public ChartDocument withCaption(String caption) {
		return new ChartDocument(chart, table, caption, source, fit == null ? null : (w, h) -> fit.to(w, h).withCaption(caption));
	}

	/**
	 * The document as exported on a canvas of {@code width} × {@code height} user units: its own fit
	 * (fewer bars, the caption saying so), then {@link ChartFit} (fonts for the canvas, long names
	 * shortened). The table is always the whole one.
	 */
	public ChartDocument fitted(double width, double height) {
		ChartDocument d = fit == null ? this : fit.to(width, height);
		ChartFit.apply(d.chart(), width, height);
		return new ChartDocument(d.chart(), table, d.caption(), d.source(), null);
	}
}
