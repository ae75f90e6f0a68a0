package vn.blocstats.etl.source.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.blocstats.etl.source.SourceTesting;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LegacyDetectorTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/legacy");

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "-", textBlock = """
			chi_tieu_tcvn3.csv,  TCVN3
			so_lieu_tcvn3.csv,   TCVN3
			chi_tieu_vni.csv,    VNI_WINDOWS
			chi_tieu_cp1258.csv, -
			""")
	void the_fixtures_are_told_apart_by_their_bytes(String file, LegacyEncoding expected) throws Exception {
		byte[] bytes = Files.readAllBytes(FIXTURES.resolve(file));

		assertThat(LegacyDetector.detect(bytes, bytes.length)).isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void the_readers_Windows_1258_fixture_is_no_false_positive() throws Exception {
		byte[] bytes = Files.readAllBytes(SourceTesting.fixture("chi_tieu_cp1258.csv"));

		assertThat(LegacyDetector.detect(bytes, bytes.length)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			Tổng số đảng viên
			Kết nạp đảng viên mới
			Đảng bộ Khối các cơ quan tỉnh
			Người được tặng Huy hiệu 40 năm tuổi Đảng
			""")
	void a_single_label_is_enough_to_tell_each_encoding(String label) {
		byte[] tcvn3 = LegacyEncoding.TCVN3.encode(label);
		byte[] vni = LegacyEncoding.VNI_WINDOWS.encode(label);
		byte[] windows1258 = LegacyFixtures.windows1258(label);

		assertThat(LegacyDetector.detect(tcvn3, tcvn3.length)).contains(LegacyEncoding.TCVN3);
		assertThat(LegacyDetector.detect(vni, vni.length)).contains(LegacyEncoding.VNI_WINDOWS);
		assertThat(LegacyDetector.detect(windows1258, windows1258.length)).isEmpty();
	}

	@Test
	void text_without_Vietnamese_letters_keeps_Windows_1258() {
		byte[] ascii = "Ma don vi;Gia tri\r\n74-KCQDN;2.096\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] latin = "Caf\u00e9 cr\u00e8me; na\u00efve \u00b0C".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(LegacyDetector.detect(ascii, ascii.length)).isEmpty();
		assertThat(LegacyDetector.detect(latin, latin.length)).isEmpty();
	}

	@Test
	void only_the_given_length_is_looked_at() {
		byte[] bytes = LegacyEncoding.TCVN3.encode("Tổng số đảng viên");
		byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 100);

		assertThat(LegacyDetector.detect(padded, bytes.length)).contains(LegacyEncoding.TCVN3);
		assertThat(LegacyDetector.detect(padded, 0)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			người,  true
			khuyết, true
			quyết,  true
			giữ,    true
			TỔNG,   true
			TCCSĐ,  true
			Đảng,   true
			Tụềng,  false
			baỡo,   false
			Toång,  false
			viị,    false
			ñaûng,  false
			ToơỊng, false
			Cafộ,   false
			crốme,  false
			naùve,  false
			hoặc,   true
			nghiệp, true
			ươu,    true
			""")
	void a_word_is_plausible_when_it_can_be_a_Vietnamese_syllable(String word, boolean plausible) {
		assertThat(LegacyDetector.plausible(word)).isEqualTo(plausible);
	}
}
