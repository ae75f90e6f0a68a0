package vn.blocstats.dashboard.security;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.etl.config.BlocstatsProperties;

/**
 * The web security of {@code blocstats serve}. Only in the web server (the command line has no web
 * security).
 *
 * <ul>
 * <li>The dashboard: every view needs a login ({@link LoginView}) except the login itself, the
 * style sheet and the bundled fonts (the login page uses them); Vaadin's configurer takes care of
 * its own requests and logout; Spring's CSRF check covers everything but Vaadin's own requests,
 * the login form included; the views' annotations say which role opens which screen.
 * <li>The command line's API ({@value #API}): HTTP Basic, no session, no CSRF (no browser), from
 * the loopback address only (any other client gets 403 before a password is even checked),
 * stewards and administrators only.
 * <li>One authentication manager for both: the {@link LoginThrottle} check first, then the
 * password; its events ({@link LoginEvents}) feed the throttle and the audit table.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** The paths of the command line's hand-off. */
	static final String API = "/api/**";

	@Bean
	LoginThrottle loginThrottle(Clock clock, BlocstatsProperties settings) {
		var login = settings.login();
		return new LoginThrottle(clock, new LoginThrottle.Settings(login.maxFailuresPerNameAndAddress(), login.maxFailuresPerAddress(),
				login.failureWindow(), login.firstDelay(), login.maxDelay()));
	}

	/** The headers of every answer (CSP, nosniff, no-store on pages, UTF-8 on text): the very first filter. */
	@Bean
	FilterRegistrationBean<ResponseHeaders> responseHeaders() {
		FilterRegistrationBean<ResponseHeaders> registration = new FilterRegistrationBean<>(new ResponseHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Refuses multipart and large bodies outside the two upload places before any filter reads them
	 * (ahead of Spring Security's chain, whose order is -100).
	 */
	@Bean
	FilterRegistrationBean<RequestBodyGuard> requestBodyGuard() {
		FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(new RequestBodyGuard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	LoginEvents loginEvents(LoginThrottle throttle, AuditLog audit) {
		return new LoginEvents(throttle, audit);
	}

	/** Publishes the authentication events, a throttled attempt as a "locked" failure. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
		return events;
	}

	@Bean
	AuthenticationManager authenticationManager(LoginThrottle throttle, UserDetailsService users, PasswordEncoder encoder,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(List.of(new ThrottleCheck(throttle), passwords));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager manager) throws Exception {
		http.securityMatcher(API)
			.authenticationManager(manager)
			.addFilterBefore(new LoopbackOnly(), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(r -> r.anyRequest().hasAnyRole(Role.STEWARD.name(), Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				// The throttle counts the hand-off's failures apart from the login page's.
				.authenticationDetailsSource(ThrottleCheck.HandoffDetails::new))
			.exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> plain(response,
					HttpServletResponse.SC_FORBIDDEN, "Người dùng này không được nạp dữ liệu: cần vai trò steward hoặc admin.")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain dashboardSecurity(HttpSecurity http, AuthenticationManager manager, RequestUtil vaadinRequests)
			throws Exception {
		http.authenticationManager(manager);
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/fonts/**", "/styles/**").permitAll()
			// Charts over HTTP (export/ChartEndpoint): any signed-in user.
			.requestMatchers("/charts/**").authenticated());
		// Vaadin's configurer would exempt the login form's POST from Spring's CSRF check, so that any web page
		// could post guesses (or its own account) to /login. The check stays on for it (the login form sends the
		// page's token); only Vaadin's own requests, which carry Vaadin's token, are exempt.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
		return http.build();
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"blocstats\", charset=\"UTF-8\"");
		plain(response, HttpServletResponse.SC_UNAUTHORIZED, e instanceof LoginThrottledException t
				? "Đăng nhập sai quá nhiều lần: hãy đợi " + t.minutes() + " phút rồi thử lại."
				: "Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khóa).");
	}

	private static void plain(HttpServletResponse response, int status, String text) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Refuses every client but this machine (403), before any authentication. */
	static final class LoopbackOnly extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isLoopback(request.getRemoteAddr())) {
				plain(response, HttpServletResponse.SC_FORBIDDEN,
						"Chỉ nhận lệnh nạp từ chính máy chủ (localhost): hãy chạy blocstats import trên máy chủ.");
				return;
			}
			chain.doFilter(request, response);
		}

		static boolean isLoopback(String address) {
			// Only an address literal (no name lookup): the servlet container's remote address is one.
			if (address == null || !address.matches("[0-9A-Fa-f:.%]+")) {
				return false;
			}
			try {
				return InetAddress.getByName(address).isLoopbackAddress();
			}
			catch (java.net.UnknownHostException e) {
				return false;
			}
		}
	}
}
