package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;

/** {@code blocstats export chart}: the trend chart as a print PNG, an SVG, a PDF, an XLSX or a CSV, from the command line. */
class ExportChartTests {

	@TempDir
	static Path dir;

	static String db;

	@BeforeAll
	static void importFixtures() {
		db = dir.resolve("w.duckdb").toString();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		assertThat(BlocstatsApplication.run(new String[] { "import", "--db", db, "../etl/src/test/resources/fixtures/import/good" },
				quiet, quiet)).isZero();
	}

	private static String run(int expectedCode, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = BlocstatsApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertThat(code).as(text).isEqualTo(expectedCode);
		return text;
	}

	@Test
	void a_png_for_the_text_width_of_an_a4_page_is_16_cm_at_300_dpi() throws Exception {
		Path png = dir.resolve("bieu-do-3.png");
		String said = run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "Kết nạp đảng viên mới",
				"--out", png.toString());
		assertThat(said).contains("1890 × 1181 px, 300 dpi");
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(Files.readAllBytes(png)))) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			assertThat(reader.getWidth(0)).isEqualTo(1890);
			assertThat(reader.getHeight(0)).isEqualTo(1181);
			IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
			assertThat(((IIOMetadataNode) root.getElementsByTagName("pHYs").item(0)).getAttribute("pixelsPerUnitXAxis"))
				.isEqualTo("11811");
		}
	}

	@Test
	void an_svg_is_well_formed_and_in_the_document_serif_font() throws Exception {
		Path svg = dir.resolve("bieu-do.svg");
		run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--size", "half",
				"--out", svg.toString());
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(Files.readString(svg)).contains("Kết nạp đảng viên mới").contains("Liberation Serif");
	}

	@Test
	void an_unknown_metric_or_a_missing_option_is_explained() {
		assertThat(run(64, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "số ghế", "--out",
				dir.resolve("x.png").toString())).contains("Không có chỉ tiêu “số ghế”");
		assertThat(run(64, "export", "chart", "--db", db, "--metric", "admissions")).contains("Thiếu: --out");
		assertThat(run(64, "export", "chart", "--db", db, "--metric", "admissions", "--out", dir.resolve("y.pdf").toString()))
			.contains("Thiếu đảng bộ");
		assertThat(run(64, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--format", "docx", "--out",
				dir.resolve("y.docx").toString())).contains("Định dạng png, svg, pdf, xlsx hoặc csv");
		assertThat(run(64, "export", "chart", "bieu-do-khac", "--db", db, "--committee", "74-KCQDN", "--out",
				dir.resolve("y.pdf").toString())).contains("Không có biểu đồ “bieu-do-khac”");
		assertThat(run(64, "export", "chart", "trend", "--db", db, "--committee", "74-KCQDN", "--axis", "log", "--out",
				dir.resolve("y.svg").toString())).contains("Không hiểu axis=“log”: dùng zero, data");
	}

	@Test
	void a_pdf_has_the_vietnamese_caption_and_source_as_text_in_embedded_liberation_fonts_only() throws Exception {
		Path pdf = dir.resolve("bieu-do-3.pdf");
		String said = run(0, "export", "chart", "trend", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions",
				"--number", "3", "--caption", "Kết nạp đảng viên mới, nhiệm kỳ 2015–2020", "--out", pdf.toString());
		assertThat(said).contains("Biểu đồ 3. Kết nạp đảng viên mới, nhiệm kỳ 2015–2020").contains("PDF, 16.0 × 10.0 cm");

		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			PDRectangle page = doc.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(16 / 2.54f * 72, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(page.getHeight()).isCloseTo(10 / 2.54f * 72, org.assertj.core.data.Offset.offset(0.5f));
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Biểu đồ 3. Kết nạp đảng viên mới, nhiệm kỳ 2015–2020")
				.contains("Nguồn: Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương")
				// The chart's own labels are text too (drawn by the chart inside a form XObject), not outlines.
				.contains("Nhiệm kỳ");
			List<PDFont> fonts = PdfFontsInUse.of(doc);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(f -> {
				assertThat(f.isEmbedded()).as(f.getName()).isTrue();
				assertThat(Standard14Fonts.containsName(f.getName())).as(f.getName()).isFalse();
				assertThat(f.getName()).contains("Liberation");
			});
			assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("LiberationSerif-Bold"))
				.anyMatch(n -> n.endsWith("LiberationSerif-Italic")).anyMatch(n -> n.endsWith("LiberationSerif"));
		}
	}

	@Test
	void an_xlsx_has_the_caption_header_figures_as_numbers_in_vietnamese_formats_and_the_source() throws Exception {
		Path xlsx = dir.resolve("so-lieu.xlsx");
		run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--source",
				"Văn phòng Đảng ủy Khối", "--out", xlsx.toString());

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Số liệu");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Biểu đồ 1. Kết nạp đảng viên mới, ");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Năm");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).contains("Bình Dương");
			Row first = sheet.getRow(2);
			assertThat(first.getCell(0).getStringCellValue()).matches("20\\d\\d");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(first.getCell(1).getNumericCellValue()).isPositive();
			Row last = sheet.getRow(sheet.getLastRowNum());
			assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Nguồn: Văn phòng Đảng ủy Khối");
		}
	}

	@Test
	void a_csv_has_a_bom_and_with_a_semicolon_writes_a_decimal_comma_for_a_vietnamese_excel() throws Exception {
		Path comma = dir.resolve("so-lieu.csv");
		Path semicolon = dir.resolve("so-lieu-vn.csv");
		run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--out", comma.toString());
		run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--sep", ";", "--out",
				semicolon.toString());

		byte[] bytes = Files.readAllBytes(comma);
		assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = Files.readString(comma, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.getFirst()).startsWith("\"Biểu đồ 1. Kết nạp đảng viên mới, ");
		assertThat(lines.get(1)).startsWith("Năm,").contains("Bình Dương");
		assertThat(lines.get(2)).matches("20\\d\\d,\\d+");
		assertThat(lines.getLast()).startsWith("Nguồn: ");
		List<String> vn = Files.readString(semicolon, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(vn.get(1)).startsWith("Năm;");
		assertThat(vn.get(2)).matches("20\\d\\d;\\d+");
	}
}
