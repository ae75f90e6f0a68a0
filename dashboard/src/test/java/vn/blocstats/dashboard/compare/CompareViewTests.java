package vn.blocstats.dashboard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import tools.jackson.databind.node.ObjectNode;
import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;

/** The compare screen and its drill-down over the whole sample data, without a browser. */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = CompareView.class)
@WithMockUser(username = "thu", roles = "VIEWER")
class CompareViewTests extends SpringBrowserlessTest {

	static final String BINH_DUONG_BLOC = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương";

	@Autowired
	CompareChartSource source;

	@Autowired
	UnitTrendChartSource unitTrend;

	@Autowired
	Warehouse warehouse;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	@Test
	void the_five_blocs_side_by_side_for_2015_2020_with_their_shares_and_the_chart_above() {
		CompareView view = open("so-sanh?metric=admissions&term=2015-2020");

		// sample-data: 2.096 + 2.003 + 1.612 + 1.189 + 1.028 = 7.928; 2.096 / 7.928 = 26,44 %
		assertThat(column(view, 0)).containsExactly("74-KCQDN", "36-KCQDN", "68-KCQ", "34-KCQ", "56-KCQ");
		assertThat(row(view, 0)).startsWith("74-KCQDN | " + BINH_DUONG_BLOC + " | 2.096 | 26,4% | ");
		assertThat(view.chart.getElement().getProperty("innerHTML")).startsWith("<svg")
			// (Batik breaks the tags, not the texts: ">text</title")
			.contains(">" + BINH_DUONG_BLOC + " · nhiệm kỳ 2015–2020: 2.096</title")
			.contains("data-key=\"74-KCQDN\"");
	}

	@Test
	void the_chart_is_offered_for_download_with_the_filters_shown() {
		CompareView view = open("so-sanh?metric=admissions&term=2015-2020");

		assertThat(view.exports.links()).extracting(a -> a.getHref())
			.allSatisfy(h -> assertThat(h).startsWith("charts/compare.").contains("metric=admissions").contains("term=2015-2020"))
			.hasSize(6);
	}

	@Test
	void the_grid_sorts_by_any_column() {
		CompareView view = open("so-sanh?metric=admissions&term=2015-2020");

		test(view.grid).sortByColumn(2, SortDirection.ASCENDING);
		assertThat(column(view, 2)).containsExactly("1.028", "1.189", "1.612", "2.003", "2.096");
		// by name, in Vietnamese order: "… các cơ quan tỉnh Khánh Hòa, Lâm Đồng, Thái Bình" before "… các cơ quan và doanh nghiệp …"
		test(view.grid).sortByColumn(1, SortDirection.ASCENDING);
		assertThat(column(view, 0)).containsExactly("56-KCQ", "68-KCQ", "34-KCQ", "74-KCQDN", "36-KCQDN");
	}

	@Test
	void the_committees_can_be_narrowed_and_the_url_keeps_them() {
		CompareView view = open("so-sanh?committee=68-KCQ&committee=74-KCQDN&metric=admissions&term=2015-2020");

		assertThat(column(view, 0)).containsExactly("74-KCQDN", "68-KCQ");
		test(view.period).selectItem("Năm 2021");
		assertThat(location()).isEqualTo("so-sanh?committee=68-KCQ&committee=74-KCQDN&metric=admissions&year=2021");
	}

