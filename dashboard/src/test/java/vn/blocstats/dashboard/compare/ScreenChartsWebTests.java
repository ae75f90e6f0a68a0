package vn.blocstats.dashboard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;

/** The compare and targets charts over HTTP ({@code /charts/{name}}), with the screens' URL filters, behind the login. */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class ScreenChartsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	HttpClient http;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	@BeforeEach
	void browser() {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		if (accounts.find("thu").isEmpty()) {
			// the sample warehouse (and its account tables) is shared by several test classes
			accounts.add("thu", Role.VIEWER, "mật khẩu thử 2025");
		}
	}

	@Test
	void the_compare_chart_of_a_screens_url_is_served_to_a_signed_in_user() throws Exception {
		String path = "/charts/compare.svg?node=74&metric=admissions&term=2015-2020";
		assertThat(get(path).statusCode()).isIn(302, 401);

		login("thu", "mật khẩu thử 2025");
		HttpResponse<String> svg = get(path);

		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.body()).contains("Kết nạp đảng viên mới, nhiệm kỳ 2015–2020")
			.contains("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương").contains("2.096");
		HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/charts/compare.png?metric=admissions&year=2021&size=half&dpi=96")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(java.util.Arrays.copyOf(png.body(), 4)).containsExactly(0x89, 'P', 'N', 'G');
		assertThat(get("/charts/compare.svg?node=KHONG-CO&metric=admissions").body()).contains("Không có đơn vị mã “KHONG-CO”");
		assertThat(get("/charts/compare.svg?metric=admissions&year=hai").statusCode()).isEqualTo(400);
	}

	@Test
	void the_targets_chart_of_a_term_is_served_with_its_attainments() throws Exception {
		login("thu", "mật khẩu thử 2025");

		HttpResponse<String> svg = get("/charts/targets.svg?committee=74-KCQDN&term=2015-2020");

		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.body()).contains("Kết quả thực hiện chỉ tiêu nhiệm kỳ 2015–2020").contains("104,8%").contains("95,2%");
		assertThat(get("/charts/targets.svg?committee=74-KCQDN").body()).contains("Thiếu nhiệm kỳ");
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
