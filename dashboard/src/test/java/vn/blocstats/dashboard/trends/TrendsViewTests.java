package vn.blocstats.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.dashboard.chart.TrendChart.Role;
import vn.blocstats.dashboard.chart.TrendChart.Structure;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;

/**
 * The trends screen without a browser (Vaadin's browserless tests): the real view, service and
 * warehouse (fixture files imported first), a signed-in viewer. The fixtures: 74-KCQDN's units
 * 74-KCQDN-001 (moved to 79-DUB on 1/2/2025) and -002 (ended on 31/1/2025 without successor) admit
 * 12 + 8 in H1/2021 and 15 + 4 in H2/2021 (39 in the year; 001's 27); 002 has 45 members at the end of
 * 2021, 001 1.234 on 30/6/2020; the bloc is split 0,6 / 0,4 into 79-DCQD and 79-DUB.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = "vn.blocstats.dashboard")
@WithMockUser(username = "thu", roles = "VIEWER")
class TrendsViewTests extends SpringBrowserlessTest {

	private static final String BINH_DUONG = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương";

	@TempDir
	static Path dir;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet);
		assertThat(code).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Test
	void the_url_chooses_the_committee_and_the_metric_and_the_chart_shows_them() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		assertThat(view.committees.getValue()).extracting(Committee::code).containsExactly("74-KCQDN");
		assertThat(view.metric.getValue().code()).isEqualTo("admissions");
		assertThat(svg(view)).startsWith("<svg").contains("Kết nạp đảng viên mới").contains(BINH_DUONG);
		assertThat(values(view, "74-KCQDN", Role.AS_THEN)).containsExactly("2021=39.00");
		assertThat(view.notes.isVisible()).isFalse();
	}

	@Test
	void several_committees_are_drawn_on_one_chart_in_the_order_of_the_url() {
		TrendsView view = open("xu-huong?committee=79-DUB&committee=74-KCQDN&metric=admissions");

		assertThat(view.committees.getValue()).extracting(Committee::code).containsExactlyInAnyOrder("79-DUB", "74-KCQDN");
		assertThat(view.filter().committees()).containsExactly("79-DUB", "74-KCQDN");
		assertThat(svg(view)).contains("Theo năm, Đảng bộ Ủy ban nhân dân Thành phố, " + BINH_DUONG);
	}

	@Test
	void adding_a_committee_puts_it_in_the_url_after_the_others_and_redraws_the_chart() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		// the tester sets the whole selection, as the user's ticks leave it
		test(view.committees).selectItem("Đảng bộ các cơ quan Đảng Thành phố", BINH_DUONG);

		assertThat(location()).startsWith("xu-huong?");
		assertThat(filterAt()).isEqualTo(new TrendFilter(List.of("74-KCQDN", "79-DCQD"), Optional.of("admissions"), Grain.YEAR,
				false, Structure.THEN));
		assertThat(svg(view)).contains("Theo năm, " + BINH_DUONG + ", Đảng bộ các cơ quan Đảng Thành phố");
	}

	@Test
	void half_years_sum_the_flows_of_each_half_and_go_into_the_url() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		test(view.grain).selectItem("Theo 6 tháng");

		assertThat(filterAt()).isEqualTo(new TrendFilter(List.of("74-KCQDN"), Optional.of("admissions"), Grain.HALF, false,
				Structure.THEN));
		assertThat(view.grain.getValue()).isEqualTo(Grain.HALF);
		// H1/2021: 12 + 8; H2/2021: 15 + 4 (a quarter inside the half)
		assertThat(svg(view)).contains("Theo 6 tháng, " + BINH_DUONG);
		assertThat(values(view, "74-KCQDN", Role.AS_THEN)).containsExactly("H1/2021=20.00", "H2/2021=19.00");
	}

	@Test
	void per_100_members_divides_by_the_members_of_the_same_year_and_says_so() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		test(view.per100).click();

		assertThat(filterAt().per100()).isTrue();
		assertThat(location()).contains("per=100");
		// 2021: 100 × 39 / 45 — the title says so (the rotated axis label, drawn as outlines, too)
		assertThat(values(view, "74-KCQDN", Role.AS_THEN)).containsExactly("2021=86.67");
		assertThat(svg(view)).contains(">Kết nạp đảng viên mới trên 100 đảng viên<");
	}

	@Test
	void the_value_axis_near_the_data_goes_into_the_url_the_download_links_and_the_notes() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		test(view.axis).selectItem("Bắt đầu gần số liệu");

		assertThat(filterAt().axis()).isEqualTo(vn.blocstats.dashboard.chart.TrendChart.AxisStart.DATA);
		assertThat(location()).contains("axis=data");
		assertThat(view.axis.getValue()).isEqualTo(vn.blocstats.dashboard.chart.TrendChart.AxisStart.DATA);
		assertThat(view.notes.isVisible()).isTrue();
		assertThat(view.notes.getElement().getTextRecursively()).contains("Trục dọc không bắt đầu từ 0");
		assertThat(svg(view)).contains("Trục dọc không bắt đầu từ 0");
		assertThat(view.exports.links()).isNotEmpty().allSatisfy(l -> assertThat(l.getHref()).contains("axis=data"));
	}

	@Test
	void per_100_members_is_offered_for_flows_only() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=members_total");

		assertThat(view.per100.isEnabled()).isFalse();
	}

	@Test
	void an_ended_bloc_restated_to_today_is_followed_into_its_successors_with_a_visible_note() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		test(view.structure).selectItem("Quy đổi theo cơ cấu hiện nay");

		assertThat(filterAt().structure()).isEqualTo(Structure.TODAY);
		assertThat(location()).contains("structure=today");
		assertThat(view.structure.getValue()).isEqualTo(Structure.TODAY);
		String note = "Số liệu quy đổi theo cơ cấu tổ chức hiện nay (sau sắp xếp 2025)";
		assertThat(view.notes.isVisible()).isTrue();
		assertThat(view.notes.getElement().getTextRecursively()).contains(note);
		// the bloc as it was (39 in 2021), its successor 79-DUB restated: 74-KCQDN-001's 12 + 15 (-002 ended
		// without successor; 79-DCQD, the other successor, has no unit and no committee-level admissions)
		assertThat(svg(view)).contains(note).contains(BINH_DUONG).contains("Đảng bộ Ủy ban nhân dân Thành phố (quy đổi)");
		assertThat(values(view, "74-KCQDN", Role.AS_THEN)).containsExactly("2021=39.00");
		assertThat(values(view, "79-DUB", Role.RESTATED)).containsExactly("2021=27.00");
		assertThat(view.drawn().lines()).extracting(TrendChart.Line::code).containsExactly("74-KCQDN", "79-DUB");
	}

	@Test
	void todays_committee_shows_its_predecessor_as_a_dashed_line_with_a_note() {
		TrendsView view = open("xu-huong?committee=79-DUB&metric=admissions&structure=predecessors");

		assertThat(svg(view)).contains(BINH_DUONG + " (tiền thân)")
			.contains("Nét đứt: đảng bộ tiền thân, số liệu theo cơ cấu tổ chức tại thời điểm đó")
			.contains("stroke-dasharray:7,5");
		assertThat(values(view, "79-DUB", Role.AS_THEN)).isEmpty();
		assertThat(values(view, "74-KCQDN", Role.PREDECESSOR)).containsExactly("2021=39.00");
		assertThat(view.notes.getElement().getTextRecursively()).contains("Nét đứt");
	}

	@Test
	void without_parameters_the_first_committee_and_admissions_are_shown() {
		TrendsView view = navigate(TrendsView.class);

		assertThat(view.committees.getValue()).containsExactly(view.committees.getListDataView().getItem(0));
		assertThat(view.metric.getValue().code()).isEqualTo("admissions");
		assertThat(view.filter().options()).isEqualTo(vn.blocstats.dashboard.chart.TrendChart.Options.DEFAULT);
		assertThat(view.getElement().getTextRecursively()).contains("Xu hướng");
	}

	@Test
	void switching_to_english_shows_english_labels_and_numbers_and_back_to_vietnamese() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=members_total");
		assertThat(svg(view)).contains(">1.200<");

		test(languageSelect()).selectItem("English");

		// the page is drawn again in English (the view may be a new one after the reload)
		view = (TrendsView) getCurrentView();
		assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
		assertThat(view.metric.getLabel()).isEqualTo("Metric");
		assertThat(view.grain.getLabel()).isEqualTo("Periods");
		assertThat(svg(view)).contains("Party members").contains("By year").contains(">1,200<").doesNotContain(">1.200<");

		test(languageSelect()).selectItem("Tiếng Việt");

		view = (TrendsView) getCurrentView();
		assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("vi", "VN"));
		assertThat(view.metric.getLabel()).isEqualTo("Chỉ tiêu");
		assertThat(svg(view)).contains("Theo năm").contains(">1.200<");
	}

	@SuppressWarnings("unchecked")
	private Select<Locale> languageSelect() {
		return $(Select.class).withClassName("app-language").single();
	}

	/** Opens a URL as the browser's address bar would (path and query). */
	private TrendsView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
		return (TrendsView) getCurrentView();
	}

	/** The values of one line of the chart as drawn: "2021=39.00", "H1/2021=20.00". */
	private static List<String> values(TrendsView view, String code, Role role) {
		return view.drawn().lines().stream().filter(l -> l.code().equals(code) && l.role() == role).findFirst().orElseThrow()
			.values().stream()
			.map(v -> (v.half() == 0 ? "" : "H" + v.half() + "/") + v.year() + "=" + String.format(Locale.ROOT, "%.2f", v.value()))
			.toList();
	}

	/** The filter of the URL the browser shows now. */
	private static TrendFilter filterAt() {
		return TrendFilter.of(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters());
	}

	private static String svg(TrendsView view) {
		return view.chart.getElement().getProperty("innerHTML");
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}
}
