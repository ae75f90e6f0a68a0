package vn.blocstats.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.dashboard.chart.TrendChart.AxisStart;
import vn.blocstats.dashboard.chart.TrendChart.Structure;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;

/** The trends screen's filter and its URL. */
class TrendFilterTests {

	@Test
	void a_filter_survives_the_round_trip_through_the_url() {
		TrendFilter filter = new TrendFilter(Optional.of("74-KCQDN"), Optional.of("admissions"));

		assertThat(filter.toQueryParameters().getQueryString()).isEqualTo("committee=74-KCQDN&metric=admissions");
		assertThat(TrendFilter.of(QueryParameters.fromString("committee=74-KCQDN&metric=admissions"))).isEqualTo(filter);
	}

	@Test
	void several_committees_half_years_per_100_and_the_structure_survive_the_round_trip_in_order() {
		TrendFilter filter = new TrendFilter(List.of("74-KCQDN", "36-KCQDN"), Optional.of("admissions"), Grain.HALF, true,
				Structure.TODAY);
		String query = "committee=74-KCQDN&committee=36-KCQDN&metric=admissions&period=half&per=100&structure=today";

		assertThat(filter.toQueryParameters().getParameters()).isEqualTo(QueryParameters.fromString(query).getParameters());
		assertThat(TrendFilter.of(filter.toQueryParameters())).isEqualTo(filter);
		assertThat(TrendFilter.of(QueryParameters.fromString(query))).isEqualTo(filter);
		assertThat(filter.options()).isEqualTo(new TrendChart.Options(Grain.HALF, true, Structure.TODAY));
		assertThat(TrendFilter.of(QueryParameters.fromString("committee=79-DCQD&structure=predecessors")).structure())
			.isEqualTo(Structure.PREDECESSORS);
	}

	@Test
	void the_axis_near_the_data_survives_the_round_trip_and_zero_stays_out_of_the_url() {
		TrendFilter filter = TrendFilter.of(QueryParameters.fromString("committee=74-KCQDN&metric=org_grassroots&axis=data"));

		assertThat(filter.axis()).isEqualTo(AxisStart.DATA);
		assertThat(filter.options().axis()).isEqualTo(AxisStart.DATA);
		assertThat(filter.toQueryParameters().getQueryString()).isEqualTo("committee=74-KCQDN&metric=org_grassroots&axis=data");
		assertThat(TrendFilter.of(QueryParameters.fromString("committee=74-KCQDN&axis=zero")).toQueryParameters().getQueryString())
			.isEqualTo("committee=74-KCQDN");
	}

	@Test
	void the_defaults_stay_out_of_the_url_and_a_committee_named_twice_counts_once() {
		TrendFilter filter = TrendFilter
			.of(QueryParameters.fromString("committee=36-KCQDN&committee=74-KCQDN&committee=36-KCQDN&period=year&structure=then"));

		assertThat(filter.committees()).containsExactly("36-KCQDN", "74-KCQDN");
		assertThat(filter.options()).isEqualTo(TrendChart.Options.DEFAULT);
		assertThat(filter.toQueryParameters().getQueryString()).isEqualTo("committee=36-KCQDN&committee=74-KCQDN");
	}

	@Test
	void missing_or_blank_parameters_are_empty() {
		TrendFilter filter = TrendFilter.of(QueryParameters.fromString("committee=&other=1"));

		assertThat(filter).isEqualTo(new TrendFilter(Optional.empty(), Optional.empty()));
		assertThat(filter.toQueryParameters().getQueryString()).isEmpty();
	}

	@Test
	void a_value_not_understood_is_refused_with_what_is_allowed_or_ignored_when_lenient() {
		QueryParameters bad = QueryParameters.fromString("committee=74-KCQDN&period=month&per=50&structure=tomorrow");

		assertThatThrownBy(() -> TrendFilter.of(bad)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Không hiểu period=“month”: dùng year, half");
		assertThatThrownBy(() -> TrendFilter.of(QueryParameters.fromString("per=50")))
			.hasMessage("Không hiểu per=“50”: dùng 1, 100");
		assertThatThrownBy(() -> TrendFilter.of(QueryParameters.fromString("structure=tomorrow")))
			.hasMessage("Không hiểu structure=“tomorrow”: dùng then, today, predecessors");
		assertThatThrownBy(() -> TrendFilter.of(QueryParameters.fromString("axis=log")))
			.hasMessage("Không hiểu axis=“log”: dùng zero, data");
		assertThat(TrendFilter.lenient(QueryParameters.fromString("committee=74-KCQDN&axis=log")).axis()).isEqualTo(AxisStart.ZERO);
		assertThat(TrendFilter.lenient(bad)).isEqualTo(new TrendFilter(Optional.of("74-KCQDN"), Optional.empty()));
	}
}
