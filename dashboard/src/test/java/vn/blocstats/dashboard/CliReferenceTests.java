package vn.blocstats.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/cli-reference.md is what the command definitions generate: it cannot drift from the commands. */
class CliReferenceTests {

	@Test
	void the_committed_reference_is_what_the_command_definitions_generate() throws Exception {
		String generated = CliReference.markdown();
		Path committed = Path.of("../docs/cli-reference.md");
		Path fresh = Path.of("target/cli-reference.md");
		Files.writeString(fresh, generated, StandardCharsets.UTF_8);

		assertThat(generated).contains("### blocstats import", "### blocstats export chart", "### blocstats rule add", "Tiếng Việt",
			"English (`--lang en`)", "Mã thoát:", "Exit codes:");
		assertThat(Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "")
			.as("docs/cli-reference.md differs from the command definitions: copy dashboard/target/cli-reference.md over it")
			.isEqualTo(generated);
	}
}
