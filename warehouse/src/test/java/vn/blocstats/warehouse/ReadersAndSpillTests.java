package vn.blocstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.base.Queries;

/**
 * What a running server must not pile up (issue 11, finding 3): a reader's query that outlives its
 * time limit is cancelled in DuckDB (its thread and memory freed), and DuckDB's spill files do not
 * outlive the process that wrote them — left by a killed process, they are deleted when the
 * warehouse is opened again, and the folder is removed at close.
 */
class ReadersAndSpillTests {

	@TempDir
	Path dir;

	@AfterEach
	void clear() {
		System.clearProperty(Queries.TIMEOUT);
		System.clearProperty(Warehouse.MEMORY_LIMIT);
	}

	@Test
	void a_readers_query_past_its_time_limit_is_cancelled_and_the_connection_answers_again() throws Exception {
		System.setProperty(Queries.TIMEOUT, "1");
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			long start = System.nanoTime();
			// Seconds of work for DuckDB (a cross join of 10^5 × 10^5 rows counted), far past one second.
			assertThatThrownBy(() -> {
				try (PreparedStatement ps = Queries.prepare(c, "SELECT count(*) FROM range(100000) a, range(100000) b WHERE a.range + b.range = ?")) {
					ps.setLong(1, 7);
					ps.executeQuery().close();
				}
			}).isInstanceOf(SQLException.class).satisfies(e -> assertThat(Queries.cancelled(e)).isTrue());
			assertThat((System.nanoTime() - start) / 1e9).as("cancelled about when the limit passed").isLessThan(10);
			try (Statement st = Queries.statement(c); ResultSet rs = st.executeQuery("SELECT 41 + 1")) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(42);
			}
		}
	}

	@Test
	void a_readers_work_cancelled_from_another_thread_stops_at_once_and_runs_no_further_statement() throws Exception {
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection()) {
			Queries.Cancellation cancellation = new Queries.Cancellation();
			java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.atomic.AtomicInteger statementsRun = new java.util.concurrent.atomic.AtomicInteger();
			java.util.concurrent.CompletableFuture<Long> work = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return cancellation.run(() -> {
						// Hours of work for DuckDB (10^12 pairs), far past the 60-s limit: only cancel() ends it soon.
						try (PreparedStatement ps = Queries.prepare(c, "SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = ?")) {
							ps.setLong(1, 7);
							started.countDown();
							statementsRun.incrementAndGet();
							ps.executeQuery().close();
						}
						catch (SQLException e) {
							// the second statement shows that a cancelled work makes no further one
							try (Statement st = Queries.statement(c)) {
								statementsRun.incrementAndGet();
								st.executeQuery("SELECT 1").close();
							}
							catch (SQLException again) {
								e.addSuppressed(again);
							}
							throw e;
						}
						return 0L;
					});
				}
				catch (SQLException e) {
					throw new java.util.concurrent.CompletionException(e);
				}
			});
			assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			Thread.sleep(300); // inside DuckDB's execution
			long cancelledAt = System.nanoTime();
			cancellation.cancel();

			assertThatThrownBy(() -> work.get(20, java.util.concurrent.TimeUnit.SECONDS))
				.hasCauseInstanceOf(SQLException.class)
				.satisfies(e -> assertThat(Queries.cancelled(e.getCause())).isTrue())
				.satisfies(e -> assertThat(e.getCause().getSuppressed()).singleElement()
					.satisfies(s -> assertThat(s.getMessage()).contains("cancelled")));
			assertThat((System.nanoTime() - cancelledAt) / 1e9).as("stopped soon after cancel()").isLessThan(5);
			assertThat(statementsRun).hasValue(1);
			assertThat(cancellation.isCancelled()).isTrue();
			try (Statement st = Queries.statement(c); ResultSet rs = st.executeQuery("SELECT 41 + 1")) {
				rs.next();
				assertThat(rs.getInt(1)).as("the connection answers again outside the cancelled work").isEqualTo(42);
			}
		}
	}

	@Test
	void the_time_limit_is_a_whole_number_of_seconds_60_by_default() {
		assertThat(Queries.timeout().toSeconds()).isEqualTo(60);
		System.setProperty(Queries.TIMEOUT, "1.5");
		assertThatThrownBy(Queries::timeout).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
	}

	@Test
	void spill_files_left_by_a_dead_process_are_deleted_at_open_and_the_folder_at_close() throws Exception {
		Path file = dir.resolve("w.duckdb");
		Path spill = Warehouse.spillFolder(file);
		assertThat(spill).isEqualTo(dir.resolve("w.duckdb.tmp"));
		Files.createDirectories(spill);
		Files.write(spill.resolve("duckdb_temp_storage-0.tmp"), new byte[4096]);

		try (Warehouse w = Warehouse.open(file); DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
			assertThat(spill.resolve("duckdb_temp_storage-0.tmp")).doesNotExist();
			try (ResultSet rs = st.executeQuery("SELECT current_setting('temp_directory')")) {
				rs.next();
				assertThat(Path.of(rs.getString(1))).isEqualTo(spill);
			}
			// What DuckDB spills while the process runs (written here as it would be: the process holds the file).
			Files.createDirectories(spill);
			Files.write(spill.resolve("duckdb_temp_block-4-0.block"), new byte[4096]);
		}
		assertThat(spill).doesNotExist();
	}
}
