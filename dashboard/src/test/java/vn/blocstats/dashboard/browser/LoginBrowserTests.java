package vn.blocstats.dashboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** Signing in and out in Chromium, as an analyst does. */
class LoginBrowserTests extends BrowserTests {

	@Test
	void a_wrong_password_shows_the_vietnamese_error_and_stays_on_the_login_page() {
		signIn(USER, "không phải mật khẩu");

		assertThat(page).hasURL(Pattern.compile("/login\\?error"));
		assertThat(page.locator("vaadin-login-form")).containsText("Tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(page.locator("vaadin-app-layout")).hasCount(0);
	}

	@Test
	void the_right_password_lands_on_the_dashboard_with_the_user_named() {
		signIn(USER, PASSWORD);

		page.waitForSelector("vaadin-app-layout");
		assertThat(page.locator(".app-title")).hasText("blocstats · Thống kê Đảng bộ Khối");
		assertThat(page.locator(".app-user")).hasText(USER);
		// the landing page: the overview of a committee's term
		assertThat(page.locator(".overview-cards .figure-card").first()).isVisible();
	}

	@Test
	void an_unauthenticated_visit_is_sent_to_the_login_page() {
		page.navigate(url("/xu-huong?committee=74-KCQDN&metric=admissions"));

		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(page.locator("vaadin-login-form")).containsText("Mật khẩu");
	}

	@Test
	void logout_ends_the_session() {
		Page p = open("/xu-huong?committee=74-KCQDN&metric=admissions", ".trend-chart svg");

		p.getByText("Đăng xuất").click();

		assertThat(p).hasURL(Pattern.compile("/login$"));
		p.navigate(url("/xu-huong"));
		assertThat(p).hasURL(Pattern.compile("/login$"));
	}
}
