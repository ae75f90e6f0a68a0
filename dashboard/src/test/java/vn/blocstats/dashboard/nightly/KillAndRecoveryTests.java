package vn.blocstats.dashboard.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The kill test: {@code import --inbox} runs in a child JVM on a large figures file (reference data
 * already loaded); when the job repository shows the moment chosen (the stage step reading, or the
 * publish step started), the child is killed with SIGKILL. Then: the warehouse holds nothing of the
 * file (or, if the kill came after the commit, all of it: never a part); the next run recovers the
 * interrupted execution ({@code JobOperator.recover}) and imports the file from the start exactly
 * once; the file ends in {@code processed/}.
 */
class KillAndRecoveryTests {

	static final int ROWS = 600_000;
	static final List<String> METRICS = List.of("admissions", "recognitions", "cards_issued", "badges_awarded", "transfers_in",
			"transfers_out", "residence_introductions", "removals", "deaths", "candidate_classes", "candidates_trained",
			"new_member_classes", "new_members_trained", "training_theory_senior", "training_theory_intermediate",
			"training_theory_elementary", "training_professional", "training_university", "departments_reduced",
			"subdepartments_reduced");
	static final int MONTHS = 26 * 12;

	@TempDir
	Path dir;

	@Test
	void killed_while_staging_the_warehouse_has_nothing_of_the_file_and_the_next_run_imports_it_once() throws Exception {
		Killed k = importAndKill("stage");
		assertThat(k.factsAfterKill()).isZero();
		assertThat(k.loadsAfterKill()).isZero();
		rerunAndCheck(k);
	}

	@Test
	void killed_while_publishing_the_warehouse_has_all_or_nothing_of_the_file_and_the_next_run_imports_it_once() throws Exception {
		Killed k = importAndKill("publish");
		System.out.printf("Killed during publish: %d facts, %d loads of the file in the warehouse after the kill%n",
				k.factsAfterKill(), k.loadsAfterKill());
		// The publish step is one DuckDB transaction: before its commit nothing, after it everything.
		assertThat(k.factsAfterKill()).isIn(0L, (long) ROWS);
		assertThat(k.loadsAfterKill()).isEqualTo(k.factsAfterKill() == 0 ? 0 : 1);
		rerunAndCheck(k);
	}

	record Killed(Path db, Path inbox, long executionId, long factsAfterKill, long loadsAfterKill) {
	}

	private Killed importAndKill(String moment) throws Exception {
		Path db = dir.resolve("data/w.duckdb");
		Path inbox = dir.resolve("data/inbox");
		Path gen = dir.resolve("gen");
		writeFiles(gen);
		ChildApplication units = ChildApplication.start(dir, "512m", List.of(), "import", "--db", db.toString(),
				gen.resolve("units.csv").toString());
		assertThat(units.waitFor(120)).as(units.output()).isZero();
		Files.createDirectories(inbox);
		Files.move(gen.resolve("figures.csv"), inbox.resolve("figures.csv"));
		Files.setLastModifiedTime(inbox.resolve("figures.csv"), FileTime.from(Instant.now().minusSeconds(60)));

		ChildApplication child = ChildApplication.start(dir, "512m", List.of(), "import", "--inbox", "--db", db.toString());
		long executionId = -1;
		long deadline = System.nanoTime() + 180_000_000_000L;
		Connection jobs = null;
		try {
			while (executionId < 0) {
				assertThat(child.isAlive()).as("the child ended before the kill:\n" + child.output()).isTrue();
				assertThat(System.nanoTime()).as("no " + moment + " step seen in time").isLessThan(deadline);
				try {
					if (jobs == null) {
						jobs = ChildApplication.jobRepository(db);
					}
					executionId = runningStep(jobs, moment);
				}
				catch (SQLException e) {
					// Not created yet, or the child's H2 server not up yet: try again.
					if (jobs != null) {
						jobs.close();
						jobs = null;
					}
				}
				if (executionId < 0) {
					Thread.sleep(moment.equals("publish") ? 2 : 20);
				}
			}
			child.kill();
		}
		finally {
			if (child.isAlive()) {
				child.kill();
			}
			if (jobs != null) {
				try {
					jobs.close();
				}
				catch (SQLException e) {
					// The child that served it is dead: nothing to close.
				}
			}
		}
		assertThat(Files.exists(inbox.resolve("figures.csv"))).as("files move only after their load").isTrue();
		try (Connection w = ChildApplication.warehouseReadOnly(db)) {
			long facts = scalar(w, "SELECT count(*) FROM fact");
			long loads = scalar(w, "SELECT count(*) FROM load WHERE file_name = 'inbox/figures.csv'");
			return new Killed(db, inbox, executionId, facts, loads);
		}
	}

