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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;

/** {@code blocstats export chart}: the trend chart as a print PNG or an SVG, from the command line. */
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
		assertThat(run(64, "export", "chart", "--db", db, "--metric", "admissions")).contains("Cần --committee, --metric và --out");
	}
}
