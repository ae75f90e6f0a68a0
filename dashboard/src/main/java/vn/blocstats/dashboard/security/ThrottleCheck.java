package vn.blocstats.dashboard.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The first provider of the authentication manager: refuses an attempt while its user name or
 * client address is throttled ({@link LoginThrottledException}), before any password is checked;
 * otherwise passes it on (returns null) to the password check.
 */
final class ThrottleCheck implements AuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottleCheck(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		throttle.refusedFor(authentication.getName(), address(authentication)).ifPresent(wait -> {
			throw new LoginThrottledException(wait);
		});
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client's address, from the details the login filters attach (null when there are none). */
	static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
	}
}
