package vn.blocstats.dashboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import vn.blocstats.warehouse.Warehouse;

/**
 * The screens a newcomer goes through in Chromium over the sample data: Bình Dương's 2.096
 * admissions at 104,8 % of the target, the congress-report sentence, a drill-down by a click on a
 * bar, and what the last import rejected.
 */
class ScreensBrowserTests extends BrowserTests {

	@Autowired
	Warehouse warehouse;

	@Test
	void the_overview_shows_binh_duongs_2096_admissions_at_104_8_percent_of_the_target() {
		Page p = open("/tong-quan?committee=74-KCQDN&term=2015-2020", ".overview-cards .figure-card");

		Locator cards = p.locator(".overview-cards");
		assertThat(cards).containsText("2.096");
		assertThat(cards).containsText("104,8%");
		assertThat(cards).containsText("95,2%");
	}

	@Test
	void the_targets_screen_says_what_lam_dongs_bloc_achieved_in_2015_2020() {
		Page p = open("/chi-tieu?committee=68-KCQ&term=2015-2020", "vaadin-grid");

		assertThat(p.locator("vaadin-vertical-layout")).containsText("hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch");
	}

	@Test
	void a_click_on_a_committees_bar_drills_down_to_its_units() {
		Page p = open("/so-sanh?metric=admissions&year=2021", ".compare-chart svg");

		p.locator(".compare-chart svg .chart-hits rect[data-key='74-KCQDN']").first().click();

		assertThat(p).hasURL(Pattern.compile("node=74-KCQDN"));
		assertThat(p.locator(".breadcrumbs")).containsText("Tỉnh Bình Dương");
		assertThat(p.locator(".compare-chart svg")).isVisible();
	}

	@Test
	void the_data_quality_screen_shows_the_rows_an_import_rejected_with_their_report() throws Exception {
		long load;
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT max(load_id) FROM load WHERE file_name LIKE '%bo-sung-6-thang-cuoi-nam-2023.csv'")) {
			rs.next();
			load = rs.getLong(1);
		}
		Page p = open("/chat-luong?tab=history&load=" + load, "vaadin-grid");

		assertThat(p.locator(".quality-view h3").first())
			.containsText("bo-sung-6-thang-cuoi-nam-2023.csv: 8 dòng bị loại và cảnh báo");
		assertThat(p.locator(".quality-report-download").first()).isVisible();
	}
}
