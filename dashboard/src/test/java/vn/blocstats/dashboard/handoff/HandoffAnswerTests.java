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
			.hasMessageContaining("X-Blocstats-Exit-Code “không” không phải 0, 2 hay 3");
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
}
