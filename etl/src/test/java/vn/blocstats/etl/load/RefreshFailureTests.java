package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.blocstats.etl.cli.Cli;
import vn.blocstats.warehouse.figures.FigureTables;

/**
 * A refresh of the figure tables that fails after a load (issue 11, finding 3: a rebuild that
 * failed for a full disk exited 0 and only logged an error): the load stands, the tables stay as
 * they were, the import says so and exits 1, the failure is kept for the screens, and the next
 * refresh that succeeds clears it. The failure is made by putting a view where a figure table was
 * (a refresh cannot delete from a view), as a full disk would make the refresh's writes fail.
 */
class RefreshFailureTests extends ImportingTests {

	private static final Path GOOD = Path.of("src/test/resources/fixtures/import/good");

	@Autowired
	Cli cli;

	@Test
	void a_failed_refresh_keeps_the_load_exits_1_and_is_cleared_by_the_next_refresh() throws Exception {
		assertThat(imports.importPaths(List.of(GOOD.resolve("01-units.csv"), GOOD.resolve("02-terms.csv")), false,
				dir.resolve("r1.csv")).exitCode()).isZero();
		assertThat(imports.refreshFailure()).isEmpty();
		long loadsBefore = Long.parseLong(rows("SELECT count(*) FROM load").getFirst());
		sabotage(true);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = cli.run(List.of("import", "--report", dir.resolve("r2.csv").toString(), GOOD.resolve("04-figures-1258.csv").toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Các tệp đã nạp nhưng không cập nhật được bảng số liệu")
			.contains("blocstats refresh");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("04-figures-1258.csv");
		assertThat(rows("SELECT count(*) FROM load WHERE status IN ('LOADED', 'PARTIAL')").getFirst()).isEqualTo(String.valueOf(loadsBefore + 1));
		assertThat(imports.refreshFailure()).isPresent();
		try (DuckDBConnection c = warehouse.connection()) {
			assertThat(FigureTables.fresh(c)).isFalse();
		}

		sabotage(false);
		imports.refreshFigureTables(false);

		assertThat(imports.refreshFailure()).isEmpty();
		try (DuckDBConnection c = warehouse.connection()) {
			assertThat(FigureTables.fresh(c)).isTrue();
		}
	}

	@Test
	void the_refresh_command_recomputes_what_the_loads_touched_or_everything_with_all() throws Exception {
		assertThat(imports.importPaths(List.of(GOOD.resolve("01-units.csv"), GOOD.resolve("02-terms.csv"), GOOD.resolve("04-figures-1258.csv")),
				false, dir.resolve("r3.csv")).exitCode()).isZero();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(cli.run(List.of("refresh"), o, o)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Các bảng số liệu đã cập nhật, không có gì để tính lại.");
		out.reset();
		assertThat(cli.run(List.of("refresh", "--all"), o, o)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Đã tính lại toàn bộ các bảng số liệu trong ");
		try (DuckDBConnection c = warehouse.connection()) {
			assertThat(FigureTables.fresh(c)).isTrue();
		}
	}

	/** Puts a view where the table figure_term was (a refresh then fails), or the table back. */
	private void sabotage(boolean on) throws Exception {
		try (DuckDBConnection c = warehouse.connection(); Statement st = c.createStatement()) {
			if (on) {
				st.execute("ALTER TABLE figure_term RENAME TO figure_term_saved");
				st.execute("CREATE VIEW figure_term AS SELECT * FROM figure_term_saved");
			}
			else {
				st.execute("DROP VIEW figure_term");
				st.execute("ALTER TABLE figure_term_saved RENAME TO figure_term");
			}
		}
	}
}
