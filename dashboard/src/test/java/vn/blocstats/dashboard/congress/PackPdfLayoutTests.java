package vn.blocstats.dashboard.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;

/**
 * The congress pack as PDF ({@link PackPdf}) for every sample committee and every one of its terms,
 * in Vietnamese (and the largest committee's terms in English too), read back with PDFBox's text
 * extraction ({@link PdfTextBoxes}): no word printed over another — in a paragraph, a table cell or
 * a chart —, every word inside the margins of an administrative text (top 20 mm, right 15 mm, bottom
 * 20 mm, left 30 mm) and no heading or caption left alone at a page's foot. The charts' own layout
 * is {@code PrintLayoutTests}'s; here their text only has to stay inside the margins and clear of
 * the rest.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class PackPdfLayoutTests {

	static final float MM = 72f / 25.4f;
	/** Ink may touch by a fraction of a point (accents of one line and descenders of the line above). */
	static final double TOLERANCE = 1;

	@Autowired
	PackBuilder builder;

	@Autowired
	Warehouse warehouse;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	/** Every committee of the sample data × each of its terms, in Vietnamese; Nam Định's terms in English too. */
	@TestFactory
	Stream<DynamicTest> no_word_is_printed_over_another_or_outside_the_margins_and_no_heading_ends_a_page() throws Exception {
		FigureQueries q = new FigureQueries(warehouse);
		List<DynamicTest> out = new ArrayList<>();
		for (FigureQueries.Committee c : q.committees()) {
			for (FigureQueries.Term t : q.terms(c.code())) {
				for (String lang : "36-KCQDN".equals(c.code()) ? List.of("vi", "en") : List.of("vi")) {
					out.add(DynamicTest.dynamicTest(c.code() + " " + t.label() + " " + lang, () -> pack(c.code(), t.label(), lang)));
				}
			}
		}
		assertThat(out).as("packs").hasSizeGreaterThan(5);
		return out.stream();
	}

	private void pack(String committee, String term, String lang) throws Exception {
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi", "VN");
		byte[] pdf = PackPdf.write(builder.build(committee, term, locale));

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertLaidOut(PdfTextBoxes.of(doc), locale);
		}
	}

	/** The assertions on a pack's pages, also for the DOCX as LibreOffice prints it ({@code CongressPackTests}). */
	static void assertLaidOut(PdfTextBoxes boxes, Locale locale) {
		assertThat(boxes.words).as("words printed").hasSizeGreaterThan(50);
		assertThat(boxes.overlaps(TOLERANCE)).as("words over words").isEmpty();
		assertThat(boxes.outside(20 * MM, 15 * MM, 20 * MM, 30 * MM, TOLERANCE)).as("words outside the margins").isEmpty();
		String table = Texts.get(locale, "pack.table", "1");
		assertThat(boxes.headingsAtFoot(List.of(Texts.get(locale, "export.caption.word"), table.substring(0, table.indexOf(' ')))))
			.as("headings and captions alone at a page's foot").isEmpty();
	}
}