	@Test
	void a_row_click_goes_from_the_province_to_its_committee_and_then_to_a_unit() throws Exception {
		CompareView view = open("so-sanh?node=74&metric=admissions&term=2015-2020");
		assertThat(column(view, 0)).containsExactly("74-KCQDN");

		test(view.grid).clickRow(0);

		assertThat(location()).isEqualTo("so-sanh?node=74-KCQDN&metric=admissions&term=2015-2020");
		// the units' figures over the committee's term add up to its 2.096 (its cumulative report is their running sum)
		List<Double> values = view.grid.getGenericDataView().getItems().map(r -> (Double) r.get(2)).filter(v -> v != null).toList();
		assertThat(values.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(2096.0);
		assertThat(crumbs(view)).containsExactly("Các Đảng bộ Khối", "›", "Tỉnh Bình Dương", "›", BINH_DUONG_BLOC);

		String unit = column(view, 0).getFirst();
		test(view.grid).clickRow(0);

		assertThat(location()).isEqualTo("so-sanh?node=" + unit + "&metric=admissions&term=2015-2020");
		assertThat(crumbs(view)).startsWith("Các Đảng bộ Khối", "›", "Tỉnh Bình Dương", "›", BINH_DUONG_BLOC, "›");
		// in the bands of its committee's terms
		assertThat(view.seriesChart.getElement().getProperty("innerHTML")).startsWith("<svg").contains("Nhiệm kỳ 2015–2020")
			.contains("Đại hội VI (26/6/2015)");
		// the unit's own year series: 2010 to 2025, its figures as the warehouse has them
		FigureQueries.Series series = new FigureQueries(warehouse).yearSeries(unit, "admissions");
		assertThat(view.seriesGrid.getGenericDataView().getItems().count()).isEqualTo(series.values().size());
		assertThat(series.values()).hasSizeGreaterThan(10);
		// the download is the chart on screen: the unit's series, not a comparison the screen does not show
		assertThat(view.exports.isVisible()).isFalse();
		assertThat(view.seriesExports.isVisible()).isTrue();
		assertThat(view.seriesExports.links()).extracting(a -> a.getHref())
			.allSatisfy(href -> assertThat(href).startsWith("charts/unit-trend.").contains("node=" + unit));
		ChartDocument own = unitTrend.document(Map.of("node", List.of(unit), "metric", List.of("admissions"), "term", List.of("2015-2020")),
				Locale.of("vi", "VN"), ChartTheme.SCREEN);
		assertThat(own.table().rows()).hasSize(series.values().size());
		assertThat(view.seriesChart.getElement().getProperty("innerHTML")).contains(own.caption().split(",")[0]);
	}

	/**
	 * Bình Dương's units passed to Hồ Chí Minh City's committee at the end of 2025 (the reorganisation):
	 * in 2020–2025 they are seen as they were at the end of that term, under Bình Dương's bloc, whose
	 * congress closed it — not refused because Hồ Chí Minh City's committee has no term 2020–2025.
	 */
	@Test
	void a_unit_of_a_bloc_merged_in_2025_is_drilled_down_to_in_its_blocs_last_term() throws Exception {
		CompareView view = open("so-sanh?node=74-KCQDN&metric=admissions&term=2020-2025");
		String unit = column(view, 0).getFirst();

		test(view.grid).clickRow(0);

		assertThat(location()).isEqualTo("so-sanh?node=" + unit + "&metric=admissions&term=2020-2025");
		assertThat(crumbs(view)).startsWith("Các Đảng bộ Khối", "›", "Tỉnh Bình Dương", "›", BINH_DUONG_BLOC, "›");
		assertThat(view.seriesChart.getElement().getProperty("innerHTML")).startsWith("<svg").contains("Nhiệm kỳ 2020–2025");
		ChartDocument own = unitTrend.document(Map.of("node", List.of(unit), "metric", List.of("admissions"), "term", List.of("2020-2025")),
				Locale.of("vi", "VN"), ChartTheme.SCREEN);
		assertThat(own.table().rows()).isNotEmpty();
	}

	@Test
	void a_click_on_a_bar_of_the_chart_goes_down_to_its_unit_and_the_breadcrumbs_lead_back() {
		CompareView view = open("so-sanh?metric=admissions&year=2021");

		click(view, "74-KCQDN");

		assertThat(location()).isEqualTo("so-sanh?node=74-KCQDN&metric=admissions&year=2021");
		assertThat(view.heading.getText()).isEqualTo("Các đơn vị trực thuộc " + BINH_DUONG_BLOC);
		RouterLink province = view.breadcrumbs.getChildren().filter(RouterLink.class::isInstance).map(RouterLink.class::cast)
			.filter(l -> l.getText().equals("Tỉnh Bình Dương")).findFirst().orElseThrow();
		assertThat(province.getHref()).isEqualTo("so-sanh?node=74&metric=admissions&year=2021");

		// a key that is not on the chart (a hand-made event) goes nowhere
		click(view, "79-DUB");
		assertThat(location()).isEqualTo("so-sanh?node=74-KCQDN&metric=admissions&year=2021");
	}

	@Test
	void a_unit_compared_in_a_year_has_the_year_figure_of_the_warehouse() throws Exception {
		CompareView view = open("so-sanh?node=74-KCQDN&metric=members_total&year=2021");

		// the units' members on 31/12/2021 add up to the committee's
		double committee = new FigureQueries(warehouse).yearSeries("74-KCQDN", "members_total").values().stream()
			.filter(v -> v.year() == 2021).findFirst().orElseThrow().value();
		List<Double> values = view.grid.getGenericDataView().getItems().map(r -> (Double) r.get(2)).filter(v -> v != null).toList();
		assertThat(values.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(committee);
		// a stock: a share of the total, no per-100-members column
		assertThat(view.grid.getColumns()).hasSize(4);
	}

	@Test
	void the_compare_chart_over_http_has_the_screens_figures() throws Exception {
		ChartDocument doc = source.document(Map.of("node", List.of("74"), "metric", List.of("admissions"), "term", List.of("2015-2020")),
				Locale.of("vi", "VN"), ChartTheme.SCREEN);

		assertThat(doc.table().rows()).containsExactly(List.of("74-KCQDN", BINH_DUONG_BLOC, 2096.0, 100.0, doc.table().rows().getFirst().get(4)));
		assertThat(doc.caption()).isEqualTo("Kết nạp đảng viên mới, nhiệm kỳ 2015–2020");
	}

	private void click(CompareView view, String key) {
		ObjectNode data = JacksonUtils.createObjectNode();
		data.put(CompareView.CLICKED_KEY, key);
		view.chart.getElement().getNode().getFeature(ElementListenerMap.class)
			.fireEvent(new DomEvent(view.chart.getElement(), "click", data));
	}

	private static List<String> crumbs(CompareView view) {
		return view.breadcrumbs.getChildren()
			.map(c -> c instanceof RouterLink l ? l.getText() : ((Span) c).getText())
			.toList();
	}

	private List<String> column(CompareView view, int c) {
		GridTester<?, ?> grid = test(view.grid);
		return IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, c)).toList();
	}

	private String row(CompareView view, int r) {
		GridTester<?, ?> grid = test(view.grid);
		return String.join(" | ", IntStream.range(0, view.grid.getColumns().size()).mapToObj(c -> grid.getCellText(r, c)).toList());
	}

	private CompareView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
		return (CompareView) getCurrentView();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	@Test
	void an_unknown_node_is_said_so_and_a_year_without_figures_shows_no_rows() {
		CompareView view = open("so-sanh?node=KHONG-CO&metric=admissions");
		assertThat(view.message.getText()).isEqualTo("Không có đơn vị mã “KHONG-CO”");
		assertThat(view.grid.isVisible()).isFalse();

		view = open("so-sanh?metric=admissions&year=1999");
		assertThat(view.period.getValue()).isNull();
		assertThat(test(view.grid).size()).isZero();
	}
}
