package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.blocstats.etl.load.WarehouseChanged;
import vn.blocstats.warehouse.Warehouse;

/**
 * The chart cache over a real warehouse: a chart many clients ask for at once is drawn once; the
 * warehouse's version is read once, not per request, until an import's turn ends — then every
 * drawn chart goes and the version is read again.
 */
class ChartCacheTests {

	@TempDir
	Path dir;

	@Test
	void a_chart_asked_for_by_many_at_once_is_drawn_once() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
			ChartCache cache = cache(w);
			AtomicInteger drawn = new AtomicInteger();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<ChartCache.Entry>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return cache.get("trend.svg?{}@1", () -> {
						drawn.incrementAndGet();
						try {
							Thread.sleep(300);
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						return new ChartCache.Entry(new byte[] { 1 }, "image/svg+xml", "inline", "\"e\"", "Biểu đồ 1");
					});
				}));
			}
			start.countDown();
			for (Future<ChartCache.Entry> a : answers) {
				assertThat(a.get().caption()).isEqualTo("Biểu đồ 1");
			}
			pool.shutdown();

			assertThat(drawn).hasValue(1);
		}
	}

	@Test
	void the_version_is_kept_until_a_turn_ends_then_read_again_and_the_charts_drawn_before_are_gone() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
			ChartCache cache = cache(w);
			String before = cache.version();
			cache.get("k", () -> new ChartCache.Entry(new byte[] { 1 }, "text/csv", "attachment", "\"e\"", "Bảng 1"));
			try (DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
				st.execute("INSERT INTO load (load_id, file_name, file_sha256, table_kind, status, started_at) "
						+ "VALUES (1, 'a.csv', 'x', 'figures', 'LOADED', current_timestamp)");
			}

			assertThat(cache.version()).as("no request reads the warehouse again within a turn").isEqualTo(before);
			assertThat(cache.get("k")).isNotNull();

			cache.warehouseChanged(new WarehouseChanged());

			assertThat(cache.get("k")).isNull();
			assertThat(cache.version()).isNotEqualTo(before).startsWith("1/1/");
		}
	}

	private static ChartCache cache(Warehouse w) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("warehouse", w);
		return new ChartCache(beans.getBeanProvider(Warehouse.class));
	}
}
