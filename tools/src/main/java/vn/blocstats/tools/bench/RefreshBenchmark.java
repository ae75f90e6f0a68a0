package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.period.PeriodLabel;

/**
 * {@code blocstats bench refresh}: how long a three-figure correction takes until a query sees it,
 * on a copy of a warehouse — from the command line (a new JVM that imports the file, checks it,
 * loads it and refreshes the figure tables), against the JVM start of {@code blocstats query "select
 * 1"} measured in the same run (the baseline), and in a running process (what the import screen's
 * "confirm" does: the import turn with its refresh, without a JVM start). Every round corrects the
 * same three figures of one unit and half-year to new values and checks that the figure table then
 * agrees with its view.
 */
@Component
public class RefreshBenchmark {

	/** What a child in {@code --warm} mode prints before its timings, one number per round in ms. */
	static final String WARM = "WARM_MS";

	private final ImportService imports;
	private final ObjectProvider<Warehouse> warehouse;

	RefreshBenchmark(@Lazy ImportService imports, ObjectProvider<Warehouse> warehouse) {
		this.imports = imports;
		this.warehouse = warehouse;
	}

	/** The three figures corrected each round, and where to look for them afterwards. */
	public record Correction(String unit, LocalDate start, LocalDate end, List<String> metrics, List<Double> values) {

		/** The long-form CSV giving each figure its value plus {@code round}. */
		public String csv(int round) {
			StringBuilder sb = new StringBuilder("Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n");
			for (int i = 0; i < metrics.size(); i++) {
				sb.append(unit).append(',').append(PeriodLabel.vi(start, end)).append(',').append(metrics.get(i)).append(',')
					.append(Math.round(values.get(i)) + round).append('\n');
			}
			return sb.toString();
		}

