package vn.blocstats.dashboard.security;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * An attempt refused before the password was checked, because of earlier failures for this user
 * name or this client ({@link LoginThrottle}). An {@link AccountStatusException}, so that the
 * authentication stops at once instead of trying the next provider.
 */
public final class LoginThrottledException extends AccountStatusException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed logins: wait " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	/** How long to wait before the next attempt. */
	public Duration waitFor() {
		return wait;
	}

	/** The wait in whole minutes, rounded up (at least 1), as the messages say it. */
	public long minutes() {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}
}
