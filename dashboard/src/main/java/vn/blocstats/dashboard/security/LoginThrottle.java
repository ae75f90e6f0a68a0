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
 * Slows down password guessing without giving an attacker a lock to aim at anyone. Failures are
 * counted within a window ({@link Settings#window()}, 15 minutes) per <em>(user name, client
 * address)</em> pair and per address; once a key has {@code max} failures in it, attempts it covers
 * are refused until {@code base × 2^(failures − max)} after the last failure, capped at
 * {@link Settings#cap()} (30 s, 1 min, 2 min, … 15 min):
 *
 * <ul>
 * <li>a pair with {@link Settings#maxPerPair()} failures is refused: the guesser at that address,
 * not the account's owner elsewhere (five wrong passwords for {@code admin} from A do not stop
 * {@code admin} from B);
 * <li>an address with {@link Settings#maxPerAddress()} failures (many names guessed from one
 * place) is refused for every name that has failed from it in the window — but never for a name
 * that has not: the right password from an address with no failure for that name always passes;
 * </ul>
 *
 * Addresses are given with their channel ({@code web:10.0.0.1}, {@code api:127.0.0.1}; see
 * {@link ThrottleCheck#address}), so that failures on the login page — which a reverse proxy on the
 * same machine makes all come from 127.0.0.1 — never refuse the command line's hand-off. A
 * successful login resets its pair (not the address: one account of one's own must not reset the
 * guessing of others). Unknown names are counted like existing ones, so a refusal says nothing of
 * whether a user exists. Kept in memory (a restart forgets). Thread-safe.
 */
public final class LoginThrottle {

	/** The policy: failures allowed per (name, address) pair and per address within {@code window}, the first delay and its cap. */
	public record Settings(int maxPerPair, int maxPerAddress, Duration window, Duration base, Duration cap) {

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
		Failures pair = failures.get(pairKey(username, address));
		if (pair == null || !pair.anyWithin(now, settings.window())) {
			// No failure for this name from here: the owner of the name, whatever others did from this address.
			return Optional.empty();
		}
		Duration wait = max(pair.waitAt(now), address == null ? Duration.ZERO : waitOf(addressKey(address), now));
		return wait.isPositive() ? Optional.of(wait) : Optional.empty();
	}

	/** Counts a failed attempt (wrong password or unknown name). */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		if (failures.size() > MAX_KEYS) {
			failures.values().removeIf(f -> f.expired(now, settings.window()));
		}
		failures.computeIfAbsent(pairKey(username, address), k -> new Failures()).add(now, settings.maxPerPair(), settings);
		if (address != null) {
			failures.computeIfAbsent(addressKey(address), k -> new Failures()).add(now, settings.maxPerAddress(), settings);
		}
	}

	/** A successful login of {@code username} from {@code address}: that pair starts afresh. */
	public void succeeded(String username, String address) {
		failures.remove(pairKey(username, address));
	}

	private Duration waitOf(String key, Instant now) {
		Failures f = failures.get(key);
		return f == null ? Duration.ZERO : f.waitAt(now);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String pairKey(String username, String address) {
		return "pair:" + (address == null ? "" : address) + "|" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
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

		synchronized boolean anyWithin(Instant now, Duration window) {
			prune(now, window);
			return !times.isEmpty() || now.isBefore(refusedUntil);
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
