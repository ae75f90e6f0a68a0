package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.audit.AuditLog;

/**
 * The lock-outs of issue 11, finding 4, that an attacker could aim: failures from one address do not
 * refuse the name's owner at another, and failures on the login page from this machine (all of a
 * local reverse proxy's clients) do not refuse the command line's hand-off. Its own application
 * context: the throttle's per-address counts would otherwise leak into the other web tests.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class LockoutWebTests {

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
	}

	@Test
	void five_wrong_passwords_for_admin_from_one_address_do_not_stop_admin_logging_in_from_another() throws Exception {
		if (accounts.find("admin").isEmpty()) {
			accounts.add("admin", Role.ADMIN, PASSWORD);
		}
		HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.localAddress(java.net.InetAddress.getByName("127.0.0.2")).build();
		String base = "http://127.0.0.1:" + port;
		for (int i = 0; i < 6; i++) {
			assertThat(location(FormLogin.post(attacker, base, "admin", "sai " + i))).endsWith("/login?error");
		}
		assertThat(audit.recent(1).getFirst()).satisfies(e -> {
			assertThat(e.client()).isEqualTo("127.0.0.2");
			assertThat(e.detail()).startsWith("throttled");
		});

		HttpClient administrator = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		assertThat(FormLogin.succeeded(FormLogin.post(administrator, base, "admin", PASSWORD))).isTrue();
	}

	@Test
	void twenty_failures_with_made_up_names_from_loopback_do_not_lock_the_handoff() throws Exception {
		if (accounts.find("thu").isEmpty()) {
			accounts.add("thu", Role.STEWARD, PASSWORD);
		}
		for (int i = 0; i < 20; i++) {
			login("bia-dat-" + i, "sai");
		}
		for (int i = 0; i < 6; i++) {
			login("thu", "sai");
		}
		assertThat(audit.recent(1).getFirst().detail()).startsWith("throttled");

		// The hand-off, HTTP Basic from this machine: authenticated (the endpoint itself answers, asking for
		// the command line's header), not throttled.
		HttpResponse<String> handoff = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.header("X-Blocstats-Secret", announcement.secret())
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("thu:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"names\"\r\n\r\n-x.csv\r\n--x--\r\n"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(handoff.statusCode()).as(handoff.body()).isEqualTo(403);
		assertThat(handoff.body()).contains("Chỉ lệnh blocstats import");
	}

	private HttpResponse<String> login(String user, String password) throws Exception {
		return FormLogin.post(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
				"http://127.0.0.1:" + port, user, password);
	}

	private static String location(HttpResponse<String> r) {
		return r.headers().firstValue("Location").orElse("(no redirect: " + r.statusCode() + ")");
	}
}
