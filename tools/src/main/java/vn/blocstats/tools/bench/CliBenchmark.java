package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBConnection;

import vn.blocstats.tools.bench.BenchRun;
import vn.blocstats.tools.bench.ChildJvm;
import vn.blocstats.tools.bench.ImportBenchmark;
import vn.blocstats.tools.bench.RefreshBenchmark;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * {@code blocstats bench cli [--from WAREHOUSE] [--runs 5]}: how long the command line takes to answer,
 * each command a new process started as an analyst starts it — through the launcher
 * ({@code <repo>/blocstats …}, when this run was started by it: {@code BLOCSTATS_LAUNCHER}), otherwise
 * {@code java -jar} with the launcher's options (or the class path outside a jar) — against
 * {@code blocstats help} in the same run: {@code query "select 1"}, {@code imports}, {@code export chart
 * … --format svg} and a 3-row {@code import} with its refresh, on a copy of the warehouse. One round
 * unmeasured (the copy brought up to date, caches), then {@code --runs} rounds, the commands of a round
 * one after another; prints the medians and their ratios to {@code help} against the goals of issue 17.
 * It asserts nothing about times.
 */
public final class CliBenchmark {

	/** One command measured: its label, its words (the copy's path in place of {@value #DB}), its goal as a multiple of help. */
	record Measured(String label, List<String> words, double goal) {
	}

	private static final String DB = "{db}";

	private CliBenchmark() {
	}

	/** Runs the benchmark on a copy of {@code from}, {@code runs} times each command; returns the exit code. */
	public static int run(Path from, int runs, String mainClass, PrintStream out, PrintStream err) {
		return BenchRun.run(() -> measure(from, runs, mainClass, out), err);
	}

	private static void measure(Path from, int runs, String mainClass, PrintStream out)
			throws IOException, SQLException, InterruptedException {
		Path dir = Files.createTempDirectory("blocstats-bench-cli");
		try {
			Path db = RefreshBenchmark.copy(from, dir);
			String launcher = System.getenv("BLOCSTATS_LAUNCHER");
			List<String> start = launcher != null && Files.isExecutable(Path.of(launcher)) ? List.of(launcher)
					: ChildJvm.java(mainClass);
			// Brings the copy up to date (an older warehouse's schema) before anything is measured.
			child(start, List.of("refresh", "--db", db.toString()));
			RefreshBenchmark.Correction correction;
			String committee;
			String metric;
			try (Warehouse w = Warehouse.openReadOnly(db); DuckDBConnection c = w.connection()) {
				correction = RefreshBenchmark.pick(c);
				metric = correction.metrics().getFirst();
				committee = committeeOf(c, metric);
			}
			List<Measured> commands = List.of(new Measured("help", List.of("help"), 1),
					new Measured("query \"select 1\"", List.of("query", "--db", DB, "select 1"), 2),
					new Measured("imports", List.of("imports", "--db", DB), 2),
					new Measured("export chart trend --format svg", List.of("export", "chart", "trend", "--db", DB, "--committee",
							committee, "--metric", metric, "--format", "svg", "--out", dir.resolve("chart.svg").toString()), 3),
					new Measured("import (3 dòng, cập nhật bảng số liệu)", List.of("import", "--db", DB, "--report",
							dir.resolve("report.csv").toString(), dir.resolve("sua.csv").toString()), 4));
			out.printf("Benchmark dòng lệnh: mỗi lệnh một tiến trình mới, %s; bản sao của %s; %d lần đo (sau một lần khởi động)%n",
					launcher != null ? "qua trình khởi chạy " + launcher : "java " + (start.contains("-jar") ? "-jar" : "-cp") + " như trình khởi chạy",
					from, runs);
			double[][] ms = new double[commands.size()][runs];
			for (int round = 0; round <= runs; round++) {
				Files.writeString(dir.resolve("sua.csv"), correction.csv(round + 1), StandardCharsets.UTF_8);
				for (int i = 0; i < commands.size(); i++) {
					List<String> words = commands.get(i).words().stream().map(w -> w.equals(DB) ? db.toString() : w).toList();
					long t = System.nanoTime();
					child(start, words);
					if (round > 0) {
						ms[i][round - 1] = (System.nanoTime() - t) / 1e6;
					}
				}
			}
			double help = ImportBenchmark.median(ms[0]);
			out.printf("Trung vị / median (tải máy / load %s):%n", RefreshBenchmark.load());
			out.printf("  %-40s %10s %8s %8s%n", "lệnh / command", "ms", "× help", "mục tiêu / goal");
			for (int i = 0; i < commands.size(); i++) {
				double m = ImportBenchmark.median(ms[i]);
				Measured c = commands.get(i);
				out.printf("  %-40s %10s %8s %8s%n", c.label(), VietFormat.count(m), VietFormat.decimal(m / help, 1),
						i == 0 ? "" : "≤ " + VietFormat.decimal(c.goal(), 0) + (m / help <= c.goal() ? " đạt" : " chưa đạt"));
			}
		}
		finally {
			RefreshBenchmark.delete(dir);
		}
	}

	/** A committee with figures of {@code metric}: the chart exported. */
	private static String committeeOf(DuckDBConnection c, String metric) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT committee_code FROM v_figure_term WHERE metric = ? GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")) {
			ps.setString(1, metric);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("Kho không có số liệu nhiệm kỳ của " + metric);
				}
				return rs.getString(1);
			}
		}
	}

	private static void child(List<String> start, List<String> words) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(start);
		cmd.addAll(words);
		ChildJvm.Result r = ChildJvm.run(cmd);
		if (r.exitCode() != 0) {
			throw new IOException(String.join(" ", cmd) + " kết thúc với mã " + r.exitCode() + ":\n" + r.output());
		}
	}
}
