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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import vn.blocstats.dashboard.security.Role;

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
		nav.addItem(new SideNavItem(getTranslation("nav.trends"), "xu-huong"));
		nav.addItem(new SideNavItem(getTranslation("quality.nav"), "chat-luong"));
		if (auth.hasAnyRole(Role.STEWARD.name(), Role.ADMIN.name())) {
			// The import screen is the stewards' (its route says so too): viewers do not see it offered.
			nav.addItem(new SideNavItem(getTranslation("upload.nav"), "nhap-du-lieu"));
		}
		addToDrawer(nav);
		setPrimarySection(Section.NAVBAR);
	}
}
