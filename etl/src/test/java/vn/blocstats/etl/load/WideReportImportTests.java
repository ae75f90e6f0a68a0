package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.etl.EtlTestApplication;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * Offices' own Excel reports (FORMATS.md §5) imported end to end into a real DuckDB file: the
 * fixtures written by {@code WideFixtures} (title rows, merged headers, column numbers, totals,
 * notes, several sheets, .xlsx and .xls).
 */
@SpringBootTest(classes = EtlTestApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class WideReportImportTests {

	static final Path WIDE = Path.of("src/test/resources/fixtures/wide");
	static final Path UNITS = WIDE.resolve("00-units.csv");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> dir.resolve("w-" + System.nanoTime() + ".duckdb").toString());
	}

	@Autowired
	ImportService imports;

	@Autowired
	Warehouse warehouse;

	@Test
	void explore() throws Exception {
		imports.importPaths(List.of(UNITS), false, dir.resolve("r0.csv"));
		for (String f : List.of("bao-cao-6-thang-dau-nam-2022.xlsx", "bao-cao-9-thang-nam-2021.xls", "bao-cao-nam-2021-tong-sai.xlsx", "bao-cao-hai-khoi.xlsx")) {
			Path report = dir.resolve(f + ".csv");
			ImportSummary s = imports.importPaths(List.of(WIDE.resolve(f)), false, report);
			System.out.println("=== " + s.files());
			report(report).forEach(r -> System.out.println("  " + r.get(1) + " | " + r.get(2) + " | " + r.get(3) + " | " + r.get(4) + " | " + r.get(5) + " | " + r.get(6) + " | " + r.get(7)));
		}
		rows("SELECT org_code, metric_code, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), basis, CAST(value AS BIGINT), source_sheet, source_row, note FROM fact ORDER BY source_sheet, source_row, metric_code").forEach(System.out::println);
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

	private static List<CSVRecord> report(Path report) throws IOException {
		String text = Files.readString(report, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text.substring(1)))
			.getRecords();
	}
}
