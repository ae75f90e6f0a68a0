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
		throttle.refusedFor(authentication.getName(), channelAddress(authentication)).ifPresent(wait -> {
			throw new LoginThrottledException(wait);
		});
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The client's address with the channel it came by, as the throttle counts it: {@code api:127.0.0.1}
	 * for the command line's hand-off (HTTP Basic, {@link HandoffDetails}), {@code web:…} for the login
	 * page; null when the login filters attached no details.
	 */
	static String channelAddress(Authentication authentication) {
		String address = address(authentication);
		if (address == null) {
			return null;
		}
		return (authentication.getDetails() instanceof HandoffDetails ? "api:" : "web:") + address;
	}

	/** The details of an authentication by the command line's hand-off: they tell the throttle its channel. */
	static final class HandoffDetails extends WebAuthenticationDetails {

		private static final long serialVersionUID = 1L;

		HandoffDetails(jakarta.servlet.http.HttpServletRequest request) {
			super(request);
		}
	}

	/** The client's address, from the details the login filters attach (null when there are none). */
	static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
	}
}
