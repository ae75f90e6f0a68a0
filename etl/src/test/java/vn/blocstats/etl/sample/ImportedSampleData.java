package vn.blocstats.etl.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.etl.EtlTestApplication;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.Warehouse;

/**
 * The repository's {@code sample-data/} imported into a fresh DuckDB file, once for every test class
 * that extends this one (they share the Spring context and so the warehouse), then read back through
 * the analysts' views.
 */
@SpringBootTest(classes = EtlTestApplication.class)
public abstract class ImportedSampleData {

	static final Path SAMPLE_DATA = Path.of("../sample-data");
	private static final Path DIR = tempDir();
	private static ImportSummary summary;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> DIR.resolve("sample.duckdb").toString());
	}

	@Autowired
	protected ImportService imports;

	@Autowired
	protected Warehouse warehouse;

	@BeforeEach
	protected void importOnce() {
		synchronized (ImportedSampleData.class) {
			if (summary == null) {
				summary = imports.importPaths(List.of(SAMPLE_DATA), false, DIR.resolve("report.csv"));
			}
		}
	}

	protected static ImportSummary summary() {
		return summary;
	}

	static Path report() {
		return DIR.resolve("report.csv");
	}

	protected List<String> rows(String sql) throws SQLException {
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

	/** metric → value (as a whole number) of a query returning (metric, value). */
	Map<String, Long> values(String sql) throws SQLException {
		Map<String, Long> out = new LinkedHashMap<>();
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				out.put(rs.getString(1), Math.round(rs.getDouble(2)));
			}
		}
		return out;
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("blocstats-sample");
			// The folder and what the tests wrote in it (the warehouse, its job repository, the report):
			// deleteOnExit() leaves a folder that is not empty.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
				}
				catch (IOException e) {
					// best effort at exit
				}
			}));
			return dir;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
