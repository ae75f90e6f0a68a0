package vn.blocstats.dashboard.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;

/**
 * Spring Security's authentication events, heard for the throttle and the audit table: a wrong
 * password or unknown name counts towards the {@link LoginThrottle} and every failure is audited
 * with its reason; a success resets the count of its (name, address) pair and records the login; a logout is recorded.
 * (A bean of the web server only: {@link SecurityConfiguration}.)
 */
final class LoginEvents {

	private final LoginThrottle throttle;
	private final AuditLog audit;

	LoginEvents(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		String address = ThrottleCheck.address(event.getAuthentication());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			throttle.failed(name, ThrottleCheck.channelAddress(event.getAuthentication()));
		}
		audit.record(name, AuditAction.LOGIN_FAILED, reason(event), address);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		throttle.succeeded(name, ThrottleCheck.channelAddress(event.getAuthentication()));
		audit.record(name, AuditAction.LOGIN, null, ThrottleCheck.address(event.getAuthentication()));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, null,
				ThrottleCheck.address(event.getAuthentication()));
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		return switch (event.getException()) {
			case LoginThrottledException t -> "throttled (wait " + t.minutes() + " min)";
			case org.springframework.security.authentication.DisabledException d -> "disabled account";
			case org.springframework.security.authentication.BadCredentialsException b -> "bad credentials";
			default -> event.getException().getClass().getSimpleName();
		};
	}
}
