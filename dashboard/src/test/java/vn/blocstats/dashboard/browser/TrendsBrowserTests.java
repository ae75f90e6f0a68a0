package vn.blocstats.dashboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The trends screen in Chromium over the sample data: the chart, the filters in the URL. */
class TrendsBrowserTests extends BrowserTests {

	static final String BINH_DUONG = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương";
	static final String NAM_DINH = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Nam Định";

	@Test
	void the_trend_is_an_svg_chart_with_vietnamese_text() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions", ".trend-chart svg");

		assertThat(p.locator(".trend-chart svg")).isVisible();
		assertThat(p.locator(".trend-chart svg")).containsText("Kết nạp đảng viên mới");
		assertThat(p.locator(".trend-chart svg")).containsText(BINH_DUONG);
		assertThat(p.locator(".trend-chart svg")).containsText("Nhiệm kỳ 2015–2020");
		assertThat(p).hasTitle("Xu hướng · blocstats");
	}

	@Test
	void adding_a_committee_puts_it_in_the_url_and_the_url_brings_it_back() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions", ".trend-chart svg");
		Locator committees = p.locator("vaadin-multi-select-combo-box").first();
		assertThat(committees).containsText(BINH_DUONG);

		committees.locator("input").fill("Nam Định");
		p.locator("vaadin-multi-select-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText(NAM_DINH)).first().click();

		assertThat(p).hasURL(Pattern.compile("committee=74-KCQDN&committee=36-KCQDN"));
		assertThat(p).hasURL(Pattern.compile("metric=admissions"));
		assertThat(p.locator(".trend-chart svg")).containsText(NAM_DINH);
		String link = p.url();
		p.navigate(link);
		p.waitForSelector(".trend-chart svg");
		assertThat(p.locator(".trend-chart svg")).containsText(NAM_DINH);
		assertThat(p.locator(".trend-chart svg")).containsText(BINH_DUONG);
	}

	@Test
	void a_bloc_that_ended_in_2025_is_followed_into_its_successors_with_a_visible_note() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=members_total&structure=today", ".trend-chart svg");

		assertThat(p.locator(".trend-notes")).containsText("quy đổi theo cơ cấu tổ chức hiện nay");
		assertThat(p.locator(".trend-chart svg")).containsText("(quy đổi)");
	}

	@Test
	void a_point_of_the_chart_has_its_figure_as_a_tooltip() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions", ".trend-chart svg");

		assertThat(p.locator(".trend-chart svg .chart-hits rect").first()).isAttached();
		String tooltip = p.locator(".trend-chart svg .chart-hits title").first().textContent();
		assertThat(tooltip).matches(".+ · 20\\d\\d: [0-9.]+");
	}

	@Test
	void the_chart_endpoint_draws_binh_duong_s_seventh_congress_of_14_july_2020() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions", ".trend-chart svg");

		APIResponse svg = p.context().request().get(url("/charts/trend.svg?committee=74-KCQDN&metric=admissions"));

		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
		assertThat(svg.text()).contains("Kết nạp đảng viên mới").contains("Đại hội VII (14/7/2020)");
		assertThat(p.locator(".trend-chart svg")).containsText("Đại hội VII (14/7/2020)");
	}
}
