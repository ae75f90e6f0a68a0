package vn.blocstats.dashboard.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.blocstats.dashboard.chart.Texts;

/**
 * Refuses a request body before anything reads it, ahead of the security filters (whose CSRF check
 * and login form would read a multipart body's parameters — and so have the servlet container store
 * every part on disk — before the login redirect). Only two places take files:
 *
 * <ul>
 * <li>{@value #HANDOFF}, the command line's hand-off: a POST with HTTP Basic credentials; its
 * multipart body is parsed only by the endpoint, after the security chain has checked them
 * ({@code spring.servlet.multipart.resolve-lazily=true});
 * <li>Vaadin's uploads ({@value #VAADIN_UPLOADS}…, the import screen): only in a session that is
 * signed in (the screen itself needs the steward role; its files are sent as a raw body, counted
 * against {@code blocstats.upload.max-bytes} while they stream).
 * </ul>
 *
 * Anywhere else a multipart body is refused with 415 and any body larger than
 * {@value #MAX_OTHER_BODY} bytes with 413, unread (Tomcat then drops the connection after
 * {@code server.tomcat.max-swallow-size}). The limits of what the upload places accept are the
 * container's ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-part-count}).
 */
final class RequestBodyGuard extends OncePerRequestFilter {

	static final String HANDOFF = "/api/import";
	static final String VAADIN_UPLOADS = "/VAADIN/dynamic/resource/";
	/** The largest body of any other request: Vaadin's own messages and the login form are a few kilobytes. */
	static final long MAX_OTHER_BODY = 2L * 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean multipart = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).startsWith("multipart/");
		boolean handoff = path.equals(HANDOFF) && "POST".equals(request.getMethod());
		boolean vaadinUpload = path.startsWith(VAADIN_UPLOADS) && "POST".equals(request.getMethod()) && signedIn(request);
		if (handoff) {
			if (request.getHeader("Authorization") == null) {
				// Nobody is named: the security chain would refuse it anyway; say so without reading a byte.
				response.setHeader("WWW-Authenticate", "Basic realm=\"blocstats\", charset=\"UTF-8\"");
				refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.body.credentials");
				return;
			}
		}
		else if (vaadinUpload) {
			// Vaadin streams the body to the import screen, which counts its bytes.
		}
		else if (multipart) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "security.body.multipart");
			return;
		}
		else if (request.getContentLengthLong() > MAX_OTHER_BODY) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "security.body.tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

	/** English for a client that asks for it first, Vietnamese otherwise (as the screens). */
	static Locale locale(HttpServletRequest request) {
		String asked = request.getHeader("Accept-Language");
		return asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.of("vi", "VN");
	}

	/** Whether the request belongs to a session signed in (not anonymous), as Spring Security stores it. */
	static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !request.isRequestedSessionIdValid()) {
			return false;
		}
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication a = context instanceof SecurityContext c ? c.getAuthentication() : null;
		return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
		String text = Texts.get(locale(request), key);
		response.setStatus(status);
		response.setHeader("Connection", "close");
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
	}
}
