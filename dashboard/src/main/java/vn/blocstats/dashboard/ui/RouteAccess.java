package vn.blocstats.dashboard.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Whether the signed-in user may open a screen, by its route path: the screens' own annotations
 * ({@code @PermitAll}, {@code @RolesAllowed}) decide, as they do for navigation. Stateless.
 */
public final class RouteAccess {

	private RouteAccess() {
	}

	/** Whether the user of {@code auth} may open the screen at {@code path} ("nhap-du-lieu"); a path without a screen: yes. */
	public static boolean mayOpen(String path, AuthenticationContext auth) {
		AccessAnnotationChecker checker = new AccessAnnotationChecker();
		java.security.Principal user = auth.isAuthenticated()
				? org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() : null;
		return RouteConfiguration.forApplicationScope().getRoute(path)
			.map(view -> checker.hasAccess(view, user, auth::hasRole))
			.orElse(true);
	}
}
