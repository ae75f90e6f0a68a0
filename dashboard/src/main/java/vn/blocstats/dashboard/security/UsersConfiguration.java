package vn.blocstats.dashboard.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts, for the server and for {@code blocstats user add} alike (no web server needed). */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** On the job repository's database (the only DataSource: the warehouse is DuckDB, opened by itself). */
	@Bean
	UserAccounts userAccounts(DataSource dataSource, PasswordEncoder encoder) {
		return new UserAccounts(dataSource, encoder);
	}

	@Bean
	UserDetailsService userDetailsService(UserAccounts accounts) {
		return accounts.userDetails();
	}
}
