package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * The login page after a failed login, without a browser: Spring Security leaves the failure in
 * the session; a throttled attempt is told to wait (in minutes), any other failure gets the usual
 * message — the same for an unknown name as for a wrong password.
 */
@SpringBootTest(classes = vn.blocstats.dashboard.BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = LoginView.class)
class LoginViewTests extends SpringBrowserlessTest {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Test
	void a_throttled_attempt_is_told_how_many_minutes_to_wait() {
		VaadinSession.getCurrent().getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException(Duration.ofSeconds(90)));

		LoginView view = openWithError();

		assertThat(view.form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Tạm thời chưa thể đăng nhập");
		assertThat(view.texts.getErrorMessage().getMessage())
			.isEqualTo("Đã có quá nhiều lần đăng nhập không thành công. Vui lòng đợi 2 phút rồi thử lại.");
	}

	@Test
	void a_wrong_password_gets_the_usual_message() {
		VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));

		LoginView view = openWithError();

		assertThat(view.form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getMessage()).startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
	}

	private LoginView openWithError() {
		UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
		return (LoginView) getCurrentView();
	}
}
