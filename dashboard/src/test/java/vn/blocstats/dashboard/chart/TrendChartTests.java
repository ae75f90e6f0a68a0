package vn.blocstats.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.duckdb.DuckDBConnection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.TrendQueries;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/** The trend chart, from figures imported into a real warehouse, rendered to SVG and PNG. */
class TrendChartTests {

	@TempDir
	static Path dir;

	static Path db;

	@BeforeAll
	static void importFixtures() throws Exception {
		db = dir.resolve("w.duckdb");
		// Half-year admissions of one grassroots unit, 2016–2020 (600 each): years of 1.200 across the congress of 2020.
		StringBuilder csv = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n");
		for (int year = 2016; year <= 2020; year++) {
			csv.append("74-KCQDN-001,6 tháng đầu năm ").append(year).append(",Kết nạp đảng viên mới,600\n");
			csv.append("74-KCQDN-001,6 tháng cuối năm ").append(year).append(",Kết nạp đảng viên mới,600\n");
		}
		// Staffing reductions of 2019 sent only as their two parts (seed 000: 29 + 130 = 159)
		csv.append("74-KCQDN-001,năm 2019,\"Tinh giản biên chế — cơ quan Đảng, đoàn thể\",29\n");
		csv.append("74-KCQDN-001,năm 2019,staff_reductions_state,130\n");
		Path more = dir.resolve("more.csv");
		java.nio.file.Files.writeString(more, csv);
		PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", db.toString(),
				"../etl/src/test/resources/fixtures/import/good", more.toString() }, quiet, quiet);
		assertThat(code).isZero();
	}

	JFreeChart admissionsChart(ChartTheme theme, Locale locale) throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			Metric admissions = MetricCatalog.load(c).byCode("admissions").orElseThrow();
			TrendChart.Request request = new TrendChart.Request(List.of("74-KCQDN"), admissions, locale, theme);
			return TrendChart.create(TrendChart.query(new FigureQueries(w), request), request);
		}
	}

	@Test
	void every_legend_entry_has_a_line_a_committee_without_figures_stays_in_the_subtitle() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			Metric admissions = MetricCatalog.load(c).byCode("admissions").orElseThrow();
			Locale vi = Locale.of("vi", "VN");
			List<TrendQueries.PeriodValue> values = List.of(new TrendQueries.PeriodValue(2021, 0, 39, false));
			TrendChart.Data data = new TrendChart.Data(List.of(
					new TrendChart.Line("79-DUB", "Đảng bộ Ủy ban nhân dân Thành phố", TrendChart.Role.AS_THEN, List.of()),
					new TrendChart.Line("74-KCQDN", "Đảng bộ Khối Bình Dương", TrendChart.Role.PREDECESSOR, values)), List.of());
			TrendChart.Request request = new TrendChart.Request(List.of("79-DUB"), admissions, vi, ChartTheme.DOCUMENT,
					new TrendChart.Options(TrendQueries.Grain.YEAR, false, TrendChart.Structure.PREDECESSORS, TrendChart.AxisStart.ZERO));
			JFreeChart chart = TrendChart.create(data, request);

			org.jfree.chart.LegendItemCollection legend = chart.getXYPlot().getLegendItems();
			assertThat(legend.getItemCount()).isEqualTo(1);
			assertThat(legend.get(0).getLabel()).contains("Đảng bộ Khối Bình Dương");
		}
	}

	@Test
	void the_value_axis_starts_at_zero_by_default_and_near_the_data_when_asked_saying_so() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			Metric grassroots = MetricCatalog.load(c).byCode("org_grassroots").orElseThrow();
			Locale vi = Locale.of("vi", "VN");
			// 158 to 161 grassroots organisations a year: far from zero
			List<TrendQueries.PeriodValue> values = List.of(new TrendQueries.PeriodValue(2016, 0, 161, false),
					new TrendQueries.PeriodValue(2017, 0, 160, false), new TrendQueries.PeriodValue(2018, 0, 158, false),
					new TrendQueries.PeriodValue(2019, 0, 159, false));
			TrendChart.Data data = new TrendChart.Data(
					List.of(new TrendChart.Line("36-KCQDN", "Đảng bộ Khối", TrendChart.Role.AS_THEN, values)), List.of());
			TrendChart.Request zero = new TrendChart.Request(List.of("36-KCQDN"), grassroots, vi, ChartTheme.DOCUMENT);
			TrendChart.Request near = new TrendChart.Request(List.of("36-KCQDN"), grassroots, vi, ChartTheme.DOCUMENT,
					new TrendChart.Options(TrendQueries.Grain.YEAR, false, TrendChart.Structure.THEN, TrendChart.AxisStart.DATA));
			ChartDocument fromZero = TrendChart.document(data, zero);
			ChartDocument nearData = TrendChart.document(data, near);
			ChartRenderer.png(fromZero.chart(), 605, 378, 96);
			ChartRenderer.png(nearData.chart(), 605, 378, 96);

			assertThat(fromZero.chart().getXYPlot().getRangeAxis().getLowerBound()).isZero();
			// near the data, over a range of at least a tenth of the values: a change of 3 is not drawn as a cliff
			assertThat(nearData.chart().getXYPlot().getRangeAxis().getLowerBound()).isBetween(100.0, 158.0);
			assertThat(nearData.chart().getXYPlot().getRangeAxis().getRange().getLength()).isGreaterThanOrEqualTo(16.1);
			assertThat(fromZero.caption()).doesNotContain("không bắt đầu từ 0");
			assertThat(nearData.caption()).endsWith("Trục dọc không bắt đầu từ 0");
			assertThat(nearData.chart().getSubtitles()).anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle tt
					&& tt.getText().equals("Trục dọc không bắt đầu từ 0"));
		}
	}

	@Test
	void a_total_sent_only_as_its_parts_is_drawn_and_the_chart_says_it_was_computed_from_them() throws Exception {
		try (Warehouse w = Warehouse.open(db); DuckDBConnection c = w.connection()) {
			MetricCatalog catalog = MetricCatalog.load(c);
			Metric reductions = catalog.byCode("staff_reductions").orElseThrow();
			TrendChart.Request request = new TrendChart.Request(List.of("74-KCQDN"), reductions, Locale.of("vi", "VN"), ChartTheme.SCREEN);
			ChartDocument doc = TrendChart.document(TrendChart.query(new FigureQueries(w), request), request);

			assertThat(doc.table().rows()).containsExactly(List.of("2019", 159.0));
			assertThat(doc.caption()).isEqualTo("Tinh giản biên chế, 2019–2019. Có số liệu tính từ các thành phần "
					+ "(đơn vị báo cáo các thành phần, không báo cáo tổng số)");

			Metric admissions = catalog.byCode("admissions").orElseThrow();
			TrendChart.Request plain = new TrendChart.Request(List.of("74-KCQDN"), admissions, Locale.of("vi", "VN"), ChartTheme.SCREEN);
			assertThat(TrendChart.document(TrendChart.query(new FigureQueries(w), plain), plain).caption())
				.doesNotContain("thành phần");

			CompareChart.Request compare = new CompareChart.Request(List.of(new FigureQueries.Unit("74-KCQDN-001", "Đơn vị 1",
					"dang_bo_co_so", "74-KCQDN")), "74-KCQDN", CompareChart.Window.ofYear(2019), reductions, "Các đơn vị",
					Locale.of("vi", "VN"), ChartTheme.SCREEN);
			ChartDocument units = CompareChart.document(CompareChart.query(new FigureQueries(w), compare), compare);
			assertThat(units.table().rows().getFirst().get(2)).isEqualTo(159.0);
			assertThat(units.caption()).endsWith("Có số liệu tính từ các thành phần (đơn vị báo cáo các thành phần, không báo cáo tổng số)");
		}
	}

	@Test
	void the_svg_is_well_formed_and_carries_its_vietnamese_text_in_the_bundled_font() throws Exception {
		byte[] svg = ChartRenderer.svg(admissionsChart(ChartTheme.SCREEN, Locale.of("vi", "VN")), 900, 500);

		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
		String text = new String(svg, StandardCharsets.UTF_8);
		assertThat(text).contains("Kết nạp đảng viên mới")
			.contains("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương")
			.contains("Nhiệm kỳ 2020–2025")
			.contains("Đại hội VII (14/7/2020)")
			.contains("Nhiệm kỳ 2015–2020")
			.contains(">2016<").contains(">2021<")
			.contains(">1.200<")
			.contains("Liberation Sans");
	}

	@Test
	void the_document_variant_uses_the_serif_font_and_black_text() throws Exception {
		JFreeChart chart = admissionsChart(ChartTheme.DOCUMENT, Locale.of("vi", "VN"));
		assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(ChartFonts.SERIF);
		assertThat(chart.getTitle().getPaint()).isEqualTo(java.awt.Color.BLACK);
		assertThat(((XYPlot) chart.getPlot()).getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
		assertThat(new String(ChartRenderer.svg(chart, 600, 400), StandardCharsets.UTF_8)).contains("Liberation Serif");
	}

	@Test
	void english_texts_come_from_the_english_bundle() throws Exception {
		String text = new String(ChartRenderer.svg(admissionsChart(ChartTheme.SCREEN, Locale.ENGLISH), 900, 500),
				StandardCharsets.UTF_8);
		assertThat(text).contains("Term 2015–2020").contains("Congress VII (14/7/2020)").contains("Year").contains(">1,200<");
		// the unit of the axis in English too
		assertThat(((XYPlot) admissionsChart(ChartTheme.SCREEN, Locale.ENGLISH).getPlot()).getRangeAxis().getLabel()).isEqualTo("members");
	}

	@Test
	void the_png_has_the_requested_pixel_size_and_records_its_resolution() throws Exception {
		// 16 cm wide at 300 dpi: the text width of an A4 page in a congress document.
		int width = (int) Math.round(16 / 2.54 * 300);
		byte[] png = ChartRenderer.png(admissionsChart(ChartTheme.DOCUMENT, Locale.of("vi", "VN")), width, 1100, 300);

		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			assertThat(reader.getWidth(0)).isEqualTo(1890);
			assertThat(reader.getHeight(0)).isEqualTo(1100);
			IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
			IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
			assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
			assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
		}
	}

	@Test
	void years_on_the_axis_have_no_thousands_separator() {
		assertThat(TrendChart.yearPosition(java.time.LocalDate.of(2020, 7, 14))).isBetween(2020.0, 2020.1);
	}
}
