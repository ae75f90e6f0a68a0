package vn.blocstats.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.etl.EtlTestApplication;
import vn.blocstats.etl.inbox.InboxImport.InboxFile;
import vn.blocstats.etl.inbox.InboxImport.InboxRun;
import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportHistory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.warehouse.Warehouse;

/**
 * The nightly batch on real fixture files and a real DuckDB file: arrival order, where each file
 * goes with its report, byte-identical files, system failures, files still being written, dry runs.
 */
@SpringBootTest(classes = EtlTestApplication.class, properties = "blocstats.inbox.min-age=1m")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class InboxImportFunctionalTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/import");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w-" + System.nanoTime()).resolve("w.duckdb").toString());
	}

	@Autowired
	InboxImport inbox;

	@Autowired
	ImportService imports;

	@Autowired
	ImportHistory history;

	@Autowired
	Warehouse warehouse;

	final Instant longAgo = Instant.now().minus(1, ChronoUnit.HOURS);

	@Test
	void imports_each_file_once_reference_data_first_then_arrival_order_and_moves_it_with_its_report() throws Exception {
		// Arrival order: figures with bad rows, then the units they need, then an empty file, then good figures.
		arrive("good/03-figures-unicode.txt", "bao-cao-so-y-te.txt", 4);
		arrive("bad/figures-bad-rows.csv", "figures-bad-rows.csv", 1);
		arrive("good/01-units.csv", "don-vi.csv", 2);
		arrive("bad/empty.csv", "rong.csv", 3);

		InboxRun run = inbox.run(false);

		assertThat(run.files()).extracting(f -> f.result().name(), f -> f.result().status(), f -> f.result().loaded(),
				f -> f.result().rejected())
			.containsExactly(
					tuple("inbox/don-vi.csv", "LOADED", 8L, 0L),
					tuple("inbox/figures-bad-rows.csv", "PARTIAL", 1L, 16L),
					tuple("inbox/bao-cao-so-y-te.txt", "LOADED", 5L, 0L),
					tuple("inbox/rong.csv", "UNREADABLE", 0L, 0L));
		String today = LocalDate.now().toString();
		Path processed = inbox.processed().resolve(today);
		Path rejected = inbox.rejected().resolve(today);
		assertThat(files(inbox.inbox())).isEmpty();
		assertThat(files(processed)).containsExactly("bao-cao-so-y-te.txt", "bao-cao-so-y-te.txt.bao-cao.csv", "don-vi.csv",
				"don-vi.csv.bao-cao.csv", "figures-bad-rows.csv", "figures-bad-rows.csv.bao-cao.csv");
		assertThat(files(rejected)).containsExactly("rong.csv", "rong.csv.bao-cao.csv");
		assertThat(run.files()).extracting(InboxFile::location)
			.containsExactly(processed.resolve("don-vi.csv"), processed.resolve("figures-bad-rows.csv"),
					processed.resolve("bao-cao-so-y-te.txt"), rejected.resolve("rong.csv"));
		// Each report holds its own file's lines only, in Vietnamese.
		assertThat(Files.readString(rejected.resolve("rong.csv.bao-cao.csv"))).contains("inbox/rong.csv").contains("Tệp rỗng");
		assertThat(Files.readString(processed.resolve("figures-bad-rows.csv.bao-cao.csv"))).contains("Không có đơn vị mã")
			.doesNotContain("rong.csv");
		assertThat(Files.readAllLines(processed.resolve("don-vi.csv.bao-cao.csv"), StandardCharsets.UTF_8)).hasSize(1);
		assertThat(rows("SELECT file_name, status, rows_loaded FROM load ORDER BY load_id")).containsExactly(
				"inbox/don-vi.csv|LOADED|8", "inbox/figures-bad-rows.csv|PARTIAL|1", "inbox/bao-cao-so-y-te.txt|LOADED|5",
				"inbox/rong.csv|UNREADABLE|0");
		assertThat(rows("SELECT count(*) FROM fact")).containsExactly("6");

		// A second run finds nothing to do and changes nothing.
		InboxRun again = inbox.run(false);
		assertThat(again.files()).isEmpty();
		assertThat(rows("SELECT count(*) FROM fact UNION ALL SELECT count(*) FROM load")).containsExactly("6", "4");
	}

	@Test
	void a_byte_identical_file_is_skipped_recorded_as_duplicate_in_both_histories_and_moved_to_processed() throws Exception {
		arrive("good/01-units.csv", "don-vi.csv", 1);
		arrive("good/03-figures-unicode.txt", "so-lieu.txt", 2);
		inbox.run(false);
		// The same bytes again under another name (an office sending twice), and a rejected file's twin.
		arrive("good/03-figures-unicode.txt", "so-lieu-gui-lai.txt", 1);

		InboxRun run = inbox.run(false);

		FileResult r = run.files().getFirst().result();
		assertThat(r.status()).isEqualTo("DUPLICATE");
		assertThat(r.loaded()).isZero();
		assertThat(r.message()).contains("inbox/so-lieu.txt").contains("bỏ qua");
		Path moved = inbox.processed().resolve(LocalDate.now().toString()).resolve("so-lieu-gui-lai.txt");
		assertThat(run.files().getFirst().location()).isEqualTo(moved);
		assertThat(Files.readString(moved.resolveSibling("so-lieu-gui-lai.txt.bao-cao.csv"))).contains("file.duplicate");
		assertThat(run.summary().exitCode()).isZero();
		// Nothing counted twice; the skip is in the load table and in the job repository.
		assertThat(rows("SELECT count(*) FROM fact")).containsExactly("5");
		assertThat(rows("SELECT file_name, status FROM load ORDER BY load_id")).containsExactly("inbox/don-vi.csv|LOADED",
				"inbox/so-lieu.txt|LOADED", "inbox/so-lieu-gui-lai.txt|DUPLICATE");
		assertThat(rows("SELECT rule FROM load_issue WHERE file_name = 'inbox/so-lieu-gui-lai.txt'")).containsExactly("file.duplicate");
		assertThat(rows("SELECT DISTINCT imported_by FROM load")).as("who imported: the inbox, the skipped file too").containsExactly("inbox");
		assertThat(history.latest(1)).extracting(ImportHistory.Entry::file, ImportHistory.Entry::status)
			.containsExactly(tuple("inbox/so-lieu-gui-lai.txt", "DUPLICATE"));
	}

	@Test
	void a_file_loaded_before_a_crash_left_it_in_the_inbox_is_not_loaded_twice() throws Exception {
		// As if the process died after the load's commit and before the move: loaded, still in the inbox.
		arrive("good/01-units.csv", "don-vi.csv", 1);
		imports.importPaths(List.of(inbox.inbox().resolve("don-vi.csv")), false, dir.resolve("r.csv"));

		InboxRun run = inbox.run(false);

		assertThat(run.files()).extracting(f -> f.result().status()).containsExactly("DUPLICATE");
		assertThat(files(inbox.inbox())).isEmpty();
		assertThat(rows("SELECT count(*) FROM org_unit")).containsExactly("8");
		assertThat(rows("SELECT status FROM load ORDER BY load_id")).containsExactly("LOADED", "DUPLICATE");
	}

	@Test
	void a_file_whose_rows_were_all_rejected_is_checked_again_when_sent_again() throws Exception {
		arrive("good/03-figures-unicode.txt", "so-lieu.txt", 2);
		assertThat(inbox.run(false).files()).extracting(f -> f.result().status()).containsExactly("REJECTED");
		assertThat(files(inbox.rejected().resolve(LocalDate.now().toString()))).contains("so-lieu.txt");
		// The units arrive, and the office sends the same figures again: now they load.
		arrive("good/01-units.csv", "don-vi.csv", 2);
		arrive("good/03-figures-unicode.txt", "so-lieu.txt", 1);

		InboxRun run = inbox.run(false);

		assertThat(run.files()).extracting(f -> f.result().name(), f -> f.result().status())
			.containsExactly(tuple("inbox/don-vi.csv", "LOADED"), tuple("inbox/so-lieu.txt", "LOADED"));
		assertThat(run.files().get(1).location()).isEqualTo(inbox.processed().resolve(LocalDate.now().toString()).resolve("so-lieu.txt"));
		assertThat(rows("SELECT count(*) FROM fact")).containsExactly("5");
	}

	@Test
	void a_system_failure_leaves_the_file_in_the_inbox_recorded_and_the_next_run_loads_it() throws Exception {
		arrive("good/01-units.csv", "don-vi.csv", 2);
		inbox.run(false);
		arrive("good/03-figures-unicode.txt", "so-lieu.txt", 1);
		// The warehouse cannot take the figures (a real DuckDB failure at publish, not a mock).
		execute("ALTER TABLE fact RENAME TO fact_away");

		InboxRun failed = inbox.run(false);

		assertThat(failed.files()).extracting(f -> f.result().status()).containsExactly("FAILED");
		assertThat(failed.files().getFirst().result().message()).startsWith("Lỗi khi nạp tệp, cơ sở dữ liệu không thay đổi");
		assertThat(failed.files().getFirst().location()).isEqualTo(inbox.inbox().resolve("so-lieu.txt"));
		assertThat(files(inbox.inbox())).containsExactly("so-lieu.txt");
		assertThat(rows("SELECT file_name, status FROM load WHERE status = 'FAILED'")).containsExactly("inbox/so-lieu.txt|FAILED");
		assertThat(history.latest(1)).extracting(ImportHistory.Entry::status).containsExactly("FAILED");

		execute("ALTER TABLE fact_away RENAME TO fact");
		InboxRun next = inbox.run(false);

		assertThat(next.files()).extracting(f -> f.result().name(), f -> f.result().status())
			.containsExactly(tuple("inbox/so-lieu.txt", "LOADED"));
		assertThat(files(inbox.inbox())).isEmpty();
		assertThat(rows("SELECT count(*) FROM fact")).containsExactly("5");
	}

	@Test
	void files_still_being_written_or_partial_downloads_are_left_for_the_next_run() throws Exception {
		arrive("good/01-units.csv", "don-vi.csv", 1);
		Path fresh = inbox.inbox().resolve("vua-den.txt");
		Files.copy(FIXTURES.resolve("good/03-figures-unicode.txt"), fresh);
		Files.writeString(inbox.inbox().resolve("dang-tai.csv.part"), "Mã đơn vị,");
		Files.writeString(inbox.inbox().resolve("~$so-lieu.xlsx"), "owner");

		InboxRun run = inbox.run(false);

		assertThat(run.files()).extracting(f -> f.result().name()).containsExactly("inbox/don-vi.csv");
		assertThat(run.waiting()).extracting(InboxImport.Waiting::name).containsExactly("inbox/vua-den.txt");
		assertThat(files(inbox.inbox())).containsExactly("dang-tai.csv.part", "vua-den.txt", "~$so-lieu.xlsx");
	}

	@Test
	void a_dry_run_reports_every_file_and_changes_neither_the_warehouse_nor_the_inbox() throws Exception {
		arrive("good/01-units.csv", "don-vi.csv", 2);
		arrive("good/03-figures-unicode.txt", "so-lieu.txt", 1);
		arrive("bad/empty.csv", "rong.csv", 1);

		InboxRun run = inbox.run(true);

		assertThat(run.dryRun()).isTrue();
		assertThat(run.files()).extracting(f -> f.result().status(), f -> f.result().loaded())
			.containsExactly(tuple("LOADED", 8L), tuple("REJECTED", 0L), tuple("UNREADABLE", 0L));
		assertThat(files(inbox.inbox())).containsExactly("don-vi.csv", "rong.csv", "so-lieu.txt");
		assertThat(Files.exists(inbox.processed())).isFalse();
		assertThat(Files.exists(inbox.rejected())).isFalse();
		assertThat(rows("SELECT count(*) FROM load UNION ALL SELECT count(*) FROM org_unit UNION ALL SELECT count(*) FROM fact"))
			.containsExactly("0", "0", "0");
		assertThat(run.files()).allSatisfy(f -> assertThat(f.report()).startsWith(run.reports()).exists());
		assertThat(Files.readString(run.reports().resolve("rong.csv.bao-cao.csv"))).contains("Tệp rỗng");
	}

	/** Copies a fixture into the inbox as {@code name}, arrived {@code order} seconds after {@link #longAgo}. */
	private void arrive(String fixture, String name, int order) throws IOException {
		Path target = inbox.inbox().resolve(name);
		Files.createDirectories(target.getParent());
		Files.copy(FIXTURES.resolve(fixture), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(target, FileTime.from(longAgo.plusSeconds(order)));
	}

	private static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private void execute(String sql) throws SQLException {
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement()) {
			st.execute(sql);
		}
	}

	private List<String> rows(String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder sb = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					sb.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				out.add(sb.toString());
			}
		}
		return out;
	}
}
