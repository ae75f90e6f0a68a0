package vn.blocstats.dashboard.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.warehouse.Warehouse;

/**
 * A server killed during a hand-off (issue 11, finding 6): what it was importing is imported at the
 * next start from the copy it kept, under the names the client sent — a file whose load had been
 * committed before the kill is a duplicate, not a second load — and what it was still receiving
 * (never imported) is deleted, the console saying so. Here the folders are laid out as the endpoint
 * leaves them at the moment of the kill.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class HandoffResumeTests {

	private static final Path GOOD = Path.of("../etl/src/test/resources/fixtures/import/good");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("data/w.duckdb").toString());
	}

	@Autowired
	HandoffResume resume;

	@Autowired
	Warehouse warehouse;

	@Autowired
	AuditLog audit;

	@Autowired
	vn.blocstats.etl.load.ImportService imports;

	@Test
	void an_interrupted_handoff_is_imported_from_its_copy_once_and_a_partial_one_is_deleted() throws Exception {
		Path uploads = dir.resolve("data/uploads");
		// Killed while importing: every part stored, the marker written (the units file's load had committed already).
		Path interrupted = handoff(uploads.resolve("20261207-101500-aaaa1111"), true,
				List.of("+" + "so-lieu/01-units.csv", "+" + "so-lieu/02-terms.csv", "-" + "so-lieu/thieu.csv"), "quan",
				GOOD.resolve("01-units.csv"), GOOD.resolve("02-terms.csv"));
		Path earlier = dir.resolve("earlier.csv");
		Files.copy(GOOD.resolve("01-units.csv"), earlier);
		assertThat(imports.importPaths(List.of(earlier), false, dir.resolve("earlier-report.csv")).exitCode()).isZero();
		// Killed while receiving: one part stored, no marker of a complete hand-off.
		Path receiving = uploads.resolve("20261207-101600-bbbb2222");
		Files.createDirectories(receiving);
		Files.copy(GOOD.resolve("04-figures-1258.csv"), receiving.resolve("1.csv"));
		Files.createFile(receiving.resolve(ImportEndpoint.RECEIVING));

		ByteArrayOutputStream console = new ByteArrayOutputStream();
		List<HandoffResume.Resumed> resumed = resume.resumeInterrupted(new PrintStream(console, true, StandardCharsets.UTF_8));

		assertThat(resumed).hasSize(1);
		assertThat(resumed.getFirst().files()).isEqualTo(2);
		assertThat(resumed.getFirst().summary().files()).extracting(f -> f.name() + ":" + f.status())
			.containsExactly("so-lieu/thieu.csv:UNREADABLE", "so-lieu/01-units.csv:DUPLICATE", "so-lieu/02-terms.csv:LOADED");
		List<String> loads = rows("SELECT file_name, status FROM load ORDER BY load_id");
		assertThat(loads).hasSize(3);
		assertThat(loads.getFirst()).endsWith("earlier.csv|LOADED");
		assertThat(loads.subList(1, 3)).containsExactly("so-lieu/01-units.csv|DUPLICATE", "so-lieu/02-terms.csv|LOADED");
		assertThat(interrupted.resolve(ImportEndpoint.PENDING)).doesNotExist();
		assertThat(interrupted.resolve("1.csv")).exists();
		assertThat(dir.resolve("data/reports/import-20261207-101500-aaaa1111-resumed.csv")).exists();
		assertThat(receiving).doesNotExist();
		assertThat(console.toString(StandardCharsets.UTF_8))
			.contains("Nạp lại lần gửi tệp bị ngắt khi máy chủ dừng (20261207-101500-aaaa1111, 2 tệp của quan): exit 2")
			.contains("Xóa bản tệp nhận dở khi máy chủ dừng (20261207-101600-bbbb2222): lần gửi đó chưa được nạp, hãy gửi lại.");
		assertThat(audit.recent(5)).anySatisfy(e -> {
			assertThat(e.username()).isEqualTo("quan");
			assertThat(e.detail()).startsWith("Nạp lại lần gửi tệp bị ngắt khi máy chủ dừng (20261207-101500-aaaa1111)");
		});

		// A second start finds nothing left to do.
		assertThat(resume.resumeInterrupted(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEmpty();
	}

	/** A hand-off's folder as the endpoint leaves it: the parts as 1.ext, 2.ext…, the markers. */
	private static Path handoff(Path folder, boolean stored, List<String> names, String user, Path... parts) throws Exception {
		Files.createDirectories(folder);
		int n = 0;
		for (Path p : parts) {
			Files.copy(p, folder.resolve((++n) + ImportEndpoint.extension(p.getFileName().toString())), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.createFile(folder.resolve(ImportEndpoint.RECEIVING));
		if (stored) {
			List<String> lines = new ArrayList<>();
			for (String name : names) {
				lines.add(name.charAt(0) + java.net.URLEncoder.encode(name.substring(1), StandardCharsets.UTF_8));
			}
			HandoffResume.writePending(folder.resolve(ImportEndpoint.PENDING), lines, user);
		}
		return folder;
	}

	private List<String> rows(String sql) throws Exception {
		List<String> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				out.add(rs.getString(1) + "|" + rs.getString(2));
			}
		}
		return out;
	}
}
