package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;

/**
 * {@code /charts/{name}.{format}} as the dashboard's download links reach it: the real application
 * on a random port over a real warehouse (fixture files imported), a signed-in viewer.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@org.springframework.context.annotation.Import(ChartEndpointTests.Slow.class)
class ChartEndpointTests {

	static final String FILTERS = "committee=74-KCQDN&metric=admissions";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	vn.blocstats.etl.load.ImportService imports;

	@Autowired
	vn.blocstats.dashboard.audit.AuditLog audit;

	HttpClient http;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		assertThat(BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet)).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@BeforeEach
	void signIn() throws Exception {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		if (accounts.isEmpty()) {
			accounts.add("thu", Role.VIEWER, "mật khẩu thử 2025");
		}
	}

	@Test
	void a_pdf_is_a_download_with_a_readable_file_name_and_the_caption_asked_for() throws Exception {
		assertThat(get("/charts/trend.pdf?" + FILTERS).statusCode()).isIn(302, 401);
		login();
		String caption = URLEncoder.encode("Kết nạp đảng viên mới, nhiệm kỳ 2020–2025", StandardCharsets.UTF_8);
		HttpResponse<byte[]> r = get("/charts/trend.pdf?" + FILTERS + "&number=3&caption=" + caption);

		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
			.matches("attachment; filename=\"ket-nap-dang-vien-moi-[0-9-]+-74-KCQDN\\.pdf\"; filename\\*=UTF-8''K%E1%BA%BFt%20n.*\\.pdf"));
		try (PDDocument doc = Loader.loadPDF(r.body())) {
			assertThat(new PDFTextStripper().getText(doc)).contains("Biểu đồ 3. Kết nạp đảng viên mới, nhiệm kỳ 2020–2025")
				.contains("Nguồn: Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương");
		}
		assertThat(audit.recent(1)).singleElement().satisfies(e -> {
			assertThat(e.username() + " " + e.action()).isEqualTo("thu export");
			assertThat(e.detail()).startsWith("/charts/trend.pdf ").contains("committee=74-KCQDN");
		});
	}

	@Test
	void a_caption_or_source_over_300_characters_and_a_dpi_over_600_are_refused_in_vietnamese() throws Exception {
		login();
		String long301 = URLEncoder.encode("chú thích ".repeat(31).substring(0, 301), StandardCharsets.UTF_8);

		HttpResponse<byte[]> caption = get("/charts/trend.svg?" + FILTERS + "&caption=" + long301);
		HttpResponse<byte[]> source = get("/charts/trend.svg?" + FILTERS + "&source=" + long301);
		HttpResponse<byte[]> dpi = get("/charts/trend.png?" + FILTERS + "&dpi=601");

		assertThat(caption.statusCode()).isEqualTo(400);
		assertThat(new String(caption.body(), StandardCharsets.UTF_8)).isEqualTo("Chú thích dài quá 300 ký tự: hãy rút gọn.");
		assertThat(source.statusCode()).isEqualTo(400);
		assertThat(new String(source.body(), StandardCharsets.UTF_8)).contains("Dòng nguồn dài quá 300 ký tự");
		assertThat(dpi.statusCode()).isEqualTo(400);
		assertThat(new String(dpi.body(), StandardCharsets.UTF_8)).contains("dpi từ 72 đến 600");
		assertThat(get("/charts/trend.svg?" + FILTERS + "&caption=" + URLEncoder.encode("c".repeat(300), StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void one_user_gets_at_most_two_charts_drawn_at_once_the_others_429() throws Exception {
		login();
		List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> asked = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// Each one new (a caption of its own: not in the cache), each a large drawing.
			asked.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
					+ "/charts/trend.png?" + FILTERS + "&size=landscape&dpi=600&caption=lan-" + i + "-" + System.nanoTime())).build(),
					HttpResponse.BodyHandlers.ofByteArray()));
		}
		List<Integer> statuses = asked.stream().map(f -> f.join().statusCode()).toList();

		assertThat(statuses).containsOnly(200, 429).contains(429).contains(200);
		HttpResponse<byte[]> busy = asked.stream().map(java.util.concurrent.CompletableFuture::join).filter(r -> r.statusCode() == 429)
			.findFirst().orElseThrow();
		assertThat(new String(busy.body(), StandardCharsets.UTF_8)).contains("biểu đồ đang vẽ");
		// Once they are done, the next one is drawn.
		assertThat(get("/charts/trend.png?" + FILTERS + "&caption=sau").statusCode()).isEqualTo(200);
	}

	@Test
	void the_figures_come_as_xlsx_and_as_csv_with_a_semicolon_for_a_vietnamese_excel() throws Exception {
		login();
		HttpResponse<byte[]> xlsx = get("/charts/trend.xlsx?" + FILTERS + "&source=" + URLEncoder.encode("Ban Tổ chức", StandardCharsets.UTF_8));
		HttpResponse<byte[]> csv = get("/charts/trend.csv?" + FILTERS + "&sep=%3B");

		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Nguồn: Ban Tổ chức");
		}
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".csv\""));
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		assertThat(text.lines().skip(1).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("Năm;"));
	}

	@Test
	void a_png_has_the_size_and_dpi_asked_for_and_a_wrong_option_is_explained() throws Exception {
		login();
		HttpResponse<byte[]> png = get("/charts/trend.png?" + FILTERS + "&size=half&dpi=300");
		var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body()));

		assertThat(image.getWidth()).isEqualTo(945);
		assertThat(image.getHeight()).isEqualTo(709);
		assertThat(new String(get("/charts/trend.csv?" + FILTERS + "&sep=x").body(), StandardCharsets.UTF_8))
			.contains("Dấu phân cách CSV là “,” hoặc “;”");
		assertThat(get("/charts/trend.docx?" + FILTERS).statusCode()).isEqualTo(404);
		assertThat(get("/charts/term-trend.svg?committee=74-KCQDN&metric=admissions").statusCode()).isEqualTo(400);
		HttpResponse<byte[]> axis = get("/charts/trend.svg?" + FILTERS + "&axis=log");
		assertThat(axis.statusCode()).isEqualTo(400);
		assertThat(new String(axis.body(), StandardCharsets.UTF_8)).contains("Không hiểu axis=“log”: dùng zero, data");
		assertThat(new String(get("/charts/trend.svg?" + FILTERS + "&axis=data").body(), StandardCharsets.UTF_8))
			.contains("Trục dọc không bắt đầu từ 0");
	}

	@Test
	void the_congress_pack_of_a_term_is_a_docx_download() throws Exception {
		login();
		HttpResponse<byte[]> r = get("/charts/pack.docx?committee=74-KCQDN&term=2020-2025");

		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
			.startsWith("attachment; filename=\"so-lieu-dai-hoi-74-KCQDN-2020-2025.docx\"; filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u"));
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(r.body()))) {
			assertThat(doc.getParagraphs()).extracting(p -> p.getText())
				.contains("SỐ LIỆU, BIỂU ĐỒ KẾT QUẢ THỰC HIỆN NHIỆM KỲ 2020–2025")
				.anyMatch(t -> t.startsWith("Biểu đồ 1. "));
		}
		assertThat(new String(get("/charts/pack.docx?committee=74-KCQDN&term=1990-1995").body(), StandardCharsets.UTF_8))
			.contains("không có nhiệm kỳ “1990-1995”");
		assertThat(get("/charts/pack.odt?committee=74-KCQDN&term=2020-2025").statusCode()).isEqualTo(404);
	}

	@Test
	void a_chart_is_drawn_once_per_import_and_a_browser_that_holds_it_is_answered_304() throws Exception {
		login();
		String path = "/charts/trend.svg?" + FILTERS + "&lang=vi";
		HttpResponse<byte[]> first = get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> same = get(path);
		HttpResponse<byte[]> held = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-cache"));
		assertThat(same.body()).isEqualTo(first.body());
		assertThat(same.headers().firstValue("ETag")).hasValue(etag);
		assertThat(held.statusCode()).isEqualTo(304);
		assertThat(get("/charts/trend.svg?" + FILTERS + "&lang=en").headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));

		// An import (even of figures the chart does not draw) makes every drawn chart stale.
		assertThat(imports.importPaths(List.of(Path.of("../etl/src/test/resources/fixtures/import/good/04-figures-1258.csv")), false,
				dir.resolve("again.csv")).exitCode()).isZero();
		HttpResponse<byte[]> after = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
	}

	@Test
	void a_drawing_whose_client_closed_its_connection_is_cancelled_in_duckdb_while_one_still_connected_runs_on() throws Exception {
		login();
		String session = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
		long closed;
		try (java.net.Socket client = new java.net.Socket("localhost", port)) {
			client.getOutputStream().write(("GET /charts/slow.png HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			client.getOutputStream().flush();
			assertThat(Slow.querying.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the drawing started").isTrue();
			Thread.sleep(3 * ChartEndpoint.WATCH_MS);
			assertThat(Slow.ended.getCount()).as("its client is still there: the drawing runs on").isEqualTo(1);
			closed = System.nanoTime();
		}
		assertThat(Slow.ended.await(20, java.util.concurrent.TimeUnit.SECONDS)).as("the drawing ended").isTrue();
		assertThat((Slow.endedAt - closed) / 1e9).as("stopped soon after the client closed its connection").isLessThan(5);
		assertThat(Slow.failure.get()).as("the query was cancelled in DuckDB")
			.satisfies(e -> assertThat(vn.blocstats.warehouse.base.Queries.cancelled(e)).as(String.valueOf(e)).isTrue());
		// The connection's end noticed, the next requests are served as ever.
		assertThat(get("/charts/trend.svg?" + FILTERS + "&caption=apres").statusCode()).isEqualTo(200);
	}

	/** A chart whose drawing runs a query of hours: only a cancellation ends it soon. */
	@org.springframework.boot.test.context.TestConfiguration
	static class Slow {

		static final java.util.concurrent.CountDownLatch querying = new java.util.concurrent.CountDownLatch(1);
		static final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
		static final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		static volatile long endedAt;

		@org.springframework.context.annotation.Bean
		vn.blocstats.dashboard.chart.ChartSource slowChart(org.springframework.beans.factory.ObjectProvider<vn.blocstats.warehouse.Warehouse> warehouse) {
			return new vn.blocstats.dashboard.chart.ChartSource() {
				@Override
				public String name() {
					return "slow";
				}

				@Override
				public vn.blocstats.dashboard.chart.ChartDocument document(java.util.Map<String, List<String>> filters, java.util.Locale locale,
						vn.blocstats.dashboard.chart.ChartTheme theme) throws java.sql.SQLException {
					try (org.duckdb.DuckDBConnection c = warehouse.getObject().connection();
							java.sql.PreparedStatement ps = vn.blocstats.warehouse.base.Queries.prepare(c,
									"SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = ?")) {
						ps.setLong(1, 7);
						querying.countDown();
						ps.executeQuery().close();
						throw new IllegalStateException("not cancelled");
					}
					catch (java.sql.SQLException | RuntimeException e) {
						failure.set(e);
						throw e;
					}
					finally {
						endedAt = System.nanoTime();
						ended.countDown();
					}
				}
			};
		}
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts the login form as the page does, with the CSRF token the login page carries. */
	private void login() throws Exception {
		HttpResponse<String> r = vn.blocstats.dashboard.security.FormLogin.post(http, "http://localhost:" + port, "thu",
				"mật khẩu thử 2025");
		assertThat(r.statusCode()).isEqualTo(302);
	}
}
