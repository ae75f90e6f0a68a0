package vn.blocstats.dashboard.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blocstats serve} in a child JVM: it holds the warehouse (an on-demand run from another
 * process is refused with a clear message and moves nothing), its scheduler runs the inbox on the
 * configured cron, it listens on the loopback address only, and SIGTERM stops it.
 */
class ServeTests {

	static final Path UNITS = Path.of("../etl/src/test/resources/fixtures/import/good/01-units.csv");

	@TempDir
	Path dir;

	@Test
	void the_server_runs_the_inbox_on_its_schedule_refuses_a_second_importer_and_stops_on_sigterm() throws Exception {
		Path db = dir.resolve("data/w.duckdb");
		Path inbox = dir.resolve("data/inbox");
		ChildApplication serve = ChildApplication.start(dir, "256m",
				List.of("blocstats.nightly.cron=*/2 * * * * *", "blocstats.inbox.min-age=1s"), "serve", "--port", "0", "--db", db.toString());
		try {
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (!serve.output().contains("blocstats serve:")) {
				assertThat(serve.isAlive()).as(serve.output()).isTrue();
				assertThat(System.nanoTime()).as(serve.output()).isLessThan(deadline);
				Thread.sleep(50);
			}
			assertThat(serve.output()).contains("nạp theo lịch “*/2 * * * * *”");

			// It listens on loopback only: this machine's network address gets no connection.
			java.util.regex.Matcher announced = java.util.regex.Pattern.compile("http://localhost:(\\d+)/").matcher(serve.output());
			assertThat(announced.find()).as(serve.output()).isTrue();
			int port = Integer.parseInt(announced.group(1));
			try (java.net.Socket local = new java.net.Socket("127.0.0.1", port)) {
				assertThat(local.isConnected()).isTrue();
			}
			java.util.Optional<java.net.InetAddress> lan = java.net.NetworkInterface.networkInterfaces()
				.flatMap(java.net.NetworkInterface::inetAddresses)
				.filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
				.findFirst();
			if (lan.isPresent()) {
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(lan.get(), port).close())
					.isInstanceOf(java.net.ConnectException.class);
			}

			// Another process cannot import meanwhile: DuckDB's lock; nothing is moved.
			Files.createDirectories(inbox);
			ChildApplication other = ChildApplication.start(dir, "256m", List.of(), "import", "--inbox", "--db", db.toString());
			assertThat(other.waitFor(60)).as(other.output()).isEqualTo(1);
			assertThat(other.output()).contains("Không mở được kho dữ liệu để ghi").contains("Không tệp nào bị chuyển đi");

			// A file arrives (written beside the inbox, then renamed into it): the next scheduled run takes it.
			Path written = dir.resolve("data/don-vi.csv");
			Files.copy(UNITS, written);
			Files.move(written, inbox.resolve("don-vi.csv"));
			Path processed = dir.resolve("data/processed").resolve(LocalDate.now().toString()).resolve("don-vi.csv");
			// Each phase its own minute: the start rebuilds the figure tables, and so does the run after the file
			// (a change of structure), each taking tens of seconds on a busy 2-core machine.
			deadline = System.nanoTime() + 60_000_000_000L;
			while (!Files.exists(processed)) {
				assertThat(serve.isAlive()).as(serve.output()).isTrue();
				assertThat(System.nanoTime()).as(serve.output()).isLessThan(deadline);
				Thread.sleep(100);
			}
			assertThat(processed.resolveSibling("don-vi.csv.bao-cao.csv")).exists();
			deadline = System.nanoTime() + 90_000_000_000L;
			// The run ends (and says so) after the file is moved: the screens' figure tables are rebuilt last.
			while (!serve.output().contains("Nightly import done: 1 file(s)")) {
				assertThat(serve.isAlive()).as(serve.output()).isTrue();
				assertThat(System.nanoTime()).as(serve.output()).isLessThan(deadline);
				Thread.sleep(100);
			}
		}
		finally {
			serve.terminate();
		}
		serve.waitFor(60);
		assertThat(serve.isAlive()).isFalse();
		assertThat(inbox.resolve("don-vi.csv")).doesNotExist();
	}
}
