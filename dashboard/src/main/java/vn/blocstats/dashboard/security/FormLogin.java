package vn.blocstats.dashboard.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs an HTTP client in to the dashboard as a browser does: reads the login page for its CSRF
 * token, then posts the form. The client must keep cookies (a {@link java.net.CookieManager}) and
 * not follow redirects, so that the answer — 302 to the page asked for, or to {@code /login?error}
 * — can be read. For the benchmark's load clients and the web tests.
 */
public final class FormLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
	private static final Pattern CSRF_PARAMETER = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"");

	private FormLogin() {
	}

	/**
	 * Posts the login form of the server at {@code base} ({@code http://localhost:8080}).
	 *
	 * @return the server's answer to the form
	 */
	public static HttpResponse<String> post(HttpClient http, String base, String user, String password)
			throws IOException, InterruptedException {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", password);
		Matcher csrf = CSRF.matcher(page);
		Matcher parameter = CSRF_PARAMETER.matcher(page);
		if (csrf.find()) {
			form.put(parameter.find() ? parameter.group(1) : "_csrf", csrf.group(1));
		}
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** True when the answer is a successful login (a redirect that is not back to the login page). */
	public static boolean succeeded(HttpResponse<String> answer) {
		return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login");
	}
}
