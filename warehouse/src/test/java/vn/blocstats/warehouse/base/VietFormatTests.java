package vn.blocstats.warehouse.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietFormatTests {

	private static final Locale ENGLISH = Locale.ENGLISH;

	@ParameterizedTest(name = "{0} is written \"{1}\" in Vietnamese and \"{2}\" in English")
	@CsvSource(delimiter = '|', textBlock = """
			2096       | 2.096         | 2,096
			0          | 0             | 0
			982        | 982           | 982
			1234567    | 1.234.567     | 1,234,567
			-159       | -159          | -159
			""")
	void writes_counts_with_the_locales_thousands_separator(long count, String vietnamese, String english) {
		assertThat(VietFormat.count(count)).isEqualTo(vietnamese);
		assertThat(VietFormat.count(count, VietFormat.VIETNAMESE)).isEqualTo(vietnamese);
		assertThat(VietFormat.count(count, ENGLISH)).isEqualTo(english);
		assertThat(VietFormat.count((double) count)).isEqualTo(vietnamese);
	}

	@ParameterizedTest(name = "{0} is counted \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			2096.0    | 2.096
			2095.5    | 2.096
			2095.49   | 2.095
			-0.4      | 0
			""")
	void rounds_a_fractional_count_half_up(double count, String written) {
		assertThat(VietFormat.count(count)).isEqualTo(written);
	}

	@ParameterizedTest(name = "{0} with {1} decimals is \"{2}\" in Vietnamese and \"{3}\" in English")
	@CsvSource(delimiter = '|', textBlock = """
			4718.6     | 1 | 4.718,6     | 4,718.6
			4718.6     | 2 | 4.718,60    | 4,718.60
			4718.6     | 0 | 4.719       | 4,719
			104.85     | 1 | 104,9       | 104.9
			0.125      | 2 | 0,13        | 0.13
			-0.04      | 1 | 0,0         | 0.0
			-1234.5    | 1 | -1.234,5    | -1,234.5
			""")
	void writes_decimals_with_exactly_the_digits_asked(double value, int digits, String vietnamese, String english) {
		assertThat(VietFormat.decimal(value, digits)).isEqualTo(vietnamese);
		assertThat(VietFormat.decimal(value, digits, ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0} per cent is \"{1}\" in Vietnamese and \"{2}\" in English")
	@CsvSource(delimiter = '|', textBlock = """
			104.8    | 104,8%    | 104.8%
			95.2     | 95,2%     | 95.2%
			91.24    | 91,2%     | 91.2%
			100      | 100,0%    | 100.0%
			1234.5   | 1.234,5%  | 1,234.5%
			""")
	void writes_a_percentage_given_in_per_cent_with_one_decimal(double pct, String vietnamese, String english) {
		assertThat(VietFormat.percent(pct)).isEqualTo(vietnamese);
		assertThat(VietFormat.percent(pct, ENGLISH)).isEqualTo(english);
	}

	@Test
	void writes_a_percentage_with_the_digits_asked() {
		assertThat(VietFormat.percent(90, 0)).isEqualTo("90%");
		assertThat(VietFormat.percent(23.75, 2, ENGLISH)).isEqualTo("23.75%");
	}

	@ParameterizedTest(name = "{0} is written \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			2020-07-14 | 14/7/2020
			2025-02-06 | 6/2/2025
			2021-12-31 | 31/12/2021
			""")
	void writes_dates_day_first_without_leading_zeros_in_both_languages(LocalDate date, String written) {
		assertThat(VietFormat.date(date)).isEqualTo(written);
		assertThat(VietFormat.date(date, ENGLISH)).isEqualTo(written);
	}

	@ParameterizedTest(name = "locale {0} writes 2096 as \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			vi-VN | 2.096
			vi    | 2.096
			en    | 2,096
			en-US | 2,096
			en-GB | 2,096
			fr-FR | 2.096
			de-DE | 2.096
			""")
	void takes_english_marks_for_english_and_vietnamese_marks_for_every_other_language(String tag, String written) {
		assertThat(VietFormat.count(2096, Locale.forLanguageTag(tag))).isEqualTo(written);
	}

	@Test
	void does_not_depend_on_the_jvm_default_locale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertThat(VietFormat.decimal(4718.6, 1)).isEqualTo("4.718,6");
			Locale.setDefault(Locale.forLanguageTag("fr-FR"));
			assertThat(VietFormat.decimal(4718.6, 1, ENGLISH)).isEqualTo("4,718.6");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(doubles = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
	void refuses_values_that_are_not_finite(double value) {
		assertThatIllegalArgumentException().isThrownBy(() -> VietFormat.decimal(value, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> VietFormat.percent(value));
		assertThatIllegalArgumentException().isThrownBy(() -> VietFormat.count(value));
	}

	@Test
	void refuses_a_negative_number_of_decimals() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietFormat.decimal(1.5, -1));
	}
}
