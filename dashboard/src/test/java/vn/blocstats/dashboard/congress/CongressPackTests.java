package vn.blocstats.dashboard.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.export.PdfFontsInUse;

/**
 * {@code blocstats export pack}: the congress pack of Bình Dương's bloc committee, term 2015–2020,
 * from the sample data (imported once), as DOCX — opened with POI and converted by LibreOffice —
 * and as PDF.
 */
public class CongressPackTests {

	static final Pattern CAPTION = Pattern.compile("^Biểu đồ (\\d+)\\. (.+)$");

	@TempDir
	static Path dir;

	static String db;
	static Path docx;
	static Path pdf;
	static String docxSaid;

	@BeforeAll
	static void importSampleDataAndWriteThePack() {
		db = dir.resolve("w.duckdb").toString();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		// Exit code 3: the sample data's eight deliberately bad rows are rejected (into a demo warehouse: the sample data goes nowhere else).
		assertThat(BlocstatsApplication.run(new String[] { "import", "--demo", "--db", db, "../sample-data" }, quiet, quiet)).isEqualTo(3);
		docx = dir.resolve("bao-cao/so-lieu-dai-hoi.docx");
		pdf = dir.resolve("bao-cao/so-lieu-dai-hoi.pdf");
		docxSaid = run(0, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--out", docx.toString());
		run(0, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "2015–2020", "--out", pdf.toString());
	}

	static String run(int expectedCode, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = BlocstatsApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertThat(code).as(text).isEqualTo(expectedCode);
		return text;
	}

	/** The captions "Biểu đồ N. …" of a text's lines, in order. */
	static List<String> captions(List<String> lines) {
		return lines.stream().map(String::strip).filter(l -> CAPTION.matcher(l).matches()).toList();
	}

	@Test
	void the_docx_numbers_every_chart_in_order_each_with_its_picture_source_and_table() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
			List<String> captions = captions(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			int n = captions.size();
			assertThat(docxSaid).contains("(DOCX, " + n + " biểu đồ");
			// The targets and six key metrics of the term.
			assertThat(n).isEqualTo(7);
			for (int i = 0; i < n; i++) {
				Matcher m = CAPTION.matcher(captions.get(i));
				assertThat(m.matches()).isTrue();
				assertThat(Integer.parseInt(m.group(1))).isEqualTo(i + 1);
			}
			assertThat(captions.getFirst()).isEqualTo("Biểu đồ 1. Mức đạt các chỉ tiêu nghị quyết, nhiệm kỳ 2015–2020");
			assertThat(captions).contains("Biểu đồ 4. Kết nạp đảng viên mới, nhiệm kỳ 2015–2020");
			assertThat(doc.getAllPictures()).hasSize(n);
			assertThat(doc.getTables()).hasSize(n);
			assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith("Nguồn: ")).count()).isEqualTo(n);
			String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(text).contains("Đảng bộ Khối hoàn thành")
				.contains("- Kết nạp 2.096 đảng viên mới, đạt 104,8% chỉ tiêu nghị quyết và đạt 95,2% chỉ tiêu Tỉnh ủy giao.");
			// The admissions table: the half-years of the term (H2 2015 … H1 2020, the term's window), adding up
			// to its 2.096: 201 + 192 + 236 + 194 + 237 + 192 + 225 + 192 + 229 + 198.
			assertThat(doc.getTables().get(3).getText()).contains("Kỳ", "6 tháng cuối năm 2015", "6 tháng đầu năm 2020")
				.doesNotContain("6 tháng đầu năm 2015").doesNotContain("6 tháng cuối năm 2020");
			// A4, the margins of an administrative document, Times New Roman 14 pt in the body.
			var sect = doc.getDocument().getBody().getSectPr();
			assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
			CTPageMar mar = sect.getPgMar();
			assertThat(((java.math.BigInteger) mar.getLeft()).intValue()).isEqualTo(1701);
			assertThat(((java.math.BigInteger) mar.getTop()).intValue()).isEqualTo(1134);
			XWPFRun body = doc.getParagraphs().get(2).getRuns().getFirst();
			assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);
		}
	}

	@Test
	void libreoffice_converts_the_docx_and_its_first_page_is_not_blank() throws Exception {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!onPath("soffice") || !onPath("pdftoppm")) {
			if (ci) {
				fail("soffice and pdftoppm are needed in CI: .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2");
			}
			Assumptions.abort("LibreOffice (soffice) or poppler (pdftoppm) is not installed here");
		}
		Path out = dir.resolve("lo");
		Files.createDirectories(out);
		exec(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", out.toString(), docx.toString()), 300);
		Path converted = out.resolve("so-lieu-dai-hoi.pdf");
		assertThat(converted).exists();
		try (PDDocument doc = Loader.loadPDF(converted.toFile())) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(3);
			List<String> captions = captions(new PDFTextStripper().getText(doc).lines().toList());
			assertThat(captions).hasSize(7);
			assertThat(captions.getFirst()).isEqualTo("Biểu đồ 1. Mức đạt các chỉ tiêu nghị quyết, nhiệm kỳ 2015–2020");
			// "Times New Roman" is shown in Liberation Serif, every Vietnamese letter too (no fallback font).
			assertThat(PdfFontsInUse.of(doc)).extracting(PDFont::getName).allSatisfy(n -> assertThat(n).contains("LiberationSerif"));
			// As printed: no word over another, inside the margins, no heading alone at a page's foot …
			PdfTextBoxes boxes = PdfTextBoxes.of(doc);
			PackPdfLayoutTests.assertLaidOut(boxes, Locale.of("vi", "VN"));
			// … and no number, percent or header word of a table broken across two lines ("Kế hoạc|h", "106,7|%").
			PackPdfLayoutTests.assertTableWordsWhole(boxes, docx);
		}
		exec(List.of("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", converted.toString(), out.resolve("trang").toString()), 120);
		File page;
		try (var files = Files.list(out)) {
			page = files.filter(p -> p.getFileName().toString().startsWith("trang") && p.toString().endsWith(".png")).findFirst()
				.orElseThrow().toFile();
		}
		BufferedImage image = ImageIO.read(page);
		// A4 at 50 dpi.
		assertThat(image.getWidth()).isBetween(410, 415);
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) < 200 || ((rgb >> 8) & 0xFF) < 200 || (rgb & 0xFF) < 200) {
					ink++;
				}
			}
		}
		assertThat(ink).as("non-white pixels on page 1").isGreaterThan(image.getWidth() * image.getHeight() / 100);
	}

	@Test
	void the_pdf_pack_has_the_same_numbered_captions_in_embedded_liberation_fonts_on_a4() throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			String text = new PDFTextStripper().getText(doc);
			List<String> captions = captions(text.lines().toList());
			assertThat(captions).hasSize(7);
			assertThat(captions.get(3)).isEqualTo("Biểu đồ 4. Kết nạp đảng viên mới, nhiệm kỳ 2015–2020");
			assertThat(text).contains("SỐ LIỆU, BIỂU ĐỒ KẾT QUẢ THỰC HIỆN NHIỆM KỲ 2015–2020").contains("2.096");
			List<PDFont> fonts = PdfFontsInUse.of(doc);
			assertThat(fonts).isNotEmpty().allSatisfy(f -> {
				assertThat(f.isEmbedded()).as(f.getName()).isTrue();
				assertThat(Standard14Fonts.containsName(f.getName())).as(f.getName()).isFalse();
				assertThat(f.getName()).contains("Liberation");
			});
		}
	}

	@Test
	void an_unknown_term_or_committee_is_explained_in_vietnamese() {
		assertThat(run(64, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "1990-1995", "--out",
				dir.resolve("x.docx").toString())).contains("không có nhiệm kỳ “1990-1995”; có: ").contains("2015-2020");
		assertThat(run(64, "export", "pack", "--db", db, "--committee", "99-KHONG", "--term", "2015-2020", "--out",
				dir.resolve("x.docx").toString())).contains("Không có đảng bộ mã “99-KHONG”");
		assertThat(run(64, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--out", "x.docx"))
			.contains("Thiếu: --term").contains("Cách dùng: blocstats export pack --help");
		assertThat(run(64, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--format", "odt",
				"--out", "x.odt")).contains("--format docx hoặc pdf");
	}

	@Test
	void the_term_charts_are_exported_alone_like_any_chart() throws Exception {
		Path xlsx = dir.resolve("muc-dat.xlsx");
		String said = run(0, "export", "chart", "targets", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020",
				"--number", "1", "--out", xlsx.toString());
		assertThat(said).as("the Targets screen's chart").contains("Biểu đồ 1. Kết quả thực hiện chỉ tiêu nhiệm kỳ 2015–2020");
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			boolean found = false;
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			for (var row : sheet) {
				for (var cell : row) {
					// issue 14, point 10: labels, never the screen's keys ("admissions|tong_nhiem_ky|nghi_quyet")
					assertThat(formatter.formatCellValue(cell)).doesNotContain("|");
				}
				if (row.getCell(0) != null && row.getCell(2) != null && "Kết nạp đảng viên mới".equals(row.getCell(0).getStringCellValue())
						&& "nghị quyết".equals(row.getCell(2).getStringCellValue())) {
					assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2000.0);
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2096.0);
					assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1.048);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		Path png = dir.resolve("ket-nap.png");
		run(0, "export", "chart", "term-trend", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--metric",
				"admissions", "--size", "half", "--dpi", "150", "--out", png.toString());
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(472);
		assertThat(image.getHeight()).isEqualTo(354);
		// The pack's line chart takes the axis choice too (issue 13): near the data, said in its caption; strictly parsed.
		Path svg = dir.resolve("to-chuc.svg");
		run(0, "export", "chart", "term-trend", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--metric",
				"org_grassroots", "--axis", "data", "--format", "svg", "--out", svg.toString());
		assertThat(Files.readString(svg)).contains("Trục dọc không bắt đầu từ 0");
		assertThat(run(64, "export", "chart", "term-trend", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--metric",
				"org_grassroots", "--axis", "log", "--out", dir.resolve("x.svg").toString())).contains("Không hiểu axis=“log”: dùng zero, data");
	}

	public static boolean onPath(String command) {
		for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(d, command))) {
				return true;
			}
		}
		return false;
	}

	public static void exec(List<String> command, int seconds) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
		byte[] output = p.getInputStream().readAllBytes();
		if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			fail(command.getFirst() + " did not end in " + seconds + " s");
		}
		assertThat(p.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
	}
}
