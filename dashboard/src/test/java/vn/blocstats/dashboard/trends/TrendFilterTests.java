package vn.blocstats.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

/** The trends screen's filter and its URL. */
class TrendFilterTests {

	@Test
	void a_filter_survives_the_round_trip_through_the_url() {
		TrendFilter filter = new TrendFilter(Optional.of("74-KCQDN"), Optional.of("admissions"));

		assertThat(filter.toQueryParameters().getQueryString()).isEqualTo("committee=74-KCQDN&metric=admissions");
		assertThat(TrendFilter.of(QueryParameters.fromString("committee=74-KCQDN&metric=admissions"))).isEqualTo(filter);
	}

	@Test
	void missing_or_blank_parameters_are_empty() {
		TrendFilter filter = TrendFilter.of(QueryParameters.fromString("committee=&other=1"));

		assertThat(filter).isEqualTo(new TrendFilter(Optional.empty(), Optional.empty()));
		assertThat(filter.toQueryParameters().getQueryString()).isEmpty();
	}
}
