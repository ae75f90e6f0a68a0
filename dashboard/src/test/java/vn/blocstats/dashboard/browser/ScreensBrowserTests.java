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

	/** Issue 14, point 10: the cards download as a table from the menu beside the title, the file what the cards say. */
	@Test
	void the_overviews_cards_download_as_a_csv_table() throws Exception {
		Page p = open("/tong-quan?committee=74-KCQDN&term=2015-2020", ".overview-cards .figure-card");

		p.locator(".table-downloads vaadin-menu-bar-button").first().click();
		com.microsoft.playwright.Download download = p.waitForDownload(
				() -> p.locator("a.export-link").filter(new Locator.FilterOptions().setHasText("CSV (dấu phẩy)")).click());

		String csv = java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(
				"so-lieu-chu-yeu-nhiem-ky-2015-2020-dang-bo-khoi-cac-co-quan-va-doanh-nghiep-tinh-binh-duong.csv");
		org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFSố liệu chủ yếu nhiệm kỳ 2015–2020 — ")
			.contains("Kết nạp đảng viên mới,cả nhiệm kỳ,2096,2136,-40,-1.9,");
	}

	@Test
	void the_targets_screen_says_what_lam_dongs_bloc_achieved_in_2015_2020() {
		Page p = open("/chi-tieu?committee=68-KCQ&term=2015-2020", "vaadin-grid");

		assertThat(p.locator("vaadin-vertical-layout")).containsText("hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch");
	}

	@Test
	void the_language_switch_wins_over_a_lang_in_the_address_and_the_address_keeps_the_choice() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions&lang=vi", ".trend-chart svg");

		p.locator(".app-language").click();
		p.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();

		assertThat(p).hasURL(Pattern.compile("lang=en"));
		assertThat(p).hasURL(Pattern.compile("committee=74-KCQDN"));
		p.waitForSelector(".trend-chart svg");
		assertThat(p.locator("vaadin-side-nav")).containsText("Trends");
		assertThat(p.locator(".app-language")).containsText("English");
	}

	@Test
	void on_a_phone_the_menu_button_opens_the_navigation_and_the_bar_fits_the_screen() {
		Page p = open("/tong-quan?committee=74-KCQDN&term=2015-2020", ".overview-cards .figure-card");
		p.setViewportSize(390, 844);

		Locator menu = p.locator(".app-menu");
		assertThat(menu).isVisible();
		menu.click();
		Locator trends = p.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Xu hướng"));
		assertThat(trends).isVisible();
		for (String part : new String[] { ".app-menu", ".app-language", ".app-bar vaadin-button:has-text('Đăng xuất')" }) {
			var box = p.locator(part).boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.x + box.width).as(part + " within the 390 px").isLessThanOrEqualTo(390);
			org.assertj.core.api.Assertions.assertThat(box.height).as(part + " on one line").isLessThan(60);
		}
		trends.click();
		assertThat(p).hasURL(Pattern.compile("xu-huong"));
	}

	@Test
	void a_copied_link_names_every_filter_and_the_language_and_a_saved_view_is_listed_on_the_overview() {
		Page p = open("/xu-huong?committee=74-KCQDN&committee=36-KCQDN&metric=admissions", ".trend-chart svg");

		p.locator(".app-copy-link").click();
		Locator link = p.locator(".share-link input");
		assertThat(link).hasValue(Pattern.compile("^http://localhost:\\d+/xu-huong\\?.*lang=vi.*"));
		String copied = link.inputValue();
		for (String parameter : new String[] { "committee=74-KCQDN&committee=36-KCQDN", "metric=admissions", "period=year", "per=1",
				"structure=then", "axis=zero", "lang=vi" }) {
			org.assertj.core.api.Assertions.assertThat(copied).as("every filter, the defaults too").contains(parameter);
		}
		p.locator("vaadin-button", new Page.LocatorOptions().setHasText("Đóng")).click();

		String name = "Kết nạp Bình Dương và Nam Định " + System.nanoTime();
		p.locator(".app-save-view").click();
		p.locator(".save-view-name input").fill(name);
		p.locator(".save-view-ok").click();
		assertThat(p.locator("vaadin-notification-card")).containsText("Đã lưu góc nhìn");

		p.navigate(url("/tong-quan"));
		Locator saved = p.locator(".saved-views a", new Page.LocatorOptions().setHasText(name));
		assertThat(saved).isVisible();
		saved.click();
		assertThat(p).hasURL(Pattern.compile("xu-huong\\?.*committee=74-KCQDN&committee=36-KCQDN"));
		p.waitForSelector(".trend-chart svg");
		assertThat(p.locator(".trends-committees")).containsText("Nam Định");
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
