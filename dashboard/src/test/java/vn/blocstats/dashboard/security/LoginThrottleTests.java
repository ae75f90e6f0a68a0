package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The throttle's policy with a clock the test moves: 5 failures per (name, address) pair, 20 per
 * address, within 15 minutes — and no lock an attacker can aim at someone else.
 */
class LoginThrottleTests {

	final MovingClock clock = new MovingClock();
	final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.Settings.DEFAULT);

	@Test
	void four_failures_do_not_slow_anyone_down() {
		failures("an", "web:10.0.0.1", 4);

		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).isEmpty();
	}

	@Test
	void the_fifth_failure_refuses_the_pair_for_30_seconds_then_each_further_failure_doubles_the_wait() {
		failures("an", "web:10.0.0.1", 5);
		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).contains(Duration.ofSeconds(30));

		clock.advance(Duration.ofSeconds(29));
		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).contains(Duration.ofSeconds(1));
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).isEmpty();

		failures("an", "web:10.0.0.1", 1);
		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).contains(Duration.ofSeconds(60));
		clock.advance(Duration.ofSeconds(60));
		failures("an", "web:10.0.0.1", 1);
		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).contains(Duration.ofSeconds(120));
	}

	@Test
	void five_wrong_passwords_for_admin_from_one_address_do_not_stop_admin_from_another() {
		failures("admin", "web:203.0.113.7", 15);

		assertThat(throttle.refusedFor("admin", "web:203.0.113.7")).contains(Duration.ofMinutes(15));
		assertThat(throttle.refusedFor("admin", "web:10.0.0.2")).isEmpty();
	}

	@Test
	void the_wait_is_capped_at_15_minutes() {
		failures("an", null, 15);

		assertThat(throttle.refusedFor("an", null)).contains(Duration.ofMinutes(15));
	}

	@Test
	void failures_older_than_the_window_are_forgotten() {
		failures("an", "web:10.0.0.1", 4);
		clock.advance(Duration.ofMinutes(15));
		failures("an", "web:10.0.0.1", 1);

		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).isEmpty();
	}

	@Test
	void a_success_resets_its_pair_but_not_the_address() {
		for (int i = 0; i < 20; i++) {
			failures("user" + i, "web:10.0.0.1", 1);
		}
		failures("an", "web:10.0.0.1", 4);
		throttle.succeeded("an", "web:10.0.0.1");

		assertThat(throttle.refusedFor("an", "web:10.0.0.1")).isEmpty();
		assertThat(throttle.refusedFor("user3", "web:10.0.0.1")).isPresent();
	}

	@Test
	void an_unknown_name_is_refused_exactly_like_an_existing_one() {
		failures("khong-co-ai", "web:10.0.0.1", 5);
		failures("an", "web:10.0.0.9", 5);

		assertThat(throttle.refusedFor("khong-co-ai", "web:10.0.0.1")).isEqualTo(throttle.refusedFor("an", "web:10.0.0.9"))
			.isPresent();
	}

	@Test
	void names_are_counted_without_regard_to_case_or_surrounding_spaces() {
		failures("An", null, 3);
		failures(" an ", null, 2);

		assertThat(throttle.refusedFor("AN", null)).isPresent();
	}

	@Test
	void one_address_guessing_many_names_gets_one_guess_per_name_after_20_failures_and_the_right_owner_still_passes() {
		for (int i = 0; i < 20; i++) {
			failures("user" + i, "web:10.0.0.66", 1);
		}

		// Every name guessed from there is refused, though each failed once only…
		assertThat(throttle.refusedFor("user0", "web:10.0.0.66")).contains(Duration.ofSeconds(30));
		// …but a name with no failure from there is not: its owner behind the same address logs in.
		assertThat(throttle.refusedFor("someone-else", "web:10.0.0.66")).isEmpty();
		failures("someone-else", "web:10.0.0.66", 1);
		assertThat(throttle.refusedFor("someone-else", "web:10.0.0.66")).isPresent();
		assertThat(throttle.refusedFor("user0", "web:10.0.0.67")).isEmpty();
	}

	@Test
	void failures_on_the_login_page_never_refuse_the_command_lines_handoff() {
		for (int i = 0; i < 20; i++) {
			failures("made-up-" + i, "web:127.0.0.1", 1);
		}
		failures("lan", "web:127.0.0.1", 10);

		assertThat(throttle.refusedFor("lan", "web:127.0.0.1")).isPresent();
		assertThat(throttle.refusedFor("lan", "api:127.0.0.1")).isEmpty();
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
