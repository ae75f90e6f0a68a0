package vn.blocstats.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import com.vaadin.flow.server.VaadinServletRequest;

/** The remembered language: the cookie of an earlier choice, else Vietnamese — never the browser's language. */
class LanguagesTests {

	@Test
	void without_a_choice_the_dashboard_speaks_vietnamese_whatever_the_browser_asks_for() {
		MockHttpServletRequest browser = new MockHttpServletRequest();
		browser.addHeader("Accept-Language", "en-US,en;q=0.9");
		browser.addPreferredLocale(Locale.US);

		assertThat(Languages.remembered(null, new VaadinServletRequest(browser, null))).isEqualTo(Locale.of("vi", "VN"));
		assertThat(Languages.remembered(null, null)).isEqualTo(Locale.of("vi", "VN"));
	}

	@Test
	void the_cookie_of_an_earlier_choice_gives_the_language_of_a_new_page_such_as_the_login_page() {
		MockHttpServletRequest browser = new MockHttpServletRequest();
		browser.setCookies(new Cookie("JSESSIONID", "x"), new Cookie(Languages.COOKIE, "en"));

		assertThat(Languages.remembered(null, new VaadinServletRequest(browser, null))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void a_cookie_naming_a_language_the_dashboard_does_not_have_is_ignored() {
		MockHttpServletRequest browser = new MockHttpServletRequest();
		browser.setCookies(new Cookie(Languages.COOKIE, "fr"));

		assertThat(Languages.remembered(null, new VaadinServletRequest(browser, null))).isEqualTo(Locale.of("vi", "VN"));
		assertThat(Languages.of("en")).contains(Locale.ENGLISH);
		assertThat(Languages.of("vi")).contains(Locale.of("vi", "VN"));
		assertThat(Languages.of("fr")).isEmpty();
	}
}
