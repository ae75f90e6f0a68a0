package vn.blocstats.dashboard.chart;

import java.awt.Font;
import java.awt.Graphics2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels, when longer than their room, are shortened at a word boundary with
 * "…" ("Đảng bộ Ngân hàng TMCP Công thương Chi…", not "… Chi nhá..."), the full name staying in the
 * chart's table and tooltip; a label whose first word alone does not fit is left to JFreeChart.
 * Not thread-safe (an axis is drawn by one thread).
 */
final class WordCategoryAxis extends CategoryAxis {

	private static final long serialVersionUID = 1L;

	@Override
	protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
		String label = category.toString();
		Font font = getTickLabelFont(category);
		if (getMaximumCategoryLabelLines() == 1 && RectangleEdge.isLeftOrRight(edge)) {
			String shortened = shortened(label, g2.getFontMetrics(font), width);
			if (shortened != null) {
				return TextUtils.createTextBlock(shortened, font, getTickLabelPaint(category), Float.MAX_VALUE, 1,
						new G2TextMeasurer(g2));
			}
		}
		return super.createLabel(category, width, edge, g2);
	}

	/** {@code label} as it fits {@code width}: whole, or its first words and "…"; null when not even one word fits. */
	static String shortened(String label, java.awt.FontMetrics metrics, float width) {
		if (metrics.stringWidth(label) <= width) {
			return label;
		}
		String[] words = label.split(" ");
		for (int n = words.length - 1; n >= 1; n--) {
			String candidate = String.join(" ", java.util.Arrays.copyOf(words, n)) + "…";
			if (metrics.stringWidth(candidate) <= width) {
				return candidate;
			}
		}
		return null;
	}
}
