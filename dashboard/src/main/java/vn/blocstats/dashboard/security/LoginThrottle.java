package vn.blocstats.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per user name and per client address. Failures are counted within
 * a window ({@link Settings#window()}, 15 minutes); once a key has {@code max} failures in it, every
 * further attempt is refused until {@code base × 2^(failures − max)} after the last failure, capped
 * at {@link Settings#cap()} (30 s, 1 min, 2 min, … 15 min). A successful login resets the user
 * name's count (not the address's: one account of one's own must not reset the guessing of others).
 * Unknown names are counted like existing ones, so a refusal says nothing of whether a user exists.
 * Kept in memory (a restart forgets). Thread-safe.
 */
public final class LoginThrottle {

	/** The policy: failures allowed per user and per address within {@code window}, the first delay and its cap. */
	public record Settings(int maxPerUser, int maxPerAddress, Duration window, Duration base, Duration cap) {

		public static final Settings DEFAULT = new Settings(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30),
				Duration.ofMinutes(15));
	}

	private static final int MAX_KEYS = 100_000;

	private final Clock clock;
	private final Settings settings;
	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public LoginThrottle(Clock clock, Settings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** How long an attempt for {@code username} from {@code address} must still wait; empty when it may proceed. */
	public Optional<Duration> refusedFor(String username, String address) {
		Instant now = clock.instant();
		Duration wait = max(waitOf(userKey(username), now), address == null ? Duration.ZERO : waitOf(addressKey(address), now));
		return wait.isPositive() ? Optional.of(wait) : Optional.empty();
	}

	/** Counts a failed attempt (wrong password or unknown name). */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		if (failures.size() > MAX_KEYS) {
			failures.values().removeIf(f -> f.expired(now, settings.window()));
		}
		failures.computeIfAbsent(userKey(username), k -> new Failures()).add(now, settings.maxPerUser(), settings);
		if (address != null) {
			failures.computeIfAbsent(addressKey(address), k -> new Failures()).add(now, settings.maxPerAddress(), settings);
		}
	}

	/** A successful login: the user name starts afresh. */
	public void succeeded(String username) {
		failures.remove(userKey(username));
	}

	private Duration waitOf(String key, Instant now) {
		Failures f = failures.get(key);
		return f == null ? Duration.ZERO : f.waitAt(now);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "addr:" + address;
	}

	/** The failures of one key within the window, and until when it is refused. */
	private static final class Failures {

		private final Deque<Instant> times = new ArrayDeque<>();
		private Instant refusedUntil = Instant.MIN;

		synchronized void add(Instant now, int max, Settings s) {
			prune(now, s.window());
			times.addLast(now);
			int over = times.size() - max;
			if (over >= 0) {
				Duration delay = s.base().multipliedBy(1L << Math.min(over, 20));
				refusedUntil = now.plus(delay.compareTo(s.cap()) > 0 ? s.cap() : delay);
			}
		}

		synchronized Duration waitAt(Instant now) {
			return now.isBefore(refusedUntil) ? Duration.between(now, refusedUntil) : Duration.ZERO;
		}

		synchronized boolean expired(Instant now, Duration window) {
			prune(now, window);
			return times.isEmpty() && !now.isBefore(refusedUntil);
		}

		private void prune(Instant now, Duration window) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.removeFirst();
			}
		}
	}
}
