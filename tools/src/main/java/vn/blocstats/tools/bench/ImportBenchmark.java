package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * {@code blocstats bench import}: generates N long-form figure rows, then in one run measures
 * (a) the product's full import of that file — reading, parsing Vietnamese numbers and periods,
 * validation, staging, the set-wise checks, supersession and lineage, one transaction — and
 * (b) DuckDB's own {@code COPY} of the same file into a plain table in a fresh database, the
 * baseline; and prints rows/s for both and their ratio. The warehouse used is a scratch file
 * chosen by the launcher, never the analysts' one.
 */
@Component
public class ImportBenchmark {

	private final ImportService imports;

	ImportBenchmark(@Lazy ImportService imports) {
		this.imports = imports;
	}

	public void run(long rows, Path dir, int repeat, PrintStream out) throws IOException, SQLException {
		out.printf("Benchmark nhập số liệu: %s dòng dạng dài, %d lần; thư mục %s%n", VietFormat.count(rows), repeat, dir);
		double[] product = new double[repeat];
		double[] copy = new double[repeat];
		for (int r = 0; r < repeat; r++) {
			String prefix = "B" + (r + 1);
			long t0 = System.nanoTime();
			ImportBenchData.BenchFiles files = ImportBenchData.write(dir, rows, prefix, 20_261_123L + r);
			out.printf("  [%d] sinh dữ liệu: %s s, %s MB%n", r + 1, VietFormat.decimal((System.nanoTime() - t0) / 1e9, 1),
					VietFormat.decimal(Files.size(files.figures()) / 1e6, 1));
			ImportSummary units = imports.importPaths(List.of(files.units()), false, dir.resolve("bench-units-report.csv"));
			check(units);
			long t1 = System.nanoTime();
			ImportSummary figures = imports.importPaths(List.of(files.figures()), false, dir.resolve("bench-report.csv"));
			double s1 = (System.nanoTime() - t1) / 1e9;
			check(figures);
			FileResult f = figures.files().getFirst();
			if (f.loaded() != files.rows()) {
				throw new IllegalStateException("Benchmark import loaded " + f.loaded() + " of " + files.rows() + " rows");
			}
			double s2 = copyBaseline(files.figures(), dir.resolve("copy-" + prefix + ".duckdb"));
			product[r] = files.rows() / s1;
			copy[r] = files.rows() / s2;
			out.printf("  [%d] blocstats import: %s s, %s dòng/s | DuckDB COPY: %s s, %s dòng/s | tỷ lệ %s%n", r + 1,
					VietFormat.decimal(s1, 2), VietFormat.count(product[r]), VietFormat.decimal(s2, 2), VietFormat.count(copy[r]),
					VietFormat.decimal(product[r] / copy[r], 3));
		}
		double p = median(product);
		double c = median(copy);
		out.printf("Trung vị / median: blocstats %s rows/s, COPY %s rows/s, ratio %s (goal ≥ 0,5)%n", VietFormat.count(p),
				VietFormat.count(c), VietFormat.decimal(p / c, 3));
	}

	private static void check(ImportSummary s) {
		if (s.exitCode() != 0) {
			throw new IllegalStateException("Benchmark import did not load cleanly: " + s.files());
		}
	}

	/** DuckDB's own CSV reader into a plain table of a fresh database: the baseline. */
	private static double copyBaseline(Path csv, Path db) throws SQLException, IOException {
		Files.deleteIfExists(db);
		try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(),
				new Properties()); Statement st = c.createStatement()) {
			st.execute("CREATE TABLE figures (org_code VARCHAR, period VARCHAR, metric VARCHAR, value VARCHAR, basis VARCHAR)");
			long t = System.nanoTime();
			st.execute("COPY figures FROM '" + csv.toAbsolutePath().toString().replace("'", "''") + "' (HEADER)");
			st.execute("CHECKPOINT");
			return (System.nanoTime() - t) / 1e9;
		}
		finally {
			Files.deleteIfExists(db);
		}
	}

	/** The median of {@code xs} (the mean of the middle two for an even count). */
	public static double median(double[] xs) {
		double[] s = xs.clone();
		java.util.Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}
}
