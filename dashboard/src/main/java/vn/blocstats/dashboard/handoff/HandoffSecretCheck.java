package vn.blocstats.dashboard.handoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hand-off's first check, before any password is looked at: the request must carry this
 * start's secret ({@value ImportEndpoint#SECRET}), which only the owner-only announcement file holds
 * ({@link ServerFile}). Another user of this machine, or a web page, cannot even try a password at
 * {@code /api/…}. Refused with 403.
 */
final class HandoffSecretCheck extends OncePerRequestFilter {

	private final ServerAnnouncement announcement;

	HandoffSecretCheck(ServerAnnouncement announcement) {
		this.announcement = announcement;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String sent = request.getHeader(ImportEndpoint.SECRET);
		if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
				announcement.secret().getBytes(StandardCharsets.UTF_8))) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setHeader("Connection", "close");
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream().write(("Thiếu mã bí mật của máy chủ (trong tệp <kho>.server cạnh kho dữ liệu): chỉ lệnh "
					+ "blocstats import trên máy chủ, dưới người dùng chạy máy chủ, gửi được tệp.\n").getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Registers the check for {@code /api/*}, after the body guard and before the security chain. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<HandoffSecretCheck> handoffSecretCheck(ServerAnnouncement announcement) {
			FilterRegistrationBean<HandoffSecretCheck> r = new FilterRegistrationBean<>(new HandoffSecretCheck(announcement));
			r.addUrlPatterns("/api/*");
			r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
			return r;
		}
	}
}
