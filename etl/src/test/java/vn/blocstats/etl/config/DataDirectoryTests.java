package vn.blocstats.etl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The layout of a data folder, written out by hand as installations have it: a change here loses track
 * of an existing installation's files.
 */
class DataDirectoryTests {

	@Test
	void everything_beside_the_warehouse_keeps_its_name_and_place() {
		DataDirectory d = new DataDirectory(BlocstatsProperties.of("/srv/blocstats/data/blocstats.duckdb"));

		assertThat(d.warehouse()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.duckdb"));
		assertThat(d.folder()).isEqualTo(Path.of("/srv/blocstats/data"));
		assertThat(d.jobRepository()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.jobs"));
		assertThat(d.jobRepositoryFile()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.jobs.mv.db"));
		assertThat(d.jobRepositoryLock()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.jobs.lock.db"));
		assertThat(d.spillFolder()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.duckdb.tmp"));
		assertThat(d.serverFile()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.duckdb.server"));
		assertThat(d.adminPasswordFile()).isEqualTo(Path.of("/srv/blocstats/data/blocstats.duckdb.admin-password.txt"));
		assertThat(d.demoWarehouse()).isEqualTo(Path.of("/srv/blocstats/data/demo.duckdb"));
		assertThat(d.inbox()).isEqualTo(Path.of("/srv/blocstats/data/inbox"));
		assertThat(d.processed()).isEqualTo(Path.of("/srv/blocstats/data/processed"));
		assertThat(d.rejected()).isEqualTo(Path.of("/srv/blocstats/data/rejected"));
		assertThat(d.reports()).isEqualTo(Path.of("/srv/blocstats/data/reports"));
		assertThat(d.uploads()).isEqualTo(Path.of("/srv/blocstats/data/uploads"));
		assertThat(d.handoff("20260101-120000-ab12cd34")).isEqualTo(Path.of("/srv/blocstats/data/uploads/20260101-120000-ab12cd34"));
	}

	@Test
	void a_relative_warehouse_is_kept_as_given_and_its_folders_are_taken_from_the_working_directory() {
		Path cwd = Path.of("").toAbsolutePath();
		DataDirectory d = new DataDirectory(BlocstatsProperties.of(Map.of()));

		assertThat(d.warehouse()).isEqualTo(Path.of("data/blocstats.duckdb"));
		assertThat(d.folder()).isEqualTo(cwd.resolve("data"));
		assertThat(d.jobRepositoryFile()).isEqualTo(cwd.resolve("data/blocstats.jobs.mv.db"));
		assertThat(d.inbox()).isEqualTo(cwd.resolve("data/inbox"));
		assertThat(d.demoWarehouse()).isEqualTo(cwd.resolve("data/demo.duckdb"));
	}

	@Test
	void a_file_without_extension_and_a_path_to_normalise() {
		DataDirectory d = DataDirectory.of("/srv/x/../kho/warehouse");

		assertThat(d.folder()).isEqualTo(Path.of("/srv/kho"));
		assertThat(d.jobRepositoryFile()).isEqualTo(Path.of("/srv/kho/warehouse.jobs.mv.db"));
		assertThat(d.serverFile()).isEqualTo(Path.of("/srv/kho/warehouse.server"));
	}

	@Test
	void an_inbox_elsewhere_takes_processed_and_rejected_beside_it() {
		DataDirectory d = new DataDirectory(
				BlocstatsProperties.of(Map.of("blocstats.db", "/srv/kho/w.duckdb", "blocstats.inbox", "/mnt/chia-se/hop-thu/../den")));

		assertThat(d.inbox()).isEqualTo(Path.of("/mnt/chia-se/den"));
		assertThat(d.processed()).isEqualTo(Path.of("/mnt/chia-se/processed"));
		assertThat(d.rejected()).isEqualTo(Path.of("/mnt/chia-se/rejected"));
		assertThat(d.reports()).isEqualTo(Path.of("/srv/kho/reports"));
	}
}
