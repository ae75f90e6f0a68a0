package vn.blocstats.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The nightly batch's imports in the audit table: the scheduler (every second here) takes a file
 * from the inbox, and the run is recorded as the system's, with the file's name.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=true", "blocstats.nightly.cron=* * * * * *", "blocstats.inbox.min-age=0s",
				"blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class NightlyAuditTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.copy(Path.of("../etl/src/test/resources/fixtures/import/good/01-units.csv"), inbox.resolve("don-vi.csv"));
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
	}

	@Autowired
	AuditLog audit;

	@Test
	void a_nightly_run_that_imports_a_file_is_recorded_as_the_systems() throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (audit.recent(10).stream().noneMatch(e -> e.action().equals("import"))) {
			assertThat(System.nanoTime()).as("no nightly import recorded within 60 s").isLessThan(deadline);
			Thread.sleep(100);
		}

		assertThat(audit.recent(10)).filteredOn(e -> e.action().equals("import")).singleElement().satisfies(e -> {
			assertThat(e.username()).isEqualTo("system");
			assertThat(e.detail()).isEqualTo("nạp hằng đêm (hộp thư đến): 1 tệp, exit 0: inbox/don-vi.csv");
			assertThat(e.client()).isNull();
		});
	}
}
