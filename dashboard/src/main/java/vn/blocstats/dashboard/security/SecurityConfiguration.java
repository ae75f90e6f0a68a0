package vn.blocstats.dashboard.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The web security of {@code blocstats serve}: every view needs a login ({@link LoginView}) except
 * the login itself, the style sheet and the bundled fonts (the login page uses them); Vaadin's configurer takes care of its own requests,
 * CSRF and logout. Only in the web server (the command line has no web security).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/fonts/**", "/styles/**").permitAll()
			// Charts over HTTP (export/ChartEndpoint): any signed-in user.
			.requestMatchers("/charts/**").authenticated());
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}
}
