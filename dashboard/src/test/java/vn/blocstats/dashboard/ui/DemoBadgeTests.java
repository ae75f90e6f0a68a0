package vn.blocstats.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

import vn.blocstats.dashboard.BlocstatsApplication;

/** Every screen of a demo warehouse ({@code --demo}) shows the badge "Dữ liệu mẫu" in its header, with the tooltip saying why. */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@WithMockUser(username = "thu", roles = "VIEWER")
@ViewPackages(packages = { "vn.blocstats.dashboard.overview", "vn.blocstats.dashboard.targets", "vn.blocstats.dashboard.trends",
		"vn.blocstats.dashboard.quality", "vn.blocstats.dashboard.firstrun", "vn.blocstats.dashboard.ui" })
class DemoBadgeTests extends SpringBrowserlessTest {

	/** The good fixtures in a demo warehouse ({@code import --demo}). */
	static final Path DB = UpdatingNoteTests.importedFixtures("--demo");

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> DB.toString());
	}

	@Test
	void every_screen_of_the_demo_shows_the_badge_with_its_tooltip() {
		for (String screen : new String[] { "tong-quan", "xu-huong", "chi-tieu", "chat-luong" }) {
			UI.getCurrent().navigate(screen);
			MainLayout layout = layout();
			assertThat(layout.demoBadge.isVisible()).as(screen).isTrue();
			assertThat(layout.demoBadge.getText()).isEqualTo("Dữ liệu mẫu");
			assertThat(layout.demoBadge.getElement().getAttribute("aria-label"))
				.contains("giả lập", "không được dùng trong văn bản");
		}
	}

	@Test
	void in_english_it_says_sample_data() {
		UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().demoBadge.getText()).isEqualTo("Sample data");
		assertThat(layout().demoBadge.getElement().getAttribute("aria-label")).contains("invented", "must not be used");
	}

	private MainLayout layout() {
		return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
			.filter(MainLayout.class::isInstance).findFirst().orElseThrow();
	}
}
