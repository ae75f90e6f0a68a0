package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's policy with a clock the test moves: 5 failures per name, 20 per address, within 15 minutes. */
class LoginThrottleTests {

	final MovingClock clock = new MovingClock();
	final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.Settings.DEFAULT);

	@Test
	void four_failures_do_not_slow_anyone_down() {
		failures("an", "10.0.0.1", 4);

		assertThat(throttle.refusedFor("an", "10.0.0.1")).isEmpty();
	}

	@Test
	void the_fifth_failure_refuses_the_name_for_30_seconds_then_each_further_failure_doubles_the_wait() {
		failures("an", "10.0.0.1", 5);
		assertThat(throttle.refusedFor("an", "10.0.0.2")).contains(Duration.ofSeconds(30));

		clock.advance(Duration.ofSeconds(29));
		assertThat(throttle.refusedFor("an", "10.0.0.2")).contains(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.refusedFor("an", "10.0.0.2")).isEmpty();

		failures("an", "10.0.0.2", 1);
		assertThat(throttle.refusedFor("an", "10.0.0.3")).contains(Duration.ofSeconds(60));
		clock.advance(Duration.ofSeconds(60));
		failures("an", "10.0.0.3", 1);
		assertThat(throttle.refusedFor("an", "10.0.0.3")).contains(Duration.ofSeconds(120));
	}

	@Test
	void the_wait_is_capped_at_15_minutes() {
		failures("an", null, 15);

		assertThat(throttle.refusedFor("an", null)).contains(Duration.ofMinutes(15));
	}

	@Test
	void failures_older_than_the_window_are_forgotten() {
		failures("an", "10.0.0.1", 4);
		clock.advance(Duration.ofMinutes(15));
		failures("an", "10.0.0.1", 1);

		assertThat(throttle.refusedFor("an", "10.0.0.1")).isEmpty();
	}

	@Test
	void a_success_resets_the_name_but_not_the_address() {
		failures("an", "10.0.0.1", 5);
		clock.advance(Duration.ofSeconds(30));
		throttle.succeeded("an");
		failures("an", "10.0.0.1", 4);

		assertThat(throttle.refusedFor("an", "10.0.0.1")).isEmpty();
	}

	@Test
	void an_unknown_name_is_refused_exactly_like_an_existing_one() {
		failures("khong-co-ai", "10.0.0.1", 5);
		failures("an", "10.0.0.9", 5);

		assertThat(throttle.refusedFor("khong-co-ai", "10.0.0.5")).isEqualTo(throttle.refusedFor("an", "10.0.0.6"));
	}

	@Test
	void names_are_counted_without_regard_to_case_or_surrounding_spaces() {
		failures("An", null, 3);
		failures(" an ", null, 2);

		assertThat(throttle.refusedFor("AN", null)).isPresent();
	}

	@Test
	void one_address_guessing_many_names_is_refused_after_20_failures() {
		for (int i = 0; i < 20; i++) {
			failures("user" + i, "10.0.0.66", 1);
		}

		assertThat(throttle.refusedFor("someone-else", "10.0.0.66")).contains(Duration.ofSeconds(30));
		assertThat(throttle.refusedFor("someone-else", "10.0.0.67")).isEmpty();
	}

	private void failures(String name, String address, int n) {
		for (int i = 0; i < n; i++) {
			throttle.failed(name, address);
		}
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T08:00:00Z");

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
