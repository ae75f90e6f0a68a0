package vn.blocstats.etl.source.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LegacyEncodingTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The 12 vowels with each of the 5 tones and none, and đ: 73 letters, in lower or upper case. */
	static List<String> vietnameseLetters(boolean upper) {
		List<String> letters = new ArrayList<>();
		for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
			for (String tone : List.of("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")) {
				letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
			}
		}
		letters.add("đ");
		return upper ? letters.stream().map(l -> l.toUpperCase(Locale.ROOT)).toList() : letters;
	}

	private static final Set<String> TCVN3_CAPITALS = Set.of("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ");

	@Test
	void every_Vietnamese_letter_with_every_tone_survives_VNI_encoding_and_decoding_in_both_cases() {
		for (boolean upper : new boolean[] {false, true}) {
			for (String letter : vietnameseLetters(upper)) {
				byte[] bytes = LegacyEncoding.VNI_WINDOWS.encode(letter);
				assertThat(LegacyEncoding.VNI_WINDOWS.decode(bytes)).as(letter).isEqualTo(letter);
				assertThat(LegacyEncoding.VNI_WINDOWS.decode(new String(bytes, WINDOWS_1252))).as(letter).isEqualTo(letter);
			}
		}
	}

	@Test
	void every_lower_case_letter_and_the_capitals_Ă_Â_Ê_Ô_Ơ_Ư_Đ_survive_TCVN3_and_every_capital_the_capitals_fonts() {
		List<String> regular = new ArrayList<>(vietnameseLetters(false));
		regular.addAll(TCVN3_CAPITALS);
		for (String letter : regular) {
			byte[] bytes = LegacyEncoding.TCVN3.encode(letter);
			assertThat(bytes).as(letter).hasSize(1);
			assertThat(LegacyEncoding.TCVN3.decode(bytes)).as(letter).isEqualTo(letter);
		}
		for (String letter : vietnameseLetters(true)) {
			byte[] bytes = LegacyEncoding.TCVN3_CAPITALS.encode(letter);
			assertThat(LegacyEncoding.TCVN3_CAPITALS.decode(bytes)).as(letter).isEqualTo(letter);
			// The capitals fonts draw the regular fonts' lower-case code as the capital.
			String lower = letter.toLowerCase(Locale.ROOT);
			assertThat(LegacyEncoding.TCVN3_CAPITALS.decode(LegacyEncoding.TCVN3.encode(lower))).as(letter).isEqualTo(letter);
		}
	}

	@Test
	void the_two_tables_cover_every_letter_with_distinct_codes_and_agree_on_each() {
		Set<String> tcvn3Codes = new HashSet<>();
		Set<String> vniCodes = new HashSet<>();
		for (boolean upper : new boolean[] {false, true}) {
			for (String letter : vietnameseLetters(upper)) {
				LegacyEncoding tcvn3 = upper && !TCVN3_CAPITALS.contains(letter) ? LegacyEncoding.TCVN3_CAPITALS : LegacyEncoding.TCVN3;
				String viaTcvn3 = tcvn3.decode(tcvn3.encode(letter));
				String viaVni = LegacyEncoding.VNI_WINDOWS.decode(LegacyEncoding.VNI_WINDOWS.encode(letter));
				assertThat(viaTcvn3).as(letter).isEqualTo(viaVni).isEqualTo(letter);
				if (!upper || TCVN3_CAPITALS.contains(letter)) {
					assertThat(tcvn3Codes.add(java.util.Arrays.toString(LegacyEncoding.TCVN3.encode(letter)))).as(letter).isTrue();
				}
				assertThat(vniCodes.add(java.util.Arrays.toString(LegacyEncoding.VNI_WINDOWS.encode(letter)))).as(letter).isTrue();
			}
		}
		assertThat(tcvn3Codes).hasSize(73 + 7);
		assertThat(vniCodes).hasSize(2 * 73);
	}

	/**
	 * Real sentences as the bytes an office's file holds, written out by hand from the code tables
	 * (see {@code CodeTables} for the sources), read both from the bytes and from the characters a
	 * Windows-1252 or ISO-8859-1 reading makes of them, and written back.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			TCVN3          | Kết nạp đảng viên mới         | 4B D5 74 20 6E B9 70 20 AE B6 6E 67 20 76 69 AA 6E 20 6D ED 69
			TCVN3          | Đảng bộ Khối các cơ quan tỉnh | A7 B6 6E 67 20 62 E9 20 4B 68 E8 69 20 63 B8 63 20 63 AC 20 71 75 61 6E 20 74 D8 6E 68
			TCVN3          | Tổng số đảng viên             | 54 E6 6E 67 20 73 E8 20 AE B6 6E 67 20 76 69 AA 6E
			TCVN3          | Người được tặng Huy hiệu      | 4E 67 AD EA 69 20 AE AD EE 63 20 74 C6 6E 67 20 48 75 79 20 68 69 D6 75
			TCVN3_CAPITALS | TINH GIẢN BIÊN CHẾ            | 54 49 4E 48 20 47 49 B6 4E 20 42 49 A3 4E 20 43 48 D5
			VNI_WINDOWS    | Kết nạp đảng viên mới         | 4B 65 E1 74 20 6E 61 EF 70 20 F1 61 FB 6E 67 20 76 69 65 E2 6E 20 6D F4 F9 69
			VNI_WINDOWS    | Đảng bộ Khối các cơ quan tỉnh | D1 61 FB 6E 67 20 62 6F E4 20 4B 68 6F E1 69 20 63 61 F9 63 20 63 F4 20 71 75 61 6E 20 74 E6 6E 68
			VNI_WINDOWS    | Tổng số đảng viên             | 54 6F E5 6E 67 20 73 6F E1 20 F1 61 FB 6E 67 20 76 69 65 E2 6E
			VNI_WINDOWS    | TINH GIẢN BIÊN CHẾ            | 54 49 4E 48 20 47 49 41 DB 4E 20 42 49 45 C2 4E 20 43 48 45 C1
			VNI_WINDOWS    | NGƯỜI ĐƯỢC TẶNG HUY HIỆU      | 4E 47 D6 D4 D8 49 20 D1 D6 D4 CF 43 20 54 41 CB 4E 47 20 48 55 59 20 48 49 45 C4 55
			""")
	void real_sentences_read_from_their_bytes_and_from_those_bytes_read_as_Windows_1252_or_Latin_1_and_are_written_back(
			LegacyEncoding encoding, String text, String hex) {
		byte[] bytes = bytes(hex);

		assertThat(encoding.decode(bytes)).isEqualTo(text);
		assertThat(encoding.decode(new String(bytes, WINDOWS_1252))).isEqualTo(text);
		assertThat(encoding.decode(new String(bytes, StandardCharsets.ISO_8859_1))).isEqualTo(text);
		assertThat(encoding.encode(text)).isEqualTo(bytes);
		assertThat(encoding.encode(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(bytes);
		assertThat(encoding.encodeToAnsiText(text)).isEqualTo(new String(bytes, WINDOWS_1252));
	}

	/**
	 * Examples other public converters give, as the characters a Windows program shows: a TCVN3
	 * converter's usage example (place names of Lào Cai) and the README of the npm package
	 * vietnamese-conversion (duydev) for VNI.
	 */
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			TCVN3       | B¶o Th¾ng           | Bảo Thắng
			TCVN3       | M\u00ADêng Kh\u00AD¬ng    | Mường Khương
			TCVN3       | B¸t X¸t             | Bát Xát
			TCVN3       | Tæng sè ®¶ng viªn   | Tổng số đảng viên
			VNI_WINDOWS | Xin chaøo caùc baïn | Xin chào các bạn
			""")
	void samples_from_other_public_converters_read_as_they_say(LegacyEncoding encoding, String shown, String text) {
		assertThat(encoding.decode(shown)).isEqualTo(text);
		assertThat(encoding.encodeToAnsiText(text)).isEqualTo(shown);
	}

	@Test
	void text_typed_in_lower_case_in_a_capitals_font_reads_as_the_capitals_the_font_draws() {
		String typed = LegacyEncoding.TCVN3.encodeToAnsiText("tinh giản biên chế");

		assertThat(typed).isEqualTo("tinh gi¶n biªn chÕ");
		assertThat(LegacyEncoding.TCVN3_CAPITALS.decode(typed)).isEqualTo("TINH GIẢN BIÊN CHẾ");
	}

	@Test
	void TCVN3_refuses_a_capital_with_a_tone_mark_and_the_capitals_fonts_refuse_lower_case() {
		assertThatThrownBy(() -> LegacyEncoding.TCVN3.encode("TỔNG")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'Ổ'").hasMessageContaining("TCVN3 (ABC)");
		assertThatThrownBy(() -> LegacyEncoding.TCVN3_CAPITALS.encode("Tổng")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'ổ'").hasMessageContaining("phông chữ hoa chỉ có chữ in hoa");
		// µ (0xB5) stands for à in TCVN3, so it cannot stand for itself; a character outside Windows-1252 never can.
		assertThatThrownBy(() -> LegacyEncoding.TCVN3.encode("5 µm")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LegacyEncoding.VNI_WINDOWS.encode("≥ 90%")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void bytes_an_encoding_does_not_use_keep_their_Windows_1252_meaning() {
		byte[] quoted = {(byte) 0x93, 'K', (byte) 0xD5, 't', (byte) 0x94, ' ', (byte) 0x96, ' ', (byte) 0xB0};

		assertThat(LegacyEncoding.TCVN3.decode(quoted)).isEqualTo("“Kết” – °");
		assertThat(LegacyEncoding.TCVN3.encode("“Kết” – °")).isEqualTo(quoted);
		assertThat(LegacyEncoding.VNI_WINDOWS.decode(new byte[] {'5', (byte) 0xB0, 'C'})).isEqualTo("5°C");
	}

	@Test
	void a_cell_already_holding_Unicode_Vietnamese_is_left_as_it_is_whatever_its_font() {
		assertThat(LegacyEncoding.TCVN3.decodeFontText("Tổng số đảng viên")).isEqualTo("Tổng số đảng viên");
		String nfd = Normalizer.normalize("Tên đơn vị", Normalizer.Form.NFD);
		assertThat(LegacyEncoding.VNI_WINDOWS.decodeFontText(nfd)).isEqualTo(nfd);
		assertThat(LegacyEncoding.TCVN3.decodeFontText("Tæng sè")).isEqualTo("Tổng số");
		assertThat(LegacyEncoding.TCVN3.decodeFontText("74-KCQDN")).isEqualTo("74-KCQDN");
		// Only Latin-1 letters, but a worse reading decoded ("Tiờu" is no Vietnamese syllable).
		assertThat(LegacyEncoding.TCVN3.decodeFontText("Tiêu chí")).isEqualTo("Tiêu chí");
		// Equally plausible both ways: the font decides.
		assertThat(LegacyEncoding.TCVN3.decodeFontText("Kú")).isEqualTo("Kỳ");
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			.VnTime            | TCVN3
			.VnArial           | TCVN3
			.VNTIME            | TCVN3
			' .VnTime '        | TCVN3
			.VnTimeH           | TCVN3_CAPITALS
			.VnArialH          | TCVN3_CAPITALS
			.VnArial NarrowH   | TCVN3_CAPITALS
			VNI-Times          | VNI_WINDOWS
			VNI-Helve          | VNI_WINDOWS
			vni-helve-condense | VNI_WINDOWS
			VNI Times          | VNI_WINDOWS
			Times New Roman    | -
			Calibri            | -
			VnTime             | -
			.Vn                | -
			-                  | -
			""")
	void the_encoding_is_told_by_the_font_name(String font, LegacyEncoding expected) {
		assertThat(LegacyEncoding.ofFont(font).orElse(null)).isEqualTo(expected);
	}

	private static byte[] bytes(String hex) {
		String[] parts = hex.strip().split("\\s+");
		byte[] bytes = new byte[parts.length];
		for (int i = 0; i < parts.length; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i], 16);
		}
		return bytes;
	}
}
