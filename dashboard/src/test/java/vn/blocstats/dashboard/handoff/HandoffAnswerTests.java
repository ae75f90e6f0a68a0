package vn.blocstats.dashboard.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line reads the server's answer to a hand-off strictly: a header it does not expect is an error, not a crash. */
class HandoffAnswerTests {

	static HttpHeaders headers(Map<String, List<String>> map) {
		return HttpHeaders.of(map, (k, v) -> true);
	}

	@Test
	void a_non_numeric_exit_code_is_a_clear_error_not_a_crash() {
		byte[] body = "tóm tắt".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> HandoffImport.Answer.of(headers(Map.of(ImportEndpoint.EXIT_CODE, List.of("không"),
				ImportEndpoint.SUMMARY_BYTES, List.of(Integer.toString(body.length)))), body))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("X-Blocstats-Exit-Code “không” không phải 0, 1, 2 hay 3");
		assertThatThrownBy(() -> HandoffImport.Answer.of(headers(Map.of(ImportEndpoint.EXIT_CODE, List.of("0"))), body))
			.hasMessageContaining("thiếu X-Blocstats-Summary-Bytes");
		assertThatThrownBy(() -> HandoffImport.Answer.of(headers(Map.of(ImportEndpoint.EXIT_CODE, List.of("3"),
				ImportEndpoint.SUMMARY_BYTES, List.of("99999"))), body))
			.hasMessageContaining("không hợp lệ");
	}

	@Test
	void the_summary_and_the_reports_bytes_are_split_where_the_server_says() {
		byte[] body = "tóm tắt\nbáo cáo".getBytes(StandardCharsets.UTF_8);
		int summary = "tóm tắt\n".getBytes(StandardCharsets.UTF_8).length;

		HandoffImport.Answer a = HandoffImport.Answer.of(headers(Map.of(ImportEndpoint.EXIT_CODE, List.of("3"),
				ImportEndpoint.SUMMARY_BYTES, List.of(Integer.toString(summary)))), body);

		assertThat(a.exitCode()).isEqualTo(3);
		assertThat(a.summary()).isEqualTo("tóm tắt\n");
		assertThat(new String(a.report(), StandardCharsets.UTF_8)).isEqualTo("báo cáo");
	}

	/**
	 * Issue 11, finding 6: the server was reached, took the files and died before answering (a kill
	 * after the load committed): the client does not claim the send failed, it says the files may be
	 * loaded and what to check, and exits 1. A server that cannot be reached at all loaded nothing.
	 */
	@Test
	void a_server_that_dies_before_answering_is_not_reported_as_a_failed_send() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("handoff", ".csv");
		java.nio.file.Files.writeString(file, "a,b\n1,2\n");
		HandoffImport.Request request = HandoffImport.Request.of(List.of(file), false, null);
		try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			Thread server = Thread.ofVirtual().start(() -> {
				try (java.net.Socket c = listener.accept()) {
					// reads the whole request (the files), then the process "dies": the connection closes unanswered
					c.setSoTimeout(5000);
					java.io.InputStream in = c.getInputStream();
					byte[] buf = new byte[8192];
					String seen = "";
					int n;
					while (!seen.contains("--\r\n") && (n = in.read(buf)) > 0) {
						seen = seen + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
					}
				}
				catch (java.io.IOException e) {
					// the test's assertions say what happened
				}
			});
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
			int code = HandoffImport.deliver(new ServerFile(java.net.URI.create("http://localhost:" + listener.getLocalPort() + "/"), 1, "s"),
					"lan", "mat-khau", request, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
					new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
			server.join();

			assertThat(code).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("Máy chủ blocstats dừng trước khi trả lời")
				.contains("các tệp có thể đã được nạp").contains("./blocstats imports").doesNotContain("không được");
		}
		int closedPort;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		int code = HandoffImport.deliver(new ServerFile(java.net.URI.create("http://localhost:" + closedPort + "/"), 1, "s"), "lan",
				"mat-khau", request, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
				new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Gửi tệp cho máy chủ blocstats không được").contains("Không tệp nào được nạp");
	}
}