		/** True when the first figure's year row of the table equals the view's (the refresh has run). */
		public boolean seen(DuckDBConnection c, int round) throws SQLException {
			try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT value FROM fact WHERE org_code = ? AND metric_code = ? "
					+ "AND period_start = ? AND period_end = ? AND superseded_by IS NULL ORDER BY load_id DESC LIMIT 1) = ? "
					+ "AND (SELECT value FROM figure_year WHERE org_code = ? AND metric = ? AND year = ?) "
					+ "IS NOT DISTINCT FROM (SELECT value FROM v_figure_year WHERE org_code = ? AND metric = ? AND year = ?)")) {
				ps.setString(1, unit);
				ps.setString(2, metrics.getFirst());
				ps.setObject(3, start);
				ps.setObject(4, end);
				ps.setDouble(5, Math.round(values.getFirst()) + round);
				ps.setString(6, unit);
				ps.setString(7, metrics.getFirst());
				ps.setInt(8, end.getYear());
				ps.setString(9, unit);
				ps.setString(10, metrics.getFirst());
				ps.setInt(11, end.getYear());
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() && rs.getBoolean(1);
				}
			}
		}
	}

	/** Picks a unit and half-year with at least three reported flows in {@code c}, under the committee with the most units. */
	public static Correction pick(DuckDBConnection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
				SELECT org_code, period_start, period_end,
				       list(metric_code ORDER BY metric_code)[1:3], list(value ORDER BY metric_code)[1:3]
				FROM (SELECT f.org_code, f.period_start, f.period_end, f.metric_code, arg_max(f.value, f.load_id) AS value
				      FROM fact f JOIN metric m ON m.code = f.metric_code
				      WHERE f.superseded_by IS NULL AND f.basis = 'ky' AND m.kind = 'F'
				        AND date_diff('day', f.period_start, f.period_end) BETWEEN 179 AND 184
				      GROUP BY ALL)
				GROUP BY org_code, period_start, period_end
				HAVING count(*) >= 3
				-- a unit of the committee with the most units: the largest group a refresh recomputes
				ORDER BY (SELECT count(DISTINCT s.code) FROM org_unit u JOIN org_unit s ON s.parent_code = u.parent_code
				          WHERE u.code = org_code) DESC, org_code, period_start
				LIMIT 1""")) {
			if (!rs.next()) {
				throw new IllegalStateException("Kho không có đơn vị nào báo cáo ít nhất 3 chỉ tiêu trong một nửa năm: hãy nạp dữ liệu mẫu trước");
			}
			List<String> metrics = new ArrayList<>();
			for (Object o : (Object[]) rs.getArray(4).getArray()) {
				metrics.add(o.toString());
			}
			List<Double> values = new ArrayList<>();
			for (Object o : (Object[]) rs.getArray(5).getArray()) {
				values.add(((Number) o).doubleValue());
			}
			return new Correction(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), metrics, values);
		}
	}

	/**
	 * Runs the benchmark on a copy of {@code from} (the warehouse file; not in use by another process):
	 * a warm-up round and {@code runs} measured rounds, each the baseline then a correction.
	 */
	public void run(Path from, int runs, PrintStream out) throws IOException, SQLException, InterruptedException {
		Path dir = Files.createTempDirectory("blocstats-bench-refresh");
		try {
			Path db = copy(from, dir);
			child(List.of("refresh", "--db", db.toString()), "refresh");
			Correction correction;
			try (Warehouse w = Warehouse.openReadOnly(db); DuckDBConnection c = w.connection()) {
				correction = pick(c);
			}
			out.printf("Benchmark cập nhật sau khi sửa số liệu: bản sao của %s; %d lần đo (sau một lần khởi động)%n", from, runs);
			out.printf("  sửa %s, %s: %s%n", correction.unit(), PeriodLabel.vi(correction.start(), correction.end()),
					String.join(", ", correction.metrics()));
			double[] query = new double[runs];
			double[] fix = new double[runs];
			for (int round = 0; round <= runs; round++) {
				long t = System.nanoTime();
				child(List.of("query", "--db", db.toString(), "select 1"), "query");
				double q = (System.nanoTime() - t) / 1e6;
				Path file = dir.resolve("sua-" + round + ".csv");
				Files.writeString(file, correction.csv(round + 1), StandardCharsets.UTF_8);
				t = System.nanoTime();
				child(List.of("import", "--db", db.toString(), "--report", dir.resolve("r-" + round + ".csv").toString(), file.toString()),
						"import");
				double m = (System.nanoTime() - t) / 1e6;
				try (Warehouse w = Warehouse.openReadOnly(db); DuckDBConnection c = w.connection()) {
					if (!correction.seen(c, round + 1)) {
						throw new IllegalStateException("Lần " + round + ": bảng số liệu chưa có số đã sửa");
					}
				}
				out.printf("  [%s] query \"select 1\": %s ms | sửa 3 số liệu đến khi truy vấn thấy: %s ms%n",
						round == 0 ? "khởi động" : String.valueOf(round), VietFormat.count(q), VietFormat.count(m));
				if (round > 0) {
					query[round - 1] = q;
					fix[round - 1] = m;
				}
			}
			ChildJvm.Result warm = child(List.of("bench", "refresh", "--warm", "--runs", String.valueOf(runs), "--first-round",
					String.valueOf(runs + 2), "--db", db.toString()), "bench refresh --warm");
			double[] screen = warm.output().lines().filter(l -> l.startsWith(WARM)).findFirst()
				.map(l -> Arrays.stream(l.substring(WARM.length()).trim().split(" ")).mapToDouble(Double::parseDouble).toArray())
				.orElseThrow(() -> new IllegalStateException("bench refresh --warm: " + warm.output()));
			double q = ImportBenchmark.median(query);
			double m = ImportBenchmark.median(fix);
			out.printf("Trung vị / median (tải máy %s):%n", load());
			out.printf("  baseline: JVM start of query \"select 1\"        %s ms%n", VietFormat.count(q));
			out.printf("  3-row correction from the command line, until a query sees it  %s ms — tỷ lệ / ratio %s (goal ≤ 2)%n",
					VietFormat.count(m), VietFormat.decimal(m / q, 2));
			out.printf("  the same in a running process (the import screen's confirm)   %s ms (goal ≤ 2.000 ms)%n",
					VietFormat.count(ImportBenchmark.median(screen)));
		}
		finally {
			delete(dir);
		}
	}

	/**
	 * The {@code --warm} half, in the process that holds the warehouse: {@code runs} corrections
	 * through the import turn (after one not measured), each until the figure table agrees; prints
	 * {@value #WARM} and the times in ms.
	 */
	public void warm(int runs, int firstRound, PrintStream out) throws IOException, SQLException {
		Correction correction;
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			correction = pick(c);
		}
		Path dir = Files.createTempDirectory("blocstats-bench-warm");
		try {
			StringBuilder line = new StringBuilder(WARM);
			for (int i = 0; i <= runs; i++) {
				int round = firstRound + i;
				Path file = dir.resolve("sua-" + round + ".csv");
				Files.writeString(file, correction.csv(round), StandardCharsets.UTF_8);
				long t = System.nanoTime();
				ImportSummary s = imports.importPaths(List.of(file), false, dir.resolve("r-" + round + ".csv"));
				double ms = (System.nanoTime() - t) / 1e6;
				if (s.exitCode() != 0) {
					throw new IllegalStateException("Lần " + round + ": " + s.files());
				}
				try (DuckDBConnection c = warehouse.getObject().connection()) {
					if (!correction.seen(c, round)) {
						throw new IllegalStateException("Lần " + round + ": bảng số liệu chưa có số đã sửa");
					}
				}
				if (i > 0) {
					line.append(' ').append(Math.round(ms));
				}
			}
			out.println(line);
		}
		finally {
			delete(dir);
		}
	}

	/**
	 * Copies the warehouse {@code from} (and its write-ahead log) to {@code dir/w.duckdb}, the scratch
	 * copy a benchmark works on: the analyst's own is only read.
	 */
	public static Path copy(Path from, Path dir) throws IOException {
		if (!Files.isRegularFile(from)) {
			throw new IOException("Không có kho " + from + ": hãy nạp dữ liệu (ví dụ ./blocstats import --db " + from + " sample-data)");
		}
		Path db = dir.resolve("w.duckdb");
		Files.copy(from, db, StandardCopyOption.COPY_ATTRIBUTES);
		Path wal = from.resolveSibling(from.getFileName() + ".wal");
		if (Files.exists(wal)) {
			Files.copy(wal, dir.resolve("w.duckdb.wal"));
		}
		return db;
	}

	private static ChildJvm.Result child(List<String> args, String what) throws IOException, InterruptedException {
		ChildJvm.Result r = ChildJvm.run("2g", args);
		if (r.exitCode() != 0) {
			throw new IOException("blocstats " + what + " kết thúc với mã " + r.exitCode() + ":\n" + r.output());
		}
		return r;
	}

	/** The machine's load average over the last minute ({@code /proc/loadavg}), or "?". */
	public static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException e) {
			return "?";
		}
	}

	/** Deletes {@code dir} and everything in it. */
	public static void delete(Path dir) throws IOException {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
