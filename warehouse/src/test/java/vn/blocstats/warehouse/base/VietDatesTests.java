package vn.blocstats.warehouse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietDatesTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			30/6/2020     | 2020-06-30
			30/06/2020    | 2020-06-30
			1/7/2020      | 2020-07-01
			01/07/2020    | 2020-07-01
			30-6-2020     | 2020-06-30
			31-12-2021    | 2021-12-31
			31.8.2025     | 2025-08-31
			01.08.2025    | 2025-08-01
			2020-06-30    | 2020-06-30
			2020-6-30     | 2020-06-30
			29/2/2020     | 2020-02-29
			' 14/7/2020 ' | 2020-07-14
			""")
	void reads_day_first_and_iso_dates_with_or_without_leading_zeros(String text, LocalDate date) {
		assertThat(VietDates.parse(text)).contains(date);
	}

	@ParameterizedTest(name = "\"{0}\" is no date")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "31/2/2020", "29/2/2021", "31/4/2020", "32/1/2020", "0/1/2020", "30/13/2020",
			"30/0/2020", "2020-02-30", "2020-13-01", "30/6-2020", "30.6/2020", "30/6/20", "30/6", "6/2020", "2020/06/30",
			"30/6/2020 abc", "ngày 30/6/2020", "30 / 6 / 2020", "123/6/2020" })
	void rejects_impossible_dates_and_other_notations(String text) {
		assertThat(VietDates.parse(text)).isEmpty();
	}
}
