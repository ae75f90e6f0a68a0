package vn.blocstats.warehouse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietNumbersTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2.096          | 2096
			1.234.567      | 1234567
			104,8          | 104.8
			4.718,6        | 4718.6
			1.234.567,89   | 1234567.89
			0,9            | 0.9
			0,125          | 0.125
			""")
	void reads_vietnamese_style(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2096     | 2096
			0        | 0
			007      | 7
			-12      | -12
			+5       | 5
			−12      | -12
			'  2096 '| 2096
			""")
	void reads_plain_numbers_and_signs(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			'1,234.5'      | 1234.5
			'2,096'        | 2096
			'1,234,567'    | 1234567
			'1,234,567.25' | 1234567.25
			""")
	void reads_english_style_from_other_software(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			'2.096'    | 2096
			'2,096'    | 2096
			'2,5'      | 2.5
			'2.5'      | 2.5
			'2,50'     | 2.5
			'2,5000'   | 2.5
			'0.500'    | 0.5
			'1234,567' | 1234.567
			""")
	void reads_a_lone_separator_before_three_digits_as_thousands_and_otherwise_as_decimals(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@MethodSource("spacedNumbers")
	void reads_spaces_no_break_spaces_and_thin_spaces_as_group_separators(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	static Stream<Arguments> spacedNumbers() {
		return Stream.of(Arguments.of("2 096", 2096.0), Arguments.of("2\u00A0096", 2096.0), Arguments.of("2\u2009096", 2096.0),
				Arguments.of("2\u202F096", 2096.0), Arguments.of("1 234 567", 1234567.0), Arguments.of("4 718,6", 4718.6),
				Arguments.of("4 718.6", 4718.6), Arguments.of("-2 096", -2096.0));
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			104,8%     | 104.8
			90%        | 90
			'90 %'     | 90
			0,9%       | 0.9
			-3,2%      | -3.2
			(12)       | -12
			(2.096)    | -2096
			'( 12 )'   | -12
			(4,5%)     | -4.5
			(4,5)%     | -4.5
			""")
	void ignores_a_trailing_percent_sign_and_reads_accounting_negatives(String text, double value) {
		assertThat(VietNumbers.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "\"{0}\" is no number")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "abc", "12a", "1e5", "2.096 người", "N/A", "-", "+", "%", "()", "(-12)", "--12", "12-",
			"1.2.3,4,5", "12.34.567", "1.23.456", "1,2.5", "1.234,5.6", "0.123.456", "1.234.56", "2 09 6", "2  096",
			"1 234.567,5", ".5", "5.", ",5", "5,", "1..2", "12%%", "1/2", "(12" })
	void rejects_letters_misplaced_groups_and_stray_marks(String text) {
		assertThat(VietNumbers.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0} is whole: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2096     | true
			0        | true
			-12      | true
			2096.5   | false
			104.8    | false
			NaN      | false
			Infinity | false
			""")
	void tells_whole_counts_from_fractional_ones(double value, boolean whole) {
		assertThat(VietNumbers.isWhole(value)).isEqualTo(whole);
	}
}
