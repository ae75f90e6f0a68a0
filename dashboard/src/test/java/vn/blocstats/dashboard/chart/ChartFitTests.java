package vn.blocstats.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Titles broken into lines of even length ({@link ChartFit#balanced}). */
class ChartFitTests {

	static final Font FONT = ChartFonts.font(true, false, 12f);
	static final FontRenderContext FRC = new FontRenderContext(null, true, true);

	static double width(String s) {
		return FONT.getStringBounds(s, FRC).getWidth();
	}

	@Test
	void a_subtitle_one_word_too_long_is_broken_into_two_even_lines_not_a_lone_last_word() {
		String text = "Theo năm, Đảng bộ Khối các cơ quan và doanh nghiệp Thành phố Hồ Chí Minh";
		// the greedy break would leave "Minh" alone
		double room = width("Theo năm, Đảng bộ Khối các cơ quan và doanh nghiệp Thành phố Hồ Chí") + 1;

		List<String> lines = ChartFit.balanced(text, FONT, room).lines().toList();

		assertThat(lines).hasSize(2);
		assertThat(String.join(" ", lines)).isEqualTo(text);
		assertThat(lines).allSatisfy(l -> assertThat(width(l)).isLessThanOrEqualTo(room));
		assertThat(Math.abs(width(lines.get(0)) - width(lines.get(1)))).isLessThan(width("doanh nghiệp "));
	}

	@Test
	void a_text_that_fits_or_a_single_word_stays_as_it_is() {
		assertThat(ChartFit.balanced("Kết nạp đảng viên mới", FONT, 500)).isEqualTo("Kết nạp đảng viên mới");
		assertThat(ChartFit.balanced("Không_một_khoảng_trắng_nào_cả", FONT, 20)).isEqualTo("Không_một_khoảng_trắng_nào_cả");
	}
}
