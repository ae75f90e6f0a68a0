package vn.blocstats.dashboard.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
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
 * the rest. The same for the DOCX of every committee and term as LibreOffice prints it (converted in
 * one {@code soffice} run), where also no number, percent or header word of a table may break.
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

	@TempDir
	static Path dir;

	/** Every committee × term as DOCX, converted by LibreOffice to PDF in one run, laid out as the PDF must be. */
	@TestFactory
	Stream<DynamicTest> the_docx_of_every_committee_and_term_prints_the_same_way_in_libreoffice() throws Exception {
		if (!CongressPackTests.onPath("soffice")) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("soffice is needed in CI: .ci/run installs libreoffice-writer-nogui and fonts-liberation2");
			}
			Assumptions.abort("LibreOffice (soffice) is not installed here");
		}
		FigureQueries q = new FigureQueries(warehouse);
		Path docx = Files.createDirectories(dir.resolve("docx"));
		List<Path> files = new ArrayList<>();
		for (FigureQueries.Committee c : q.committees()) {
			for (FigureQueries.Term t : q.terms(c.code())) {
				Path f = docx.resolve(c.code() + "_" + t.label() + ".docx");
				Files.write(f, PackDocx.write(builder.build(c.code(), t.label(), Locale.of("vi", "VN"))));
				files.add(f);
			}
		}
		Path pdf = Files.createDirectories(dir.resolve("pdf"));
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", pdf.toString()));
		command.addAll(files.stream().map(Path::toString).toList());
		CongressPackTests.exec(command, 900);
		assertThat(files).as("packs").hasSizeGreaterThan(5);
		return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
			Path converted = pdf.resolve(f.getFileName().toString().replace(".docx", ".pdf"));
			try (PDDocument doc = Loader.loadPDF(converted.toFile())) {
				PdfTextBoxes boxes = PdfTextBoxes.of(doc);
				assertLaidOut(boxes, Locale.of("vi", "VN"));
				assertTableWordsWhole(boxes, f);
			}
		}));
	}

	/** No number, percent or header word of the DOCX's tables broken across two lines in the printed pages ("Kế hoạc|h", "106,7|%"). */
	static void assertTableWordsWhole(PdfTextBoxes boxes, Path docx) throws java.io.IOException {
		java.util.Set<String> printed = new java.util.HashSet<>(boxes.words.stream().map(PdfTextBoxes.Word::text).toList());
		try (org.apache.poi.xwpf.usermodel.XWPFDocument source = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
			List<String> whole = new ArrayList<>();
			for (var table : source.getTables()) {
				for (var row : table.getRows()) {
					for (var cell : row.getTableCells()) {
						String text = cell.getText().strip();
						if (row == table.getRow(0)) {
							whole.addAll(List.of(text.split("\\s+")));
						}
						else if (text.matches("[\\d.,%\\u00A0]+")) {
							whole.add(text);
						}
					}
				}
			}
			assertThat(whole).as("words of the tables").hasSizeGreaterThan(20);
			assertThat(whole).as("table words printed whole").allSatisfy(w -> assertThat(printed).contains(w));
		}
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
		// a demo pack's notice is in the margin by design: the header (DOCX) or the foot (PDF) of every page
		java.util.Set<String> notice = new java.util.HashSet<>(List.of(Texts.get(locale, "demo.notice").split(" ")));
		assertThat(boxes.outside(20 * MM, 15 * MM, 20 * MM, 30 * MM, TOLERANCE).stream().filter(w -> !notice.contains(w.text())).toList())
			.as("words outside the margins").isEmpty();
		String table = Texts.get(locale, "pack.table", "1");
		assertThat(boxes.headingsAtFoot(List.of(Texts.get(locale, "export.caption.word"), table.substring(0, table.indexOf(' ')))))
			.as("headings and captions alone at a page's foot").isEmpty();
	}
}
