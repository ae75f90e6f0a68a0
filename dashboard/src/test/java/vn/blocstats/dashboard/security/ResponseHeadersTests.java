package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * Issue 11, finding 7 (and the charset of finding 9): on a real server behind "TLS"
 * ({@code blocstats.tls=true}), pages carry a Content-Security-Policy fit for Vaadin, nosniff and
 * no-store; the session cookie is SameSite=Lax, HttpOnly and Secure; no session id ever goes into a
 * URL; text and JSON go out as UTF-8 with the charset said; the charts keep their own caching.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard",
				"blocstats.tls=true" })
class ResponseHeadersTests {

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void the_login_page_has_the_security_headers_and_a_samesite_secure_session_cookie() throws Exception {
		HttpResponse<String> login = get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(ResponseHeaders.CSP);
		assertThat(ResponseHeaders.CSP).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().allValues("Cache-Control")).containsExactly("no-store");
		assertThat(login.headers().firstValue("Content-Type").orElseThrow().toLowerCase()).contains("charset=utf-8");
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly")
			.contains("Secure"));
	}

	@Test
	void no_session_id_ever_goes_into_a_url() throws Exception {
		for (String path : new String[] { "/VAADIN/", "/xu-huong", "/", "/charts/trend.svg" }) {
			HttpResponse<String> r = get(path);

			assertThat(r.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
			assertThat(r.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
			assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void a_json_answer_without_a_charset_goes_out_in_utf8_and_says_so() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
				// As Vaadin's upload refuses a file: 422, application/json, no charset, the writer.
				res.setStatus(422);
				res.setContentType("application/json");
				res.getWriter().write("{\"message\":\"Tệp “bảng.xlsx” lớn hơn giới hạn\"}");
			}
		}, new ResponseHeaders()).doFilter(new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/x/upload"), response);

		assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("Tệp “bảng.xlsx” lớn hơn giới hạn");
	}

	@Test
	void the_charts_keep_their_own_revalidation_and_pages_keep_no_store() throws IOException, ServletException {
		HttpServlet revalidating = new HttpServlet() {

			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				res.setHeader("Cache-Control", "no-cache, private");
				res.setHeader("ETag", "\"abc\"");
			}
		};
		MockHttpServletResponse chart = new MockHttpServletResponse();
		MockHttpServletResponse page = new MockHttpServletResponse();

		new MockFilterChain(revalidating, new ResponseHeaders()).doFilter(new MockHttpServletRequest("GET", "/charts/trend.svg"), chart);
		new MockFilterChain(revalidating, new ResponseHeaders()).doFilter(new MockHttpServletRequest("GET", "/xu-huong"), page);

		assertThat(chart.getHeader("Cache-Control")).isEqualTo("no-cache, private");
		assertThat(chart.getHeader("ETag")).isEqualTo("\"abc\"");
		assertThat(page.getHeaders("Cache-Control")).containsExactly("no-store");
	}
}
