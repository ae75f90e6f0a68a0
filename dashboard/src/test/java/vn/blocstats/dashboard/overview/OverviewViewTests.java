package vn.blocstats.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;

/** The overview over the whole sample data, without a browser: the newcomer's check and the URL. */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = OverviewView.class)
@WithMockUser(username = "thu", roles = "VIEWER")
class OverviewViewTests extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	@Test
	void binh_duongs_bloc_admitted_2096_members_in_2015_2020_at_104_8_percent_of_the_resolutions_target() {
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2015-2020");

		String admissions = card(view, "admissions");
		assertThat(admissions).contains("Kết nạp đảng viên mới", "2.096", "cả nhiệm kỳ")
			// 2010–2015: 2.136 admitted; 2.096 − 2.136 = −40, −40 / 2.136 = −1,87 %
			.contains("So với nhiệm kỳ 2010–2015: −40 (−1,9%)")
			.contains("Chỉ tiêu nghị quyết (cả nhiệm kỳ): đạt 104,8% — vượt chỉ tiêu")
			.contains("Chỉ tiêu Tỉnh ủy giao (cả nhiệm kỳ): đạt 95,2% — không đạt chỉ tiêu");
	}

	@Test
	void stocks_are_taken_at_the_terms_end_and_compared_with_the_previous_terms_end() {
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2015-2020");

		// 9.919 members at the end of 2015–2020 against 9.762 at the end of 2010–2015: +157, +1,61 %
		assertThat(card(view, "members_total")).contains("9.919", "cuối nhiệm kỳ", "So với nhiệm kỳ 2010–2015: +157 (+1,6%)");
		// 130 organisations against 134: −4, −2,99 %
		assertThat(card(view, "org_grassroots")).contains("130", "−4 (−3,0%)");
		assertThat(card(view, "training_theory_senior")).contains("280");
		assertThat(card(view, "training_theory_intermediate")).contains("771");
		// staffing reductions: 159 = 29 + 130 (sample-data/README.md); none reported in 2010–2015
		assertThat(card(view, "staff_reductions")).contains("159", "Không có số liệu nhiệm kỳ 2010–2015 để so sánh");
	}

	@Test
	void the_first_term_has_nothing_to_compare_with() {
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2010-2015");

		assertThat(card(view, "admissions")).contains("2.136", "Nhiệm kỳ đầu tiên trong kho");
	}

	@Test
	void choosing_another_term_puts_it_in_the_url() {
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2015-2020");

		test(view.term).selectItem("2020–2025 (Đại hội VII)");

		assertThat(location()).isEqualTo("tong-quan?committee=74-KCQDN&term=2020-2025");
		assertThat(card(view, "admissions")).contains("1.932");
	}

	@Test
	void the_overview_is_the_landing_page() {
		UI.getCurrent().navigate("");

		assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
		OverviewView view = (OverviewView) getCurrentView();
		assertThat(view.committee.getValue().type()).isEqualTo("dang_bo_khoi");
		assertThat(view.cards.getChildren()).hasSize(6);
	}

	private static String card(OverviewView view, String metric) {
		return view.cards.getChildren().map(Div.class::cast)
			.filter(d -> metric.equals(d.getElement().getAttribute("data-metric")))
			.findFirst().orElseThrow().getElement().getTextRecursively();
	}

	private OverviewView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
		return (OverviewView) getCurrentView();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	@Test
	void an_english_reader_sees_english_text_and_english_numbers() {
		UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2015-2020");

		assertThat(card(view, "admissions")).contains("New members admitted", "2,096", "Against the term 2010–2015: −40 (−1.9%)",
				"Congress resolution’s target (whole term): 104.8% attained — target exceeded");
	}
}
