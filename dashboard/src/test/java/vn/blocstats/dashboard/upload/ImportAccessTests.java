package vn.blocstats.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * Who may import: the import route and its navigation item are the stewards' and administrators';
 * a viewer is neither offered the screen nor let in when typing its address. The real security
 * configuration and the main layout, an empty warehouse.
 */
@SpringBootTest(classes = vn.blocstats.dashboard.BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = { "vn.blocstats.dashboard.upload", "vn.blocstats.dashboard.quality", "vn.blocstats.dashboard.ui" })
class ImportAccessTests extends SpringBrowserlessTest {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Test
	@WithMockUser(username = "thu", roles = "VIEWER")
	void a_viewer_cannot_open_the_import_screen_and_is_not_offered_it() {
		UI.getCurrent().navigate("nhap-du-lieu");

		assertThat(getCurrentView()).isNotInstanceOf(ImportView.class);
		UI.getCurrent().navigate("chat-luong");
		assertThat(navigation()).contains("Chất lượng số liệu").doesNotContain("Nhập dữ liệu");
	}

	@Test
	@WithMockUser(username = "quan", roles = "STEWARD")
	void a_steward_opens_the_import_screen_from_the_navigation() {
		UI.getCurrent().navigate("nhap-du-lieu");

		assertThat(getCurrentView()).isInstanceOf(ImportView.class);
		assertThat(navigation()).contains("Chất lượng số liệu", "Nhập dữ liệu");
	}

	@Test
	@WithMockUser(username = "an", roles = "ADMIN")
	void an_administrator_may_import_too() {
		UI.getCurrent().navigate("nhap-du-lieu");

		assertThat(getCurrentView()).isInstanceOf(ImportView.class);
	}

	private java.util.List<String> navigation() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}
}
