package vn.blocstats.dashboard.trends;

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
import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The trends screen without a browser (Vaadin's browserless tests): the real view, service and
 * warehouse (fixture files imported first), a signed-in viewer.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = TrendsView.class)
@WithMockUser(username = "thu", roles = "VIEWER")
class TrendsViewTests extends SpringBrowserlessTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void importFixtures() {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(new String[] { "import", "--db", dir.resolve("w.duckdb").toString(),
				"../etl/src/test/resources/fixtures/import/good" }, quiet, quiet);
		assertThat(code).isZero();
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Test
	void the_url_chooses_the_committee_and_the_metric_and_the_chart_shows_them() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		assertThat(view.committee.getValue().code()).isEqualTo("74-KCQDN");
		assertThat(view.metric.getValue().code()).isEqualTo("admissions");
		assertThat(view.chart.getElement().getProperty("innerHTML")).startsWith("<svg")
			.contains("Kết nạp đảng viên mới")
			.contains("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương");
	}

	@Test
	void choosing_another_committee_puts_it_in_the_url_and_redraws_the_chart() {
		TrendsView view = open("xu-huong?committee=74-KCQDN&metric=admissions");

		test(view.committee).selectItem("Đảng bộ các cơ quan Đảng Thành phố");

		assertThat(location()).isEqualTo("xu-huong?committee=79-DCQD&metric=admissions");
		// The fixtures hold no admissions of this committee: its name, and the chart says so.
		assertThat(view.chart.getElement().getProperty("innerHTML")).contains("Theo năm, Đảng bộ các cơ quan Đảng Thành phố")
			.contains("Chưa có số liệu");
	}

	@Test
	void without_parameters_the_first_committee_and_admissions_are_shown() {
		TrendsView view = navigate(TrendsView.class);

		assertThat(view.committee.getValue()).isEqualTo(view.committee.getListDataView().getItem(0));
		assertThat(view.metric.getValue().code()).isEqualTo("admissions");
		assertThat(view.getElement().getTextRecursively()).contains("Xu hướng");
	}

	/** Opens a URL as the browser's address bar would (path and query). */
	private TrendsView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
		return (TrendsView) getCurrentView();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}
}
