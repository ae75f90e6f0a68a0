package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.BlocstatsApplication;

/** The download menu beside the trends chart, without a browser: its links follow the screen's filters. */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = "vn.blocstats.dashboard.trends")
@WithMockUser(username = "thu", roles = "VIEWER")
class ExportMenuTests extends SpringBrowserlessTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		assertThat(BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet)).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Test
	void the_trends_screen_offers_every_format_of_the_chart_it_shows() {
		UI.getCurrent().navigate("xu-huong", QueryParameters.fromString("committee=74-KCQDN&metric=admissions"));

		ExportMenu menu = $(ExportMenu.class).single();
		assertThat(menu.links()).extracting(Anchor::getHref).containsExactly(
				"charts/trend.png?committee=74-KCQDN&metric=admissions&dpi=300&lang=vi",
				"charts/trend.svg?committee=74-KCQDN&metric=admissions&lang=vi",
				"charts/trend.pdf?committee=74-KCQDN&metric=admissions&lang=vi",
				"charts/trend.xlsx?committee=74-KCQDN&metric=admissions&lang=vi",
				"charts/trend.csv?committee=74-KCQDN&metric=admissions&lang=vi",
				"charts/trend.csv?committee=74-KCQDN&metric=admissions&lang=vi&sep=%3B");
		assertThat(menu.links()).allSatisfy(a -> assertThat(a.getElement().hasAttribute("download")).isTrue());
		assertThat(menu.links().get(2).getText()).isEqualTo("PDF");
	}

	@Test
	void without_filters_the_links_name_the_committee_and_metric_the_screen_chose() {
		UI.getCurrent().navigate("xu-huong");

		assertThat($(ExportMenu.class).single().links().get(2).getHref())
			.matches("charts/trend\\.pdf\\?committee=[^&]+&metric=admissions&lang=vi");
	}

	@Test
	void an_english_screen_downloads_english_files() {
		UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		UI.getCurrent().navigate("xu-huong", QueryParameters.fromString("committee=74-KCQDN&metric=admissions"));

		assertThat($(ExportMenu.class).single().links()).extracting(Anchor::getHref).allMatch(h -> h.contains("&lang=en"), "carries lang=en");
	}
}
