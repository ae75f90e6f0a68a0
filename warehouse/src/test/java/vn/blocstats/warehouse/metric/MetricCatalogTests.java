package vn.blocstats.warehouse.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

/** The catalog as the pickers and templates list it: in its own order, each metric in its theme. */
class MetricCatalogTests {

	@TempDir
	Path dir;

	@Test
	void the_metrics_come_in_the_catalogs_order_grouped_by_theme() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			List<Metric> metrics = List.copyOf(MetricCatalog.load(c).metrics());

			assertThat(metrics).extracting(Metric::code).startsWith("org_grassroots", "org_grassroots_committees",
					"org_grassroots_cells", "org_subordinate_cells", "members_total");
			assertThat(metrics.getLast().code()).isEqualTo("admissions_per_100_members");
			assertThat(metrics).filteredOn(m -> m.code().equals("admissions")).singleElement()
				.extracting(Metric::theme).isEqualTo(Metric.Theme.MOVEMENTS);
			assertThat(metrics).filteredOn(m -> m.code().startsWith("staff_reductions")).extracting(Metric::theme)
				.containsOnly(Metric.Theme.STAFFING);
			// a theme's metrics together: the themes change in the catalog's order, never back
			List<Metric.Theme> themes = metrics.stream().map(Metric::theme).distinct().toList();
			assertThat(themes).isSorted();
			assertThat(themes).doesNotContain(Metric.Theme.OTHER).hasSize(8);
		}
	}
}
