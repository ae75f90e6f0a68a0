package vn.blocstats.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import vn.blocstats.dashboard.export.ExportFormat;
import vn.blocstats.dashboard.export.TableDownloads;

/** The overview over the whole sample data, without a browser: the newcomer's check and the URL. */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = { OverviewView.class, vn.blocstats.dashboard.ui.NotFoundView.class })
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

	/**
	 * Issue 14, point 1: the landing page opens on the most recent ended term that has figures, not
	 * on the first committee's empty term (Hưng Yên's 2025–2030, founded in 2025, holds none).
	 */
	@Test
	void the_overview_is_the_landing_page_and_opens_on_the_latest_ended_term_with_figures() {
		UI.getCurrent().navigate("");

		assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
		OverviewView view = (OverviewView) getCurrentView();
		assertThat(view.committee.getValue().type()).isEqualTo("dang_bo_khoi");
		assertThat(view.committee.getValue().code()).isNotEqualTo("33-DCQD");
		assertThat(view.term.getValue().end()).isBefore(java.time.LocalDate.now());
		assertThat(view.cards.getChildren()).hasSize(6);
		assertThat(view.cards.getChildren().filter(c -> c.getClassNames().contains("empty")).count())
			.as("most of the six figures are there").isLessThan(3);
	}

	@Test
	void the_landing_page_comes_back_to_the_committee_and_term_viewed_last() {
		open("tong-quan?committee=74-KCQDN&term=2010-2015");

		UI.getCurrent().navigate("");

		OverviewView view = (OverviewView) getCurrentView();
		assertThat(view.committee.getValue().code()).isEqualTo("74-KCQDN");
		assertThat(view.term.getValue().label()).isEqualTo("2010-2015");
	}

	@Autowired
	vn.blocstats.warehouse.Warehouse warehouse;

	@Test
	void a_term_without_figures_is_one_quiet_line_not_six_cards_in_the_figures_style() throws Exception {
		// a term the sample data has no figure for (every term of the sample has some): added for this test only
		try (var c = warehouse.connection(); var st = c.createStatement()) {
			st.execute("INSERT INTO term SELECT committee_code, '2030-2035', congress_number + 1, 2030, 2035, DATE '2030-07-01', "
					+ "DATE '2035-06-30', load_id FROM term WHERE committee_code = '74-KCQDN' AND term_label = '2020-2025'");
		}
		try {
			// another screen first: the overview shown now was made before the term existed (a screen keeps its lists)
			UI.getCurrent().navigate("khong-co-trang-nay");
			UI.getCurrent().navigate("tong-quan", QueryParameters.fromString("committee=74-KCQDN&term=2030-2035"));
			OverviewView view = (OverviewView) getCurrentView();

			assertThat(view.term.getValue().label()).isEqualTo("2030-2035");
			assertThat(view.downloads.getElement().isEnabled()).as("nothing to download").isFalse();
			assertThat(view.cards.getChildren()).hasSize(1).allSatisfy(c -> {
				assertThat(c.getClassNames()).contains("empty-state");
				assertThat(c.getElement().getText()).startsWith("Nhiệm kỳ 2030–2035 của " + view.committee.getValue().name() + " chưa có số liệu");
			});
		}
		finally {
			try (var c = warehouse.connection(); var st = c.createStatement()) {
				st.execute("DELETE FROM term WHERE committee_code = '74-KCQDN' AND term_label = '2030-2035'");
			}
		}
	}

	@Test
	void a_missing_figure_is_a_quiet_card_not_the_figures_red() {
		OverviewView view = open("tong-quan?committee=33-DCQD&term=2025-2030");

		assertThat(view.cards.getChildren().filter(c -> c.getClassNames().contains("empty")))
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.getElement().getTextRecursively()).contains("Chưa có số liệu"));
	}

	/** Issue 14, point 3: a link naming a committee the warehouse does not have says so. */
	@Test
	void an_unknown_committee_in_a_link_is_named_in_a_notice() {
		open("tong-quan?committee=XYZ&term=2015-2020");

		assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
			.anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
					+ n.getElement().getTextRecursively()).contains("Không có đảng bộ mã “XYZ” trong kho"));
	}

	/** Issue 14, point 3: an unknown address is a Vietnamese page inside the dashboard, not the browser's 403. */
	@Test
	void an_unknown_address_is_a_page_of_the_dashboard_saying_so() {
		UI.getCurrent().navigate("khong-co-trang-nay");

		assertThat(getCurrentView()).isInstanceOf(vn.blocstats.dashboard.ui.NotFoundView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Không có trang này", "/khong-co-trang-nay",
				"Về trang Tổng quan");
	}

	/**
	 * Issue 14, point 10: the cards download as a table — each card a row with its figure, the previous
	 * term's, the change and the targets' attainment in the cards' own words; figures as shown in the CSV,
	 * unrounded in the XLSX.
	 */
	@Test
	void the_cards_download_as_a_table_holding_what_the_cards_say() throws Exception {
		OverviewView view = open("tong-quan?committee=74-KCQDN&term=2015-2020");
		String name = view.committee.getValue().name();

		java.util.Locale vi = java.util.Locale.of("vi", "VN");
		String[] lines = new String(TableDownloads.write(view.downloads.table(), java.util.Optional.empty(), ExportFormat.CSV, ',', vi),
				java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(1 + 1 + 6 + 1);
		assertThat(lines[0]).isEqualTo("\uFEFFSố liệu chủ yếu nhiệm kỳ 2015–2020 — " + name);
		assertThat(lines[1]).isEqualTo("Chỉ tiêu,Cách tính,Nhiệm kỳ 2015–2020,Nhiệm kỳ 2010–2015,\"Tăng, giảm\",\"Tăng, giảm (%)\","
				+ "Chỉ tiêu đề ra và mức đạt");
		// 2.096 admitted against 2.136: −40, −1,87 % shown −1,9
		assertThat(lines).contains("Kết nạp đảng viên mới,cả nhiệm kỳ,2096,2136,-40,-1.9,\"Chỉ tiêu nghị quyết (cả nhiệm kỳ): đạt 104,8% — "
				+ "vượt chỉ tiêu; Chỉ tiêu Tỉnh ủy giao (cả nhiệm kỳ): đạt 95,2% — không đạt chỉ tiêu\"");
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Tổng số đảng viên,cuối nhiệm kỳ,9919,9762,157,1.6,"));
		// no staffing reductions reported in 2010–2015: no previous figure, no change
		assertThat(lines).anySatisfy(l -> assertThat(l).matches("Tinh giản biên chế,cả nhiệm kỳ[^,]*,159,,,,.*"));
		assertThat(lines[lines.length - 1]).isEqualTo("Nguồn: " + name);

		byte[] xlsx = TableDownloads.write(view.downloads.table(), java.util.Optional.empty(), ExportFormat.XLSX, ',', vi);
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			var admissions = java.util.stream.IntStream.rangeClosed(2, 7).mapToObj(sheet::getRow)
				.filter(r -> r.getCell(0).getStringCellValue().equals("Kết nạp đảng viên mới")).findFirst().orElseThrow();
			assertThat(admissions.getCell(2).getNumericCellValue()).isEqualTo(2096);
			assertThat(admissions.getCell(5).getNumericCellValue()).as("unrounded").isCloseTo(-40.0 / 2136, org.assertj.core.data.Offset.offset(1e-9));
		}
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