	private void rerunAndCheck(Killed k) throws Exception {
		ChildApplication again = ChildApplication.start(dir, "512m", List.of(), "import", "--inbox", "--db", k.db().toString());
		assertThat(again.waitFor(180)).as(again.output()).isZero();
		boolean committedBeforeKill = k.factsAfterKill() > 0;
		assertThat(again.output()).contains("inbox/figures.csv").contains(committedBeforeKill ? "trùng, bỏ qua" : "đã nạp");

		// Imported exactly once, from the start: every row, no duplicates, one load that put rows in.
		try (Connection w = ChildApplication.warehouseReadOnly(k.db())) {
			assertThat(scalar(w, "SELECT count(*) FROM fact")).isEqualTo(ROWS);
			assertThat(scalar(w, "SELECT count(*) FROM (SELECT DISTINCT org_code, metric_code, period_start, period_end, basis "
					+ "FROM fact)")).isEqualTo(ROWS);
			assertThat(scalar(w, "SELECT count(*) FROM fact WHERE superseded_by IS NOT NULL")).isZero();
			assertThat(scalar(w, "SELECT count(*) FROM load WHERE file_name = 'inbox/figures.csv' AND status = 'LOADED'")).isOne();
		}
		try (Stream<Path> s = Files.list(k.inbox())) {
			assertThat(s.toList()).isEmpty();
		}
		assertThat(k.inbox().resolveSibling("processed").resolve(LocalDate.now().toString()).resolve("figures.csv")).exists();

		// The interrupted execution was recovered: FAILED with an end time, never left STARTED.
		try (Connection jobs = ChildApplication.jobRepository(k.db());
				PreparedStatement ps = jobs.prepareStatement("SELECT STATUS, END_TIME IS NOT NULL FROM BATCH_JOB_EXECUTION "
						+ "WHERE JOB_EXECUTION_ID = ?")) {
			ps.setLong(1, k.executionId());
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("FAILED");
				assertThat(rs.getBoolean(2)).isTrue();
			}
			assertThat(scalar(jobs, "SELECT count(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')")).isZero();
			assertThat(scalar(jobs, "SELECT count(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')")).isZero();
		}
		// And the history says so.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BlocstatsApplication.run(new String[] { "imports", "--db", k.db().toString() }, new PrintStream(out, true,
				StandardCharsets.UTF_8), new PrintStream(java.io.OutputStream.nullOutputStream()));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains(committedBeforeKill ? "tiến trình dừng đột ngột sau khi tệp đã nạp xong"
				: "INTERRUPTED");
	}

	/** The execution whose step {@code moment} is running (stage: with rows read), or -1. */
	private static long runningStep(Connection jobs, String moment) throws SQLException {
		try (Statement st = jobs.createStatement();
				ResultSet rs = st.executeQuery("SELECT s.JOB_EXECUTION_ID, s.STATUS, s.READ_COUNT FROM BATCH_STEP_EXECUTION s "
						+ "WHERE s.STEP_NAME = '" + moment + "' ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1")) {
			if (rs.next() && rs.getString(2).equals("STARTED") && (moment.equals("publish") || rs.getLong(3) > 0)) {
				return rs.getLong(1);
			}
			return -1;
		}
	}

	private static long scalar(Connection c, String sql) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Units and {@value #ROWS} long-form figure rows, every (unit, month, metric) distinct. */
	private static void writeFiles(Path gen) throws IOException {
		Files.createDirectories(gen);
		int perUnit = METRICS.size() * MONTHS;
		int units = (ROWS + perUnit - 1) / perUnit;
		try (BufferedWriter w = Files.newBufferedWriter(gen.resolve("units.csv"), StandardCharsets.UTF_8)) {
			w.write("Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên\nK,Tỉnh K,tinh,\nK-KCQ,Đảng bộ Khối K,dang_bo_khoi,K\n");
			for (int u = 1; u <= units; u++) {
				w.write("K-KCQ-" + u + ",Đảng bộ cơ sở " + u + ",dang_bo_co_so,K-KCQ\n");
			}
		}
		try (BufferedWriter w = Files.newBufferedWriter(gen.resolve("figures.csv"), StandardCharsets.UTF_8)) {
			w.write("Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n");
			int written = 0;
			outer: for (int u = 1; u <= units; u++) {
				for (int m = 0; m < MONTHS; m++) {
					for (String metric : METRICS) {
						if (written++ == ROWS) {
							break outer;
						}
						w.write("K-KCQ-" + u + ",T" + (m % 12 + 1) + "/" + (2000 + m / 12) + "," + metric + "," + (written % 997) + "\n");
					}
				}
			}
		}
	}
}
