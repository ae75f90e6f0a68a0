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

	/** The good fixtures imported into a new warehouse, with {@code options} ({@code --demo}) on the command line. */
	static Path importedFixtures(String... options) {
		try {
			Path db = Files.createTempDirectory("updating").resolve("w.duckdb");
			PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
			java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("import", "--db", db.toString()));
			line.addAll(java.util.List.of(options));
			line.add("../etl/src/test/resources/fixtures/import/good");
			int code = BlocstatsApplication.run(line.toArray(String[]::new), quiet, quiet);
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

	@Autowired
	vn.blocstats.etl.load.ImportService imports;

	/** Issue 11, finding 3: a refresh that failed is not "being updated" — the header says the figures are not up to date. */
	@Test
	void after_a_failed_refresh_the_header_says_the_figures_are_not_up_to_date_until_a_refresh_succeeds() throws Exception {
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO load (load_id, file_name, file_sha256, table_kind, status, started_at) "
					+ "SELECT max(load_id) + 1, 'sua-2.csv', 'y', 'figures', 'LOADED', current_timestamp FROM load");
			// a refresh cannot write a view: it fails as it would on a full disk
			st.execute("ALTER TABLE figure_term RENAME TO figure_term_saved");
			st.execute("CREATE VIEW figure_term AS SELECT * FROM figure_term_saved");
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.refreshFigureTables(true))
			.isInstanceOf(IllegalStateException.class);

		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().updating.isVisible()).isTrue();
		assertThat(layout().updating.getText()).startsWith("Số liệu chưa cập nhật: lần cập nhật sau lần nạp gần nhất không thành công");
		assertThat(layout().updating.getClassNames()).contains("app-refresh-failed");

		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement()) {
			st.execute("DROP VIEW figure_term");
			st.execute("ALTER TABLE figure_term_saved RENAME TO figure_term");
		}
		imports.refreshFigureTables(false);
		UI.getCurrent().navigate("chi-tieu");
		assertThat(layout().updating.isVisible()).isFalse();
		assertThat(imports.refreshFailure()).isEmpty();
	}

	private MainLayout layout() {
		return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
			.filter(MainLayout.class::isInstance).findFirst().orElseThrow();
	}
}
