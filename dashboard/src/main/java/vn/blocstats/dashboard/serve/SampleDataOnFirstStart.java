package vn.blocstats.dashboard.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * On the first start of the demo ({@code serve --demo}: the demo warehouse {@code data/demo.duckdb},
 * marked a demo) — a warehouse into which no file was ever loaded — imports the sample data
 * ({@code blocstats.sample-data}, default {@code sample-data} in the working directory) as
 * {@value WarehouseInfo#SAMPLE_IMPORTER}, so a newcomer sees real-looking figures at once. Never
 * into a real warehouse (plain {@code serve}): that one starts empty, with the first-run page. Never
 * again afterwards: any load recorded in the warehouse, even a failed one, means it is no longer
 * new. An empty setting turns it off.
 */
@Component
class SampleDataOnFirstStart {

	private final ImportService imports;
	private final ObjectProvider<Warehouse> warehouse;
	private final String folder;
	private final boolean demo;
	private final Path reports;

	SampleDataOnFirstStart(@Lazy ImportService imports, ObjectProvider<Warehouse> warehouse, BlocstatsProperties settings,
			DataDirectory data) {
		this.imports = imports;
		this.demo = settings.demo();
		this.warehouse = warehouse;
		this.folder = settings.sampleData();
		this.reports = data.reports();
	}

	/** The import's summary when the sample data was loaded now, else empty. */
	Optional<ImportSummary> loadIfNew() throws SQLException {
		if (!demo || folder.isBlank() || !Files.isDirectory(Path.of(folder)) || !isNew()) {
			return Optional.empty();
		}
		Path report = reports.resolve("sample-data-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
		return Optional.of(imports.as(WarehouseInfo.SAMPLE_IMPORTER, () -> imports.importPaths(List.of(Path.of(folder)), false, report)));
	}

	private boolean isNew() throws SQLException {
		try (DuckDBConnection c = warehouse.getObject().connection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT count(*) FROM load")) {
			rs.next();
			return rs.getLong(1) == 0;
		}
	}
}
