package vn.blocstats.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
					return cache.request("trend.svg?{}@1", () -> {
						drawn.incrementAndGet();
						try {
							Thread.sleep(300);
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						return new ChartCache.Entry(new byte[] { 1 }, "image/svg+xml", "inline", "\"e\"", "Biểu đồ 1");
					}).result().get();
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
			cache.request("k", () -> new ChartCache.Entry(new byte[] { 1 }, "text/csv", "attachment", "\"e\"", "Bảng 1")).result().get();
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

	@Test
	void a_drawing_whose_every_client_went_away_is_cancelled_in_duckdb_and_one_still_awaited_runs_on() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
			ChartCache cache = cache(w);
			CountDownLatch querying = new CountDownLatch(1);
			AtomicInteger drawn = new AtomicInteger();
			ChartCache.Drawing slow = () -> {
				drawn.incrementAndGet();
				try (DuckDBConnection c = w.connection();
						java.sql.PreparedStatement ps = vn.blocstats.warehouse.base.Queries.prepare(c,
								"SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = ?")) {
					ps.setLong(1, 7);
					querying.countDown();
					ps.executeQuery().close(); // hours of work: only a cancellation ends it soon
				}
				return new ChartCache.Entry(new byte[] { 1 }, "image/png", "attachment", "\"e\"", "Biểu đồ 1");
			};
			ChartCache.Ticket first = cache.request("slow.png?{}@1", slow);
			ChartCache.Ticket second = cache.request("slow.png?{}@1", slow);
			assertThat(querying.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			Thread.sleep(300);

			first.withdraw().run();
			Thread.sleep(500);
			assertThat(second.result()).as("the other client still waits: the drawing runs on").isNotDone();
			assertThat(cache.drawing()).isEqualTo(1);

			long gone = System.nanoTime();
			second.withdraw().run();
			assertThatThrownBy(() -> second.result().get(20, java.util.concurrent.TimeUnit.SECONDS))
				.satisfies(e -> assertThat(vn.blocstats.warehouse.base.Queries.cancelled(e)).as(e.toString()).isTrue());
			assertThat((System.nanoTime() - gone) / 1e9).as("stopped soon after the last client left").isLessThan(5);
			assertThat(first.result()).isCompletedExceptionally();
			assertThat(cache.drawing()).isZero();
			assertThat(drawn).hasValue(1);
			assertThat(cache.get("slow.png?{}@1")).as("nothing kept of a cancelled drawing").isNull();

			ChartCache.Ticket again = cache.request("slow.png?{}@1",
					() -> new ChartCache.Entry(new byte[] { 2 }, "image/png", "attachment", "\"e\"", "Biểu đồ 1"));
			assertThat(again.result().get(20, java.util.concurrent.TimeUnit.SECONDS).body()).as("asked again, drawn anew").containsExactly(2);
		}
	}

	@Test
	void charts_wait_in_line_for_the_renderers_and_one_withdrawn_before_its_turn_is_never_drawn() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
			ChartCache cache = cache(w);
			CountDownLatch release = new CountDownLatch(1);
			AtomicInteger busy = new AtomicInteger();
			AtomicInteger most = new AtomicInteger();
			ChartCache.Drawing held = () -> {
				most.accumulateAndGet(busy.incrementAndGet(), Math::max);
				try {
					release.await(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				busy.decrementAndGet();
				return new ChartCache.Entry(new byte[] { 1 }, "image/png", "attachment", "\"e\"", "Biểu đồ");
			};
			List<ChartCache.Ticket> drawing = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				drawing.add(cache.request("held-" + i, held));
			}
			AtomicInteger drawnLate = new AtomicInteger();
			ChartCache.Ticket late = cache.request("late", () -> {
				drawnLate.incrementAndGet();
				return new ChartCache.Entry(new byte[] { 1 }, "image/png", "attachment", "\"e\"", "Biểu đồ");
			});
			Thread.sleep(300);
			assertThat(busy).as("two renderers: two drawn at once, the others wait").hasValue(2);

			late.withdraw().run();
			release.countDown();
			for (ChartCache.Ticket t : drawing) {
				assertThat(t.result().get(20, java.util.concurrent.TimeUnit.SECONDS).caption()).isEqualTo("Biểu đồ");
			}
			assertThatThrownBy(() -> late.result().get(20, java.util.concurrent.TimeUnit.SECONDS))
				.satisfies(e -> assertThat(vn.blocstats.warehouse.base.Queries.cancelled(e)).as(e.toString()).isTrue());
			assertThat(drawnLate).as("withdrawn while in line: never drawn").hasValue(0);
			assertThat(most).hasValue(2);
		}
	}

	private static ChartCache cache(Warehouse w) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("warehouse", w);
		return new ChartCache(beans.getBeanProvider(Warehouse.class), 2);
	}
}
