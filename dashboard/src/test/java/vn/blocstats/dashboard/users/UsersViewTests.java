package vn.blocstats.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditEvent;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;
import vn.blocstats.dashboard.users.UserAdministration.Row;

/**
 * The "Người dùng" screen without a browser, signed in as the administrator "quantri": the real
 * view, the real account tables (H2) and the real authentication manager, to check that what the
 * screen changes is what a login then meets.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = "vn.blocstats.dashboard")
@WithMockUser(username = "quantri", roles = "ADMIN")
class UsersViewTests extends SpringBrowserlessTest {

	static final String PASSWORD = "đủ mười hai ký tự";

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	AuthenticationManager authentication;

	@Test
	void the_table_lists_every_account_with_its_role_state_and_last_login() {
		accounts.add("quantri", Role.ADMIN, PASSWORD);
		accounts.add("xem1", Role.VIEWER, PASSWORD);
		audit.record("xem1", AuditAction.LOGIN, null, "127.0.0.1");

		UsersView view = navigate(UsersView.class);

		List<Row> rows = view.grid.getListDataView().getItems().toList();
		assertThat(rows).filteredOn(r -> r.name().equals("xem1")).singleElement().satisfies(r -> {
			assertThat(r.role()).isEqualTo(Role.VIEWER);
			assertThat(r.enabled()).isTrue();
			assertThat(r.lastLogin()).isNotNull();
		});
		assertThat(rows).filteredOn(r -> r.name().equals("quantri")).singleElement()
			.satisfies(r -> assertThat(r.role()).isEqualTo(Role.ADMIN));
		int row = rows.indexOf(rows.stream().filter(r -> r.name().equals("xem1")).findFirst().orElseThrow());
		assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Xem (viewer)");
		assertThat(test(view.grid).getCellText(row, 3)).matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:\\d{2}");
	}

	@Test
	void an_account_added_with_the_password_typed_twice_can_log_in_and_the_addition_is_audited() {
		UsersView view = navigate(UsersView.class);

		test(view.name).setValue("lan");
		test(view.role).selectItem("Nhập dữ liệu (steward)");
		test(view.password).setValue(PASSWORD);
		test(view.repeat).setValue(PASSWORD);
		test(view.add).click();

		assertThat(view.message.getText()).isEqualTo("Đã thêm người dùng “lan”.");
		assertThat(accounts.find("lan")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.STEWARD));
		assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lan", PASSWORD))
			.getAuthorities()).extracting(Object::toString).contains("ROLE_STEWARD").doesNotContain("ROLE_ADMIN");
		assertThat(audit.recent(5)).anySatisfy(e -> {
			assertThat(e.username()).isEqualTo("quantri");
			assertThat(e.action()).isEqualTo("user_add");
			assertThat(e.detail()).isEqualTo("lan (steward)").doesNotContain(PASSWORD);
		});
		assertThat(view.password.getValue()).isEmpty();
	}

	@Test
	void a_short_password_or_two_different_ones_are_refused_and_nothing_is_stored() {
		UsersView view = navigate(UsersView.class);

		test(view.name).setValue("ngan");
		test(view.password).setValue("ngắn quá");
		test(view.repeat).setValue("ngắn quá");
		test(view.add).click();
		assertThat(view.message.getText()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");

		test(view.password).setValue(PASSWORD);
		test(view.repeat).setValue(PASSWORD + "x");
		test(view.add).click();
		assertThat(view.message.getText()).isEqualTo("Hai lần nhập mật khẩu không giống nhau.");

		assertThat(accounts.find("ngan")).isEmpty();
	}

	@Test
	void resetting_a_password_replaces_the_old_one() {
		accounts.add("quen", Role.VIEWER, PASSWORD);
		UsersView view = navigate(UsersView.class);
		select(view, "quen");

		test(view.newPassword).setValue("mật khẩu mới đủ dài");
		test(view.newRepeat).setValue("mật khẩu mới đủ dài");
		test(view.reset).click();

		assertThat(view.message.getText()).isEqualTo("Đã đặt lại mật khẩu của “quen”.");
		assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("quen", PASSWORD)))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("quen", "mật khẩu mới đủ dài"))
			.isAuthenticated()).isTrue();
		assertThat(audit.recent(10)).extracting(AuditEvent::action, AuditEvent::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("user_password", "quen"));
	}

	@Test
	void a_disabled_account_cannot_log_in_until_it_is_enabled_again() {
		accounts.add("tam", Role.VIEWER, PASSWORD);
		UsersView view = navigate(UsersView.class);
		select(view, "tam");
		assertThat(view.toggle.getText()).isEqualTo("Khóa tài khoản");

		test(view.toggle).click();

		assertThat(view.message.getText()).isEqualTo("Đã khóa tài khoản “tam”.");
		assertThat(accounts.find("tam")).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
		assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("tam", PASSWORD)))
			.isInstanceOf(DisabledException.class);
		assertThat(view.toggle.getText()).isEqualTo("Mở khóa tài khoản");

		test(view.toggle).click();

		assertThat(view.message.getText()).isEqualTo("Đã mở khóa tài khoản “tam”.");
		assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("tam", PASSWORD))
			.isAuthenticated()).isTrue();
		assertThat(audit.recent(10)).extracting(AuditEvent::action).contains("user_disable", "user_enable");
	}

	@Test
	void an_administrator_cannot_disable_their_own_account() {
		if (accounts.find("quantri").isEmpty()) {
			accounts.add("quantri", Role.ADMIN, PASSWORD);
		}
		UsersView view = navigate(UsersView.class);
		select(view, "quantri");

		test(view.toggle).click();

		assertThat(view.message.getText()).isEqualTo("Không thể tự khóa tài khoản của chính mình.");
		assertThat(accounts.find("quantri")).hasValueSatisfying(a -> assertThat(a.enabled()).isTrue());
	}

	@Test
	void the_last_active_administrator_cannot_be_disabled() {
		accounts.add("duynhat", Role.ADMIN, PASSWORD);
		// Every other administrator disabled: "duynhat" is the last one.
		accounts.list().stream().filter(a -> a.role() == Role.ADMIN && a.enabled() && !a.name().equals("duynhat"))
			.forEach(a -> accounts.setEnabled(a.name(), false));
		UsersView view = navigate(UsersView.class);
		select(view, "duynhat");

		test(view.toggle).click();

		assertThat(view.message.getText()).isEqualTo("“duynhat” là quản trị viên cuối cùng đang hoạt động: không thể khóa.");
		assertThat(accounts.find("duynhat")).hasValueSatisfying(a -> assertThat(a.enabled()).isTrue());
		accounts.list().stream().filter(a -> a.role() == Role.ADMIN).forEach(a -> accounts.setEnabled(a.name(), true));
	}

	@Test
	void the_navigation_offers_the_users_screen_to_an_administrator() {
		navigate(UsersView.class);

		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("xu-huong", "nguoi-dung");
	}

	@Test
	@WithMockUser(username = "thu", roles = "VIEWER")
	void a_viewer_is_refused_the_route_and_does_not_see_it_in_the_navigation() {
		UI.getCurrent().navigate("nguoi-dung");

		assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
		UI.getCurrent().navigate("xu-huong");
		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("xu-huong").doesNotContain("nguoi-dung");
	}

	private void select(UsersView view, String name) {
		Row row = view.grid.getListDataView().getItems().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
		view.grid.select(row);
	}
}
