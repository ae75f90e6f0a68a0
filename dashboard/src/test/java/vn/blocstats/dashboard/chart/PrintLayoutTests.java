package vn.blocstats.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ChartSize;

/**
 * Every chart of every screen (trend, also with its value axis near the data, compare, targets, the
 * pack's term trend of a flow and of a stock), exported at every size (text 16 × 10 cm, half,
 * landscape, the screen's SVG), for the largest and the smallest sample
 * committee (Nam Định, 159 grassroots organisations; Thái Bình, 75) — and Bình Dương's targets, one
 * of them at 95,2 % —, in Vietnamese and in English, rendered to SVG with every text measured
 * ({@link TextBoxes}): no text over another, none across the canvas's edge, none over a data marker
 * or struck by a data line or the targets' 100 % line, no lone word under a title's or subtitle's
 * line, and the plot a fair share of the page.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class PrintLayoutTests {

	/** Ink may touch by a fraction of a unit (accents of one line and descenders of the next). */
	static final double TOLERANCE = 0.75;

	@Autowired
	List<ChartSource> sources;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	static Stream<Arguments> charts() {
		Map<String, ChartSize> sizes = new java.util.LinkedHashMap<>();
		sizes.put("text", ChartSize.TEXT);
		sizes.put("half", ChartSize.HALF);
		sizes.put("landscape", ChartSize.LANDSCAPE);
		sizes.put("screen", ChartExports.SCREEN_SVG);
		List<Arguments> out = new ArrayList<>();
		for (String committee : List.of("36-KCQDN", "34-KCQ", "74-KCQDN")) {
			Map<String, String> filters = new java.util.LinkedHashMap<>();
			if ("74-KCQDN".equals(committee)) {
				// Bình Dương's targets: 95,2 % of one, its value label just short of the 100 % line
				filters.put("targets", "committee=" + committee + "&term=2015-2020");
				add(out, filters, sizes);
				continue;
			}
			filters.put("trend", "committee=" + committee + "&metric=admissions");
			filters.put("compare", "node=" + committee + "&metric=admissions&term=2015-2020");
			filters.put("targets", "committee=" + committee + "&term=2015-2020");
			filters.put("term-trend", "committee=" + committee + "&term=2015-2020&metric=admissions");
			// a stock far from zero, by half-year: its last year's tick at the plot's right edge; and on an axis near the data
			filters.put("term-trend grassroots", "committee=" + committee + "&term=2015-2020&metric=org_grassroots");
			filters.put("trend axis=data", "committee=" + committee + "&metric=org_grassroots&period=half&axis=data");
			// two committees: a legend of two long names, a subtitle naming both
			String other = "36-KCQDN".equals(committee) ? "34-KCQ" : "36-KCQDN";
			filters.put("trend two", "committee=" + committee + "&committee=" + other + "&metric=admissions");
			add(out, filters, sizes);
		}
		return out.stream();
	}

	private static void add(List<Arguments> out, Map<String, String> filters, Map<String, ChartSize> sizes) {
		for (var f : filters.entrySet()) {
			for (var s : sizes.entrySet()) {
				for (String lang : List.of("vi", "en")) {
					out.add(Arguments.of(f.getKey(), f.getValue(), s.getKey(), s.getValue(), lang));
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}?{1} at {2}, {4}")
	@MethodSource("charts")
	void no_text_is_printed_over_another_text_the_edge_or_the_data(String chart, String query, String sizeName, ChartSize size,
			String lang) throws Exception {
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi", "VN");
		// "trend axis=data": the source trend, the variant named after it
		ChartSource source = sources.stream().collect(Collectors.toMap(ChartSource::name, Function.identity())).get(chart.split(" ")[0]);
		ChartDocument document = source.document(filters(query), locale, ChartTheme.DOCUMENT);
		int width = size.widthPx(96);
		int height = size.heightPx(96);
		ChartDocument drawn = ChartExports.drawn(document, size);

		TextBoxes boxes = TextBoxes.of(drawn.chart(), width, height);

		assertThat(boxes.texts).as("texts drawn").hasSizeGreaterThan(3);
		assertThat(boxes.overlaps(TOLERANCE)).as("texts over texts").isEmpty();
		assertThat(boxes.outside(TOLERANCE)).as("texts across the edge of %d × %d", width, height).isEmpty();
		assertThat(boxes.overData()).as("texts over the data").isEmpty();
		assertThat(boxes.orphans()).as("a lone word under a title's line").isEmpty();
		double share = boxes.dataArea.getWidth() * boxes.dataArea.getHeight() / (width * height);
		assertThat(share).as("the plot's share of the canvas").isGreaterThan("half".equals(sizeName) ? 0.25 : 0.35);
	}

	static Map<String, List<String>> filters(String query) {
		Map<String, List<String>> out = new java.util.LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] kv = pair.split("=", 2);
			out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
		}
		return out;
	}
}
