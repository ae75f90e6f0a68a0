package vn.blocstats.dashboard.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every screen after login: the product's name, the signed-in user with a logout
 * button, and the navigation (by route path, so the shell depends on no feature package).
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

	MainLayout(AuthenticationContext auth) {
		Span title = new Span(getTranslation("app.title"));
		title.addClassName("app-title");
		HorizontalLayout bar = new HorizontalLayout(title);
		bar.setWidthFull();
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.addClassName("app-bar");
		auth.getPrincipalName().ifPresent(name -> {
			Span user = new Span(name);
			user.addClassName("app-user");
			Button logout = new Button(getTranslation("app.logout"), click -> auth.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			bar.add(user, logout);
			bar.setFlexGrow(1, title);
		});
		addToNavbar(bar);
		SideNav nav = new SideNav();
		nav.addItem(new SideNavItem(getTranslation("overview.nav"), "tong-quan"));
		nav.addItem(new SideNavItem(getTranslation("nav.trends"), "xu-huong"));
		nav.addItem(new SideNavItem(getTranslation("compare.nav"), "so-sanh"));
		nav.addItem(new SideNavItem(getTranslation("targets.nav"), "chi-tieu"));
		nav.addItem(new SideNavItem(getTranslation("nav.users"), "nguoi-dung"));
		onlyWhatTheUserMayOpen(nav, auth);
		addToDrawer(nav);
		setPrimarySection(Section.NAVBAR);
	}

	/**
	 * Removes the items whose screen the signed-in user may not open (a viewer sees no import or
	 * user administration): the screens' own annotations ({@code @PermitAll}, {@code @RolesAllowed})
	 * decide, as they do for navigation.
	 */
	static void onlyWhatTheUserMayOpen(SideNav nav, AuthenticationContext auth) {
		AccessAnnotationChecker checker = new AccessAnnotationChecker();
		java.security.Principal user = auth.isAuthenticated()
				? org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() : null;
		for (SideNavItem item : nav.getItems()) {
			boolean may = RouteConfiguration.forApplicationScope().getRoute(item.getPath())
				.map(view -> checker.hasAccess(view, user, auth::hasRole))
				.orElse(true);
			if (!may) {
				nav.remove(item);
			}
		}
	}
}
