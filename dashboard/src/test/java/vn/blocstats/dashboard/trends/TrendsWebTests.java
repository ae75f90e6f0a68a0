package vn.blocstats.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;
import vn.blocstats.warehouse.metric.Metric;

/**
 * The dashboard as a browser reaches it, without a browser: the real application on a random port
 * over a real DuckDB warehouse (fixture files imported first) and the real H2 account tables.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class TrendsWebTests {

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TrendService trends;

	@Autowired
	TrendChartSource trendChart;

	HttpClient http;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", db().toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet);
		assertThat(code).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> db().toString());
	}

	static Path db() {
		return dir.resolve("w.duckdb");
	}

	@BeforeEach
	void browser() {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		if (accounts.isEmpty()) {
			accounts.add("thu", Role.VIEWER, "mật khẩu thử 2025");
		}
	}

	@Test
	void an_unauthenticated_request_is_sent_to_the_login_page() throws Exception {
		HttpResponse<String> r = get("/xu-huong?committee=74-KCQDN&metric=admissions");

		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	void a_wrong_password_is_refused() throws Exception {
		HttpResponse<String> r = login("thu", "sai");

		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
		assertThat(get("/xu-huong").statusCode()).isEqualTo(302);
	}

	@Test
	void a_user_logs_in_and_the_trends_route_responds() throws Exception {
		assertThat(get("/xu-huong?committee=74-KCQDN&metric=admissions").statusCode()).isEqualTo(302);
		HttpResponse<String> r = login("thu", "mật khẩu thử 2025");

		assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		HttpResponse<String> page = get("/xu-huong?committee=74-KCQDN&metric=admissions");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("styles/blocstats.css");
	}

	@Test
	void the_style_sheet_and_the_chart_font_are_served_also_to_the_login_page() throws Exception {
		HttpResponse<String> font = get("/fonts/LiberationSans-Regular.ttf");
		HttpResponse<String> css = get("/styles/blocstats.css");

		assertThat(font.statusCode()).isEqualTo(200);
		assertThat(font.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("font"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains("@font-face").contains("fonts/LiberationSans-Regular.ttf");
	}

	@Test
	void the_trend_is_an_inline_svg_of_the_committee_and_metric() throws Exception {
		assertThat(trends.committees()).extracting(c -> c.code()).contains("74", "74-KCQDN", "79-DCQD");
		Metric admissions = trends.metrics().stream().filter(m -> m.code().equals("admissions")).findFirst().orElseThrow();
		var committee = trends.committees().stream().filter(c -> c.code().equals("74-KCQDN")).findFirst().orElseThrow();

		String svg = trends.svg(committee, admissions, Locale.of("vi", "VN"));

		assertThat(svg).startsWith("<svg").contains("viewBox=").doesNotContain("<?xml").doesNotContain("<!DOCTYPE")
			.contains("Kết nạp đảng viên mới")
			.contains("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương")
			.contains("Liberation Sans")
			.as("a tooltip over each point").contains("class=\"chart-hits\"").containsPattern("<title\\s*>[^<]+ · 20[0-9]{2}: [0-9.]+</title");
	}

	@Test
	void the_trend_chart_is_served_over_http_to_a_signed_in_user_only() throws Exception {
		String path = "/charts/trend.svg?committee=74-KCQDN&metric=admissions";
		assertThat(get(path).statusCode()).isIn(302, 401);

		login("thu", "mật khẩu thử 2025");
		HttpResponse<String> svg = get(path);
		HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/charts/trend.png?committee=74-KCQDN&metric=admissions&size=half&dpi=96")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
		assertThat(svg.body()).contains("<svg").contains("Kết nạp đảng viên mới");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(java.util.Arrays.copyOf(png.body(), 4)).containsExactly(0x89, 'P', 'N', 'G');
		assertThat(get("/charts/trend.svg?committee=KHONG-CO&metric=admissions").statusCode()).isEqualTo(400);
		assertThat(get("/charts/trend.svg?committee=74-KCQDN&metric=khong-co").body()).contains("Không có chỉ tiêu “khong-co”");
		assertThat(get("/charts/khong-co.svg?committee=74-KCQDN").statusCode()).isEqualTo(404);
	}

	@Test
	void the_chart_over_http_takes_every_filter_of_the_screens_url() throws Exception {
		login("thu", "mật khẩu thử 2025");
		String all = "/charts/trend.svg?committee=74-KCQDN&committee=79-DUB&metric=admissions&period=half&per=100&structure=today";

		HttpResponse<String> svg = get(all);

		assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
		assertThat(svg.body()).contains("Số liệu quy đổi theo cơ cấu tổ chức hiện nay (sau sắp xếp 2025)")
			.contains("Theo 6 tháng, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương, Đảng bộ Ủy ban nhân dân Thành phố")
			.contains("Kết nạp đảng viên mới trên 100 đảng viên");
		assertThat(get(all + "&lang=en").body()).contains("Figures restated to today's organisational structure")
			.contains("By half-year");
		HttpResponse<String> bad = get("/charts/trend.svg?committee=74-KCQDN&metric=admissions&period=month");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).isEqualTo("Không hiểu period=“month”: dùng year, half");
		assertThat(get("/charts/trend.svg?committee=74-KCQDN&committee=KHONG-CO").body()).isEqualTo("Không có đảng bộ mã “KHONG-CO”");
	}

	@Test
	void a_restated_charts_caption_and_table_carry_the_note_and_the_successors_figures() throws Exception {
		// 74-KCQDN as it was: 39 admissions in 2021; its successor 79-DUB restated: 74-KCQDN-001's 12 + 15
		ChartDocument document = trendChart.document(
				Map.of("committee", List.of("74-KCQDN"), "metric", List.of("admissions"), "structure", List.of("today")),
				Locale.of("vi", "VN"), ChartTheme.DOCUMENT);

		assertThat(document.caption()).isEqualTo(
				"Kết nạp đảng viên mới, 2021–2021. Số liệu quy đổi theo cơ cấu tổ chức hiện nay (sau sắp xếp 2025)");
		assertThat(document.table().columns()).extracting(DataTable.Column::label)
			.containsExactly("Năm", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương", "Đảng bộ Ủy ban nhân dân Thành phố (quy đổi)");
		assertThat(document.table().rows()).containsExactly(List.of("2021", 39.0, 27.0));
		assertThat(document.source()).isEqualTo("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương; Đảng bộ Ủy ban nhân dân Thành phố");

		ChartDocument half = trendChart.document(Map.of("committee", List.of("74-KCQDN"), "period", List.of("half")),
				Locale.ENGLISH, ChartTheme.DOCUMENT);
		assertThat(half.caption()).isEqualTo("New members admitted, 2021–2021");
		assertThat(half.table().rows()).containsExactly(List.of("H1 2021", 20.0), List.of("H2 2021", 19.0));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the login form as the page does, with the CSRF token the login page carries. */
	private HttpResponse<String> login(String user, String password) throws Exception {
		return vn.blocstats.dashboard.security.FormLogin.post(http, "http://localhost:" + port, user, password);
	}
}
