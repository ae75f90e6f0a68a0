package vn.blocstats.dashboard.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * A new real warehouse (plain {@code serve}, no {@code --demo}) holds no figure — not the sample data's
 * either — and where an analyst lands the first-run page says how to import, in place of empty charts,
 * at the same address; it is not a demo (no badge).
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = { "vn.blocstats.dashboard.firstrun", "vn.blocstats.dashboard.overview", "vn.blocstats.dashboard.trends",
		"vn.blocstats.dashboard.quality", "vn.blocstats.dashboard.upload", "vn.blocstats.dashboard.ui" })
@WithMockUser(username = "thu", roles = "VIEWER")
class FirstRunViewTests extends SpringBrowserlessTest {

	static final Path DB = newWarehouse();

	static Path newWarehouse() {
		try {
			return Files.createTempDirectory("first-run").resolve("data/blocstats.duckdb");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		// the default sample-data folder is beside the working directory: a real warehouse never loads it
		registry.add("blocstats.sample-data", () -> "../sample-data");
		registry.add("blocstats.db", () -> DB.toString());
	}

	@Test
	void the_overview_and_the_trends_of_a_new_real_warehouse_show_how_to_import_at_their_own_address() {
		for (String address : new String[] { "", "tong-quan?committee=74-KCQDN&term=2015-2020", "xu-huong" }) {
			String[] pathAndQuery = address.split("\\?", 2);
			UI.getCurrent().navigate(pathAndQuery[0],
					com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
			FirstRunView view = shown(FirstRunView.class);
			String text = view.getElement().getTextRecursively();
			assertThat(text).as(address).contains("Kho dữ liệu chưa có số liệu", "./blocstats import bao-cao/", "hộp thư đến",
					DB.resolveSibling("inbox").toAbsolutePath().toString(), "./blocstats template", "docs/import-formats.md",
					"./blocstats serve --demo")
				// a viewer may not import: whom to ask, no link
				.contains("tài khoản của bạn chỉ được xem");
			assertThat(view.getChildren().flatMap(Component::getChildren).anyMatch(Anchor.class::isInstance)).isFalse();
			assertThat(badgeShown()).isFalse();
			// what to type is set as code, whole, inside its sentence
			assertThat(codes(view.getElement())).as(address).containsExactly("./blocstats import bao-cao/",
					"./blocstats import --dry-run bao-cao/", DB.resolveSibling("inbox").toAbsolutePath().toString(),
					"./blocstats template --committee MÃ --period 2026-H1 --out mau.xlsx", "./blocstats serve --demo");
			assertThat(text).contains("Trên máy chủ, bằng dòng lệnh: ./blocstats import bao-cao/ (kiểm tra trước");
		}
	}

	/** The texts of the code elements under {@code e}, in order. */
	private static java.util.List<String> codes(com.vaadin.flow.dom.Element e) {
		java.util.List<String> out = new java.util.ArrayList<>();
		if (e.isTextNode()) {
			return out;
		}
		if (e.getTag().equals("code")) {
			out.add(e.getTextRecursively());
		}
		e.getChildren().forEach(c -> out.addAll(codes(c)));
		return out;
	}

	@Test
	@WithMockUser(username = "quan", roles = "STEWARD")
	void a_steward_gets_the_link_to_the_import_screen() {
		UI.getCurrent().navigate("tong-quan");
		FirstRunView view = shown(FirstRunView.class);
		assertThat(view.getElement().getTextRecursively()).contains("Mở màn hình Nhập dữ liệu")
			.doesNotContain("tài khoản của bạn chỉ được xem");
	}

	@Test
	void in_english_too() {
		UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		UI.getCurrent().navigate("tong-quan");
		assertThat(shown(FirstRunView.class).getElement().getTextRecursively()).contains("The warehouse has no figures yet",
				"./blocstats serve --demo");
	}

	private static <T> T shown(Class<T> type) {
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().filter(type::isInstance).map(type::cast)
			.findFirst().orElseThrow(() -> new AssertionError("not shown: " + type.getSimpleName() + " in "
					+ UI.getCurrent().getInternals().getActiveRouterTargetsChain()));
	}

	/** Whether the header shows the badge "Dữ liệu mẫu". */
	static boolean badgeShown() {
		return badges(UI.getCurrent().getElement()).anyMatch(com.vaadin.flow.dom.Element::isVisible);
	}

	private static java.util.stream.Stream<com.vaadin.flow.dom.Element> badges(com.vaadin.flow.dom.Element e) {
		return java.util.stream.Stream.concat(e.getClassList().contains("app-demo-badge") ? java.util.stream.Stream.of(e) : java.util.stream.Stream.empty(),
				e.getChildren().flatMap(FirstRunViewTests::badges));
	}
}
