package vn.blocstats.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators are deterministic, and the committed sample-data/ is what the generator writes. */
class SampleGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void sample_write_reproduces_the_committed_sample_data_byte_for_byte() throws IOException {
		Path committed = Path.of("../sample-data");
		SampleData.write(dir, SampleData.DEFAULT_SEED);

		List<String> written = files(dir);
		assertThat(written).isEqualTo(files(committed).stream().filter(f -> !f.endsWith(".md")).toList());
		for (String f : written) {
			assertThat(Files.mismatch(dir.resolve(f), committed.resolve(f))).as(f).isEqualTo(-1L);
		}
	}

	@Test
	void the_national_dataset_is_the_same_for_the_same_seed_and_differs_for_another() throws IOException {
		NationalData.Result a = NationalData.write(dir.resolve("a"), 7, 2, 3);
		NationalData.write(dir.resolve("b"), 7, 2, 3);
		NationalData.write(dir.resolve("c"), 8, 2, 3);

		assertThat(a.files()).isEqualTo(4);
		assertThat(a.figureRows()).isEqualTo(2L * 2 * 3 * (32 * 38 + 16 * 10));
		for (String f : files(dir.resolve("a"))) {
			assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
		}
		assertThat(Files.mismatch(dir.resolve("a/so-lieu-01.csv"), dir.resolve("c/so-lieu-01.csv"))).isNotEqualTo(-1L);
	}

	private static List<String> files(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
		}
	}
}
