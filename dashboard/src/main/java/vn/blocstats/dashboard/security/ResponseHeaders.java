package vn.blocstats.dashboard.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every answer of the server carries, whoever writes it (Spring Security, Vaadin, a
 * controller, Tomcat's error page), set by the first filter of all:
 *
 * <ul>
 * <li>{@value #CSP_HEADER}: {@value #CSP} — what Vaadin's bootstrap needs (inline styles and
 * scripts, {@code eval} in its client engine), nothing from elsewhere, no frames, no plugins;
 * <li>{@code X-Content-Type-Options: nosniff};
 * <li>{@code Cache-Control: no-store} on pages and Vaadin's messages (a shared or back-button cache
 * never keeps a screen of figures), but not on the charts ({@code /charts/}, with their own ETag
 * revalidation) nor on static resources (Vaadin's bundle, fonts, styles, icons);
 * <li>a text or JSON answer without a charset gets {@code charset=UTF-8} — and is then written in
 * UTF-8 (Vaadin's upload refusals, 422 JSON, would otherwise go out as ISO-8859-1).
 * </ul>
 *
 * The session cookie's attributes ({@code SameSite=Lax}, {@code HttpOnly}, {@code Secure} behind
 * TLS) and cookie-only session tracking are Spring Boot settings ({@code server.servlet.session.*}).
 */
final class ResponseHeaders extends OncePerRequestFilter {

	static final String CSP_HEADER = "Content-Security-Policy";
	static final String CSP = "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; connect-src 'self'; "
			+ "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

	/** Paths whose answers keep their own caching: the charts, and the static resources. */
	private static final List<String> OWN_CACHING = List.of("/charts/", "/VAADIN/build/", "/VAADIN/static/", "/fonts/",
			"/styles/", "/icons/", "/images/", "/themes/", "/favicon.ico", "/sw.js", "/sw-runtime-resources-precache.js",
			"/manifest.webmanifest", "/offline.html");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean page = OWN_CACHING.stream().noneMatch(path::startsWith);
		response.setHeader(CSP_HEADER, CSP);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (page) {
			response.setHeader("Cache-Control", "no-store");
		}
		chain.doFilter(request, new Utf8Text(response, page));
	}

	/** Keeps {@code Cache-Control: no-store} on pages, and adds UTF-8 to text without a charset. */
	static final class Utf8Text extends HttpServletResponseWrapper {

		private final boolean page;

		Utf8Text(HttpServletResponse response, boolean page) {
			super(response);
			this.page = page;
		}

		@Override
		public void setContentType(String type) {
			super.setContentType(withCharset(type));
		}

		@Override
		public void setHeader(String name, String value) {
			if (keep(name)) {
				return;
			}
			super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (keep(name)) {
				return;
			}
			super.addHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
		}

		private boolean keep(String name) {
			return page && ("cache-control".equalsIgnoreCase(name) || "expires".equalsIgnoreCase(name)
					|| "pragma".equalsIgnoreCase(name));
		}

		static String withCharset(String type) {
			if (type == null) {
				return null;
			}
			String t = type.toLowerCase(Locale.ROOT);
			boolean text = t.startsWith("text/") || t.startsWith("application/json") || t.contains("+json")
					|| t.startsWith("application/javascript");
			return text && !t.contains("charset=") ? type + ";charset=UTF-8" : type;
		}
	}
}
