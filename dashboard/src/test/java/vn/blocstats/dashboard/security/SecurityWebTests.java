package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.audit.AuditEvent;
import vn.blocstats.dashboard.audit.AuditLog;

/**
 * Logging in over HTTP as the browser does (the login form with its CSRF token), on the real
 * application on a random port: repeated failures are refused for a while, whether the name exists
 * or not, and every login, failure and logout is in the audit table.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class SecurityWebTests {

	static final String PASSWORD = "mật khẩu thử 2025";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	vn.blocstats.dashboard.handoff.ServerAnnouncement announcement;

	HttpClient http;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@BeforeEach
	void browser() {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		if (accounts.isEmpty()) {
			for (String name : new String[] { "an", "binh", "chi" }) {
				accounts.add(name, Role.VIEWER, PASSWORD);
			}
		}
	}

	@Test
	void after_five_wrong_passwords_even_the_right_one_is_refused_and_the_audit_says_why() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(location(login("an", "sai " + i))).endsWith("/login?error");
		}

		HttpResponse<String> refused = login("an", PASSWORD);

		assertThat(location(refused)).endsWith("/login?error");
		assertThat(get("/xu-huong").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(audit.recent(20)).filteredOn(e -> e.username().equals("an")).extracting(AuditEvent::action, AuditEvent::detail)
			.startsWith(org.assertj.core.groups.Tuple.tuple("login_failed", "throttled (wait 1 min)"))
			.contains(org.assertj.core.groups.Tuple.tuple("login_failed", "bad credentials"));
		// Another user from the same address is not affected (20 failures per address).
		browser();
		assertThat(location(login("binh", PASSWORD))).doesNotContain("error");
	}

	@Test
	void a_login_post_without_a_csrf_token_or_a_session_is_refused_even_with_the_right_password() throws Exception {
		HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> forged = elsewhere.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=chi&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(FormLogin.succeeded(forged)).as(forged.statusCode() + " " + forged.headers().map()).isFalse();
		assertThat(forged.statusCode() == 403 || location(forged).contains("/login")).as(forged.statusCode() + " " + location(forged))
			.isTrue();
		HttpResponse<String> after = elsewhere.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/xu-huong")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(location(after)).as("not signed in").contains("/login");
		// With the page's token (as the login form sends it) the same login succeeds.
		assertThat(FormLogin.succeeded(FormLogin.post(elsewhere, "http://localhost:" + port, "chi", PASSWORD))).isTrue();
	}

	@Test
	void an_unknown_name_is_refused_the_same_way_as_an_existing_one() throws Exception {
		for (int i = 0; i < 5; i++) {
			login("khong-co-ai", "sai");
		}

		HttpResponse<String> refused = login("khong-co-ai", "sai");

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(location(refused)).endsWith("/login?error");
		assertThat(audit.recent(1).getFirst()).satisfies(e -> {
			assertThat(e.username()).isEqualTo("khong-co-ai");
			assertThat(e.detail()).isEqualTo("throttled (wait 1 min)");
			assertThat(e.client()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		});
	}

	@Test
	void a_login_and_a_logout_are_recorded_with_the_users_name_and_address() throws Exception {
		HttpResponse<String> r = login("chi", PASSWORD);
		assertThat(location(r)).doesNotContain("error");
		assertThat(audit.recent(1).getFirst()).satisfies(e -> {
			assertThat(e.username()).isEqualTo("chi");
			assertThat(e.action()).isEqualTo("login");
			assertThat(e.client()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		});
		assertThat(audit.lastLogins()).containsKey("chi");

		HttpResponse<String> out = post("/logout", withCsrf(new LinkedHashMap<>(), get("/login").body()));

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(audit.recent(1).getFirst()).satisfies(e -> {
			assertThat(e.username()).isEqualTo("chi");
			assertThat(e.action()).isEqualTo("logout");
		});
	}

	@Test
	void the_import_api_answers_only_this_machine_and_only_with_valid_credentials() throws Exception {
		if (accounts.find("quan").isEmpty()) {
			accounts.add("quan", Role.ADMIN, PASSWORD);
		}
		HttpResponse<String> anonymous = api("localhost", null);
		HttpResponse<String> wrong = api("localhost", "quan:sai");
		HttpResponse<String> viewer = api("localhost", "chi:" + PASSWORD);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(viewer.statusCode()).isEqualTo(403);
		assertThat(viewer.body()).contains("cần vai trò steward hoặc admin");
		// A signed-in browser session is no way in (the API reads no session), nor a call without the command line's header.
		assertThat(location(login("quan", PASSWORD))).doesNotContain("error");
		assertThat(api("localhost", null).statusCode()).isEqualTo(401);
		HttpResponse<String> noHeader = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.header("X-Blocstats-Secret", announcement.secret())
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("quan:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"names\"\r\n\r\n-x.csv\r\n--x--\r\n"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(noHeader.statusCode()).as(noHeader.body()).isEqualTo(403);
		assertThat(noHeader.body()).contains("Chỉ lệnh blocstats import");

		// The same request to this machine's network address: refused before the password is looked at.
		java.util.Optional<String> lan = java.net.NetworkInterface.networkInterfaces()
			.flatMap(java.net.NetworkInterface::inetAddresses)
			.filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
			.map(java.net.InetAddress::getHostAddress)
			.findFirst();
		org.junit.jupiter.api.Assumptions.assumeTrue(lan.isPresent(), "this machine has no network address but loopback");
		HttpResponse<String> remote = api(lan.get(), "quan:" + PASSWORD);
		assertThat(remote.statusCode()).isEqualTo(403);
		assertThat(remote.body()).contains("Chỉ nhận lệnh nạp từ chính máy chủ");
	}

	private HttpResponse<String> api(String host, String credentials) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/import"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.header("X-Blocstats-Secret", announcement.secret())
			.POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"));
		if (credentials != null) {
			b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String location(HttpResponse<String> r) {
		return r.headers().firstValue("Location").orElse("(no redirect: " + r.statusCode() + ")");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the login form as the page does, with the CSRF token the login page carries. */
	private HttpResponse<String> login(String user, String password) throws Exception {
		String page = get("/login").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", password);
		return post("/login", withCsrf(form, page));
	}

	private static Map<String, String> withCsrf(Map<String, String> form, String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
		Matcher param = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
		if (csrf.find()) {
			form.put(param.find() ? param.group(1) : "_csrf", csrf.group(1));
		}
		return form;
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
