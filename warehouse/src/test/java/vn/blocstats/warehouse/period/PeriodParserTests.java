package vn.blocstats.warehouse.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.blocstats.warehouse.period.Period.Kind;

class PeriodParserTests {

	@ParameterizedTest(name = "\"{0}\" is the year {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2021          | 2021-01-01 | 2021-12-31
			năm 2021      | 2021-01-01 | 2021-12-31
			Năm 2021      | 2021-01-01 | 2021-12-31
			NĂM 2021      | 2021-01-01 | 2021-12-31
			nam 2021      | 2021-01-01 | 2021-12-31
			1945          | 1945-01-01 | 1945-12-31
			2100          | 2100-01-01 | 2100-12-31
			""")
	void reads_a_year(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.YEAR, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is the quarter {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Q1/2020          | 2020-01-01 | 2020-03-31
			q2/2020          | 2020-04-01 | 2020-06-30
			Quý I/2020       | 2020-01-01 | 2020-03-31
			Quy I/2020       | 2020-01-01 | 2020-03-31
			QUÝ II/2020      | 2020-04-01 | 2020-06-30
			quý III/2020     | 2020-07-01 | 2020-09-30
			quý IV/2021      | 2021-10-01 | 2021-12-31
			quý 1 năm 2020   | 2020-01-01 | 2020-03-31
			quý 4 năm 2020   | 2020-10-01 | 2020-12-31
			Quý I năm 2020   | 2020-01-01 | 2020-03-31
			quý 3-2020       | 2020-07-01 | 2020-09-30
			Q4 2020          | 2020-10-01 | 2020-12-31
			""")
	void reads_a_quarter(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.QUARTER, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is the half-year {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			6 tháng đầu năm 2022   | 2022-01-01 | 2022-06-30
			6 THÁNG ĐẦU NĂM 2022   | 2022-01-01 | 2022-06-30
			6 thang dau nam 2022   | 2022-01-01 | 2022-06-30
			6 tháng cuối năm 2022  | 2022-07-01 | 2022-12-31
			6 tháng năm 2022       | 2022-01-01 | 2022-06-30
			06 tháng đầu năm 2022  | 2022-01-01 | 2022-06-30
			H1/2022                | 2022-01-01 | 2022-06-30
			H2/2022                | 2022-07-01 | 2022-12-31
			""")
	void reads_a_half_year(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.HALF_YEAR, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is nine months {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			9 tháng năm 2020       | 2020-01-01 | 2020-09-30
			9 tháng đầu năm 2020   | 2020-01-01 | 2020-09-30
			9 THANG NAM 2020       | 2020-01-01 | 2020-09-30
			""")
	void reads_nine_months_from_january(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.NINE_MONTHS, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is the month {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			T6/2020            | 2020-06-01 | 2020-06-30
			t12/2020           | 2020-12-01 | 2020-12-31
			tháng 6/2020       | 2020-06-01 | 2020-06-30
			Tháng 2/2020       | 2020-02-01 | 2020-02-29
			tháng 2/2021       | 2021-02-01 | 2021-02-28
			tháng 6 năm 2020   | 2020-06-01 | 2020-06-30
			thang 06-2020      | 2020-06-01 | 2020-06-30
			06/2020            | 2020-06-01 | 2020-06-30
			6/2020             | 2020-06-01 | 2020-06-30
			6-2020             | 2020-06-01 | 2020-06-30
			8.2025             | 2025-08-01 | 2025-08-31
			2020-06            | 2020-06-01 | 2020-06-30
			""")
	void reads_a_month(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.MONTH, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is the term {1}-{2}")
	@CsvSource(delimiter = '|', textBlock = """
			nhiệm kỳ 2015-2020      | 2015 | 2020
			nhiệm kỳ 2015 – 2020    | 2015 | 2020
			Nhiệm kỳ 2015—2020      | 2015 | 2020
			NHIEM KY 2020-2025      | 2020 | 2025
			NK 2015-2020            | 2015 | 2020
			nk2025-2030             | 2025 | 2030
			""")
	void reads_a_term_as_years_whose_dates_the_warehouse_knows(String text, int first, int last) {
		Period period = PeriodParser.parse(text).orElseThrow();

		assertThat(period.kind()).isEqualTo(Kind.TERM);
		assertThat(period.termStartYear()).isEqualTo(first);
		assertThat(period.termEndYear()).isEqualTo(last);
		assertThat(period.termLabel()).isEqualTo(first + "-" + last);
		assertThat(period.start()).isNull();
		assertThat(period.end()).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" is the years {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			giai đoạn 2016 - 2020         | 2016-01-01 | 2020-12-31
			Giai đoạn 2016–2020           | 2016-01-01 | 2020-12-31
			2016-2020                     | 2016-01-01 | 2020-12-31
			2017 - 2019                   | 2017-01-01 | 2019-12-31
			từ năm 2016 đến năm 2020      | 2016-01-01 | 2020-12-31
			năm 2020-2020                 | 2020-01-01 | 2020-12-31
			""")
	void reads_a_range_of_years_as_whole_calendar_years(String text, LocalDate start, LocalDate end) {
		assertPeriod(text, Kind.YEARS, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" is as of {1}")
	@CsvSource(delimiter = '|', textBlock = """
			30/6/2020                  | 2020-06-30
			30-6-2020                  | 2020-06-30
			31.8.2025                  | 2025-08-31
			30/06/2020                 | 2020-06-30
			2020-06-30                 | 2020-06-30
			có đến 31-12-2021          | 2021-12-31
			tính đến 30/6/2020         | 2020-06-30
			đến ngày 30/6/2020         | 2020-06-30
			tính đến ngày 30/6/2020    | 2020-06-30
			ngày 30/6/2020             | 2020-06-30
			đến hết ngày 31/12/2021    | 2021-12-31
			tính tới 30/6/2020         | 2020-06-30
			tính đến tháng 6-2020      | 2020-06-30
			tính đến tháng 6/2020      | 2020-06-30
			Tính đến tháng 2/2020      | 2020-02-29
			đến hết T6/2020            | 2020-06-30
			có đến tháng 12 năm 2021   | 2021-12-31
			tính đến hết năm 2021      | 2021-12-31
			tinh den het nam 2021      | 2021-12-31
			đến cuối năm 2021          | 2021-12-31
			""")
	void reads_an_as_of_date_as_a_single_day(String text, LocalDate day) {
		Period period = assertPeriod(text, Kind.AS_OF, day, day);

		assertThat(period.isPoint()).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\" reads like \"Quý I/2020\"")
	@MethodSource("spellingsOfQuarterOne")
	void ignores_case_diacritics_decomposition_and_spacing(String text) {
		assertPeriod(text, Kind.QUARTER, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31));
	}

	static Stream<String> spellingsOfQuarterOne() {
		return Stream.of("Quý I/2020", "QUÝ I/2020", "quy i/2020", Normalizer.normalize("Quý I/2020", Normalizer.Form.NFD),
				"  Quý  I / 2020  ", "Quý\u00A0I\u00A0/\u00A02020", "Quý\tI/2020", "\u202FQuý I/2020\u00A0", "Quý I - 2020",
				"Quý I – 2020", "Quý I—2020");
	}

	@ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
	@MethodSource("writtenAndKept")
	void keeps_the_text_as_written_in_nfc_and_trimmed(String text, String kept) {
		assertThat(PeriodParser.parse(text)).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo(kept));
	}

	static Stream<Arguments> writtenAndKept() {
		return Stream.of(Arguments.of("  6 tháng đầu năm 2022 ", "6 tháng đầu năm 2022"),
				Arguments.of(Normalizer.normalize("Quý I/2020", Normalizer.Form.NFD), "Quý I/2020"),
				Arguments.of("\u00A0nhiệm kỳ 2015 – 2020\u00A0", "nhiệm kỳ 2015 – 2020"));
	}

	@ParameterizedTest(name = "\"{0}\" is not a period")
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "abc", "năm", "quý I", "tháng 6", "2021 abc", "kết nạp 2.096", "20211", "21",
			// impossible dates
			"31/2/2020", "29/2/2021", "30/13/2020", "0/6/2020", "tính đến 31/4/2020", "30/6-2020",
			// months above 12
			"T13/2020", "tháng 13/2020", "13/2020", "0/2020", "tính đến tháng 13-2020", "2020-13",
			// quarters above 4
			"Q5/2020", "Quý V/2020", "quý 0 năm 2020", "Quý IIII/2020",
			// years outside 1945–2100
			"1944", "năm 2101", "Q1/1900", "30/6/1930", "nhiệm kỳ 1940-1945", "tháng 6/2200",
			// ranges that end before they start
			"nhiệm kỳ 2020-2015", "giai đoạn 2020 - 2016", "2020-2019",
			// half-year and nine-month notations that say nothing sensible
			"6 tháng giữa năm 2022", "9 tháng cuối năm 2020", "H3/2022",
			// a date without its year, an end of year without "hết"
			"30/6", "tính đến 30-6", "tính đến năm 2021" })
	void rejects_what_is_not_a_period_it_understands(String text) {
		assertThat(PeriodParser.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" holds \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2022  | 6 THÁNG ĐẦU NĂM 2022    | 2022-01-01 | 2022-06-30
			Kỳ báo cáo: Quý I/2020                                     | Quý I/2020              | 2020-01-01 | 2020-03-31
			Số liệu tính đến tháng 6-2020.                             | tính đến tháng 6-2020   | 2020-06-30 | 2020-06-30
			Kết quả nhiệm kỳ (giai đoạn 2016 - 2020)                   | giai đoạn 2016 - 2020   | 2016-01-01 | 2020-12-31
			Báo cáo năm 2021, so với năm 2020                          | năm 2021                | 2021-01-01 | 2021-12-31
			""")
	void finds_the_period_inside_a_title_the_longest_notation_first(String title, String notation, LocalDate start,
			LocalDate end) {
		Period period = PeriodParser.find(title).orElseThrow();

		assertThat(period.text()).isEqualTo(notation);
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
	}

	@ParameterizedTest(name = "\"{0}\" holds no period")
	@NullAndEmptySource
	@ValueSource(strings = { "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG", "Biểu số 03-BC/ĐUK", "Tổng cộng 2.096" })
	void finds_nothing_in_a_title_without_a_period(String title) {
		assertThat(PeriodParser.find(title)).isEmpty();
	}

	@Test
	void reads_the_period_of_the_seed_report() {
		Period period = PeriodParser.parse("tính đến tháng 6-2020").orElseThrow();

		assertThat(period).isEqualTo(Period.asOf(LocalDate.of(2020, 6, 30), "tính đến tháng 6-2020"));
	}

	private static Period assertPeriod(String text, Kind kind, LocalDate start, LocalDate end) {
		Period period = PeriodParser.parse(text).orElseThrow(() -> new AssertionError("not understood: " + text));
		assertThat(period.kind()).as(text).isEqualTo(kind);
		assertThat(period.start()).as(text).isEqualTo(start);
		assertThat(period.end()).as(text).isEqualTo(end);
		return period;
	}
}
