package vn.blocstats.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * A demo warehouse's exports say that their figures are invented — the chart's CSV, XLSX, SVG and
 * PDF, the congress pack's DOCX and PDF on every page — and a real warehouse's do not; the sample
 * data goes into a demo warehouse only. Real DuckDB files, the command line in this JVM.
 */
class DemoExportsTests {

	/** What every export of the demo says (the bundle's demo.notice), and no export of a real warehouse. */
	static final String NOTICE = "Dữ liệu mẫu — số liệu giả lập, không dùng cho văn bản chính thức";

	/** The real warehouse and the demo, each with the good fixtures, in one data folder. */
	@TempDir
	static Path dir;
	static String real;
	static String demo;
	static final String GOOD = "../etl/src/test/resources/fixtures/import/good";

	@BeforeAll
	static void warehouses() {
		real = dir.resolve("data/blocstats.duckdb").toString();
		demo = dir.resolve("data/demo.duckdb").toString();
		assertThat(run(0, "import", "--db", real, GOOD)).doesNotContain("dữ liệu mẫu");
		run(0, "import", "--demo", "--db", demo, GOOD);
	}

	@Test
	void the_demo_warehouse_is_marked_in_its_file_and_the_real_one_is_not() throws Exception {
		assertThat(demo(real)).isFalse();
		assertThat(demo(demo)).isTrue();
	}

	@Test
	void a_chart_exported_from_the_demo_says_so_in_every_format_and_one_from_a_real_warehouse_does_not() throws Exception {
		for (String db : new String[] { real, demo }) {
			boolean isDemo = db.equals(demo);
			String name = isDemo ? "demo" : "real";
			String said = run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--out",
					dir.resolve(name + ".csv").toString());
			assertThat(said.contains(NOTICE)).as(said).isEqualTo(isDemo);
			run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--lang", "en", "--out",
					dir.resolve(name + "-en.csv").toString());
			run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--out", dir.resolve(name + ".xlsx").toString());
			run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--out", dir.resolve(name + ".svg").toString());
			run(0, "export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--out", dir.resolve(name + ".pdf").toString());

			String csv = Files.readString(dir.resolve(name + ".csv"));
			String firstLine = csv.substring(1, csv.indexOf("\r\n")).replace("\"", "");
			String svg = Files.readString(dir.resolve(name + ".svg"));
			String pdf = text(dir.resolve(name + ".pdf"));
			String a1;
			try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve(name + ".xlsx")))) {
				a1 = wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
			}
			if (isDemo) {
				assertThat(firstLine).as("the CSV's first row").isEqualTo(NOTICE);
				assertThat(Files.readString(dir.resolve(name + "-en.csv"))).contains("Sample data — invented figures, not for official documents")
					.doesNotContain(NOTICE);
				assertThat(a1).as("the XLSX's first cell").isEqualTo(NOTICE);
				assertThat(svg).contains(NOTICE);
				assertThat(pdf).contains("Dữ liệu mẫu");
			}
			else {
				assertThat(firstLine).startsWith("Biểu đồ 1.");
				assertThat(a1).startsWith("Biểu đồ 1.");
				for (String export : new String[] { csv, svg, pdf }) {
					assertThat(export).doesNotContain("Dữ liệu mẫu").doesNotContain("giả lập");
				}
			}
		}
	}

	@Test
	void the_demos_congress_pack_says_so_on_every_page_and_a_real_ones_does_not() throws Exception {
		for (String db : new String[] { real, demo }) {
			boolean isDemo = db.equals(demo);
			Path docx = dir.resolve((isDemo ? "demo" : "real") + "-pack.docx");
			Path pdf = dir.resolve((isDemo ? "demo" : "real") + "-pack.pdf");
			run(0, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--out", docx.toString());
			run(0, "export", "pack", "--db", db, "--committee", "74-KCQDN", "--term", "2015-2020", "--out", pdf.toString());
			try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
				String headers = String.join("\n", d.getHeaderList().stream().map(XWPFHeader::getText).toList());
				assertThat(headers.contains(NOTICE)).as(headers).isEqualTo(isDemo);
			}
			try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
				PDFTextStripper stripper = new PDFTextStripper();
				for (int page = 1; page <= p.getNumberOfPages(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					assertThat(stripper.getText(p).contains(NOTICE)).as("page " + page).isEqualTo(isDemo);
				}
			}
		}
	}

	@Test
	void the_sample_data_goes_into_a_demo_warehouse_only() throws Exception {
		Path sample = Files.createDirectories(dir.resolve("copy-of-sample-data"));
		Files.writeString(sample.resolve("README.md"), "# Sample data\n\nWritten by the generator.\n");
		Path units = Files.createDirectories(sample.resolve("00-chung")).resolve("01-units.csv");
		Files.copy(Path.of(GOOD, "01-units.csv"), units);
		String other = dir.resolve("other/blocstats.duckdb").toString();

		String refused = run(1, "import", "--db", other, units.toString());
		assertThat(refused).contains("là dữ liệu mẫu", "./blocstats serve --demo", "./blocstats import --demo");
		assertThat(Files.exists(Path.of(other))).as("nothing opened").isFalse();
		run(0, "import", "--dry-run", "--db", other, sample.toString());

		String demoToo = dir.resolve("other/demo.duckdb").toString();
		run(0, "import", "--demo", "--db", demoToo, sample.toString());
		assertThat(demo(demoToo)).isTrue();
	}

	private static boolean demo(String db) throws Exception {
		java.util.Properties p = new java.util.Properties();
		p.setProperty("duckdb.read_only", "true");
		try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + Path.of(db).toAbsolutePath(), p)) {
			return WarehouseInfo.demo(c);
		}
	}

	private static String text(Path pdf) throws Exception {
		try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(p);
		}
	}

	private static String run(int expected, String... args) {
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
		int code = BlocstatsApplication.run(args, out, out);
		String said = log.toString(StandardCharsets.UTF_8);
		assertThat(code).as(String.join(" ", args) + "\n" + said).isEqualTo(expected);
		return said;
	}
}
