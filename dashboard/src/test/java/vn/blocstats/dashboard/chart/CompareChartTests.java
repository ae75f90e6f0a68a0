package vn.blocstats.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.blocstats.dashboard.chart.CompareChart.Item;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.figures.FigureQueries.Unit;
import vn.blocstats.warehouse.metric.Metric;

/** The compare and targets charts from hand-made figures: their tables, and the interactive SVG's hit areas. */
class CompareChartTests {

	static final Locale VI = Locale.of("vi", "VN");
	static final Metric ADMISSIONS = new Metric("admissions", "Kết nạp đảng viên mới", "New members admitted", Metric.Kind.FLOW,
			"đảng viên");
	static final Metric MEMBERS = new Metric("members_total", "Tổng số đảng viên", "Party members", Metric.Kind.STOCK, "đảng viên");

	static CompareChart.Request request(Metric metric) {
		return new CompareChart.Request(List.of(new Unit("a", "Đảng bộ A", "dang_bo_co_so", "k"),
				new Unit("b", "Đảng bộ B", "dang_bo_co_so", "k"), new Unit("c", "Chi bộ C", "chi_bo_co_so", "k")), "k",
				CompareChart.Window.ofYear(2021), metric, "Các đơn vị trực thuộc K", VI, ChartTheme.SCREEN);
	}

	/** A: 30 admitted of 1.200 members; B: 90 of 2.000; C: no figure. */
	static final CompareChart.Data DATA = new CompareChart.Data(
			List.of(new Item("b", "Đảng bộ B", 90.0, 2000.0), new Item("a", "Đảng bộ A", 30.0, 1200.0), new Item("c", "Chi bộ C", null, 40.0)));

	@Test
	void the_table_has_each_units_share_of_the_total_and_its_admissions_per_100_members() {
		ChartDocument doc = CompareChart.document(DATA, request(ADMISSIONS));

		assertThat(doc.table().columns()).extracting(DataTable.Column::label)
			.containsExactly("Mã", "Đơn vị", "Kết nạp đảng viên mới", "Tỷ trọng trong tổng", "Trên 100 đảng viên (cuối kỳ)");
		// 90 / 120 = 75 %, 30 / 120 = 25 %; 100 * 90 / 2000 = 4,5 and 100 * 30 / 1200 = 2,5
		assertThat(doc.table().rows()).containsExactly(List.of("b", "Đảng bộ B", 90.0, 75.0, 4.5), List.of("a", "Đảng bộ A", 30.0, 25.0, 2.5),
				java.util.Arrays.asList("c", "Chi bộ C", null, null, null));
		assertThat(doc.caption()).isEqualTo("Kết nạp đảng viên mới, năm 2021");
		assertThat(doc.source()).isEqualTo("Các đơn vị trực thuộc K");
	}

	@Test
	void a_stock_has_a_share_of_the_total_but_no_figure_per_100_members() {
		ChartDocument doc = CompareChart.document(DATA, request(MEMBERS));

		assertThat(doc.table().columns()).extracting(DataTable.Column::label)
			.containsExactly("Mã", "Đơn vị", "Tổng số đảng viên", "Tỷ trọng trong tổng");
	}

	@Test
	void every_bar_and_unit_name_of_the_svg_carries_its_units_code_and_a_tooltip() throws Exception {
		JFreeChart chart = CompareChart.create(DATA, request(ADMISSIONS));
		String svg = ChartRenderer.interactiveSvg(chart, 960, CompareChart.height(DATA));

		Document doc = parse(svg);
		assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 960 320");
		NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
		List<String> bars = new java.util.ArrayList<>();
		for (int i = 0; i < rects.getLength(); i++) {
			Element r = (Element) rects.item(i);
			if (r.hasAttribute("data-key")) {
				bars.add(r.getAttribute("data-key") + " → " + r.getTextContent());
			}
		}
		// a bar and a category label for each unit with a figure; C has none and no bar
		assertThat(bars).contains("b → Đảng bộ B · năm 2021: 90", "a → Đảng bộ A · năm 2021: 30", "b → Đảng bộ B", "a → Đảng bộ A")
			.noneMatch(b -> b.startsWith("c "));
	}

	@Test
	void the_targets_chart_draws_each_target_with_a_figure_and_lists_every_target_with_its_result() throws Exception {
		List<Attainment> a = List.of(
				new Attainment("74-K", "2015-2020", "admissions", "tong_nhiem_ky", "nghi_quyet", 2000, 2096.0, 104.8, true),
				new Attainment("74-K", "2015-2020", "admissions", "tong_nhiem_ky", "tinh_uy_giao", 2202, 2096.0, 95.2, false),
				new Attainment("74-K", "2015-2020", "recognitions", "hang_nam", "nghi_quyet", 400, 400.0, 100.0, true),
				new Attainment("74-K", "2015-2020", "share_orgs_good_or_better", "ty_le_toi_thieu", "nghi_quyet", 90, null, null, null));
		TargetChart.Data data = new TargetChart.Data(a, catalog(), "Đảng bộ Khối K");
		TargetChart.Request request = new TargetChart.Request("74-K", "2015-2020", VI, ChartTheme.SCREEN);

		ChartDocument doc = TargetChart.document(data, request);
		assertThat(doc.table().rows()).extracting(r -> r.get(1) + " | " + r.get(2) + " | " + r.get(3) + " | " + r.get(7))
			.containsExactly("Kết nạp đảng viên mới | cả nhiệm kỳ | nghị quyết | vượt",
					"Kết nạp đảng viên mới | cả nhiệm kỳ | Tỉnh ủy giao | không đạt",
					"Công nhận đảng viên chính thức | mỗi năm | nghị quyết | đạt",
					"Tỷ lệ TCCSĐ hoàn thành tốt nhiệm vụ trở lên | tỷ lệ tối thiểu | nghị quyết | chưa có số liệu");
		String svg = ChartRenderer.interactiveSvg(doc.chart(), 960, TargetChart.height(data));
		assertThat(svg).contains("Kết nạp đảng viên mới (cả nhiệm kỳ, nghị quyết): 104,8% · vượt")
			.contains("data-key=\"admissions|tong_nhiem_ky|tinh_uy_giao\"")
			.doesNotContain("data-key=\"share_orgs_good_or_better|");
	}

	static vn.blocstats.warehouse.metric.MetricCatalog catalog() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("catalog");
		try (vn.blocstats.warehouse.Warehouse w = vn.blocstats.warehouse.Warehouse.open(dir.resolve("c.duckdb"));
				org.duckdb.DuckDBConnection c = w.connection()) {
			return vn.blocstats.warehouse.metric.MetricCatalog.load(c);
		}
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
