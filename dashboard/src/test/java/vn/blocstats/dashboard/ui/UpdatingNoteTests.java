package vn.blocstats.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.warehouse.Warehouse;

/**
 * While an import's refresh has not committed, the screens show the last complete figures and the
 * header says they are being updated; once the tables hold every load, the note goes.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(packages = { "vn.blocstats.dashboard.targets", "vn.blocstats.dashboard.ui" })
@WithMockUser(username = "thu", roles = "VIEWER")
class UpdatingNoteTests extends SpringBrowserlessTest {

	static final Path DB = importedFixtures();

	@Autowired
	Warehouse warehouse;

	static Path importedFixtures() {
		try {
			Path db = Files.createTempDirectory("updating").resolve("w.duckdb");
			PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
			int code = BlocstatsApplication.run(new String[] { "import", "--db", db.toString(), "../etl/src/test/resources/fixtures/import/good" },
					quiet, quiet);
			assertThat(code).isZero();
			return db;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> DB.toString());
	}

	@Test
	void the_header_says_the_figures_are_being_updated_until_the_tables_hold_every_load() throws Exception {
		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().updating.isVisible()).isFalse();

		// a load the tables do not hold yet (an import whose refresh has not committed)
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO load (load_id, file_name, file_sha256, table_kind, status, started_at) "
					+ "SELECT max(load_id) + 1, 'sua.csv', 'x', 'figures', 'LOADED', current_timestamp FROM load");
		}
		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().updating.isVisible()).isTrue();
		assertThat(layout().updating.getText()).startsWith("Đang cập nhật số liệu…");

		vn.blocstats.warehouse.figures.FigureTables.refreshChanged(warehouse);
		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().updating.isVisible()).isFalse();
	}

	private MainLayout layout() {
		return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
			.filter(MainLayout.class::isInstance).findFirst().orElseThrow();
	}
}
