package vn.blocstats.dashboard.ui;

import java.sql.SQLException;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

import vn.blocstats.etl.load.ImportService;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureTables;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every screen after login: the product's name, the language switch (Tiếng Việt /
 * English, remembered by {@link Languages}), the signed-in user with a logout button, and the
 * navigation (by route path, so the shell depends on no feature package). Over a demo warehouse
 * (the sample data, {@code serve --demo}) the badge "Dữ liệu mẫu" comes first, on every screen and
 * at every width, its tooltip saying that the figures are invented and not for documents.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

	private final Span title = new Span();
	/** "Đang cập nhật số liệu…": shown while the figure tables lag behind the loads (the screens show the last complete figures). */
	final Span updating = new Span();
	private final ObjectProvider<Warehouse> warehouse;
	private final ObjectProvider<ImportService> imports;
	private final Button logout = new Button();
	/** Each navigation item with the key of its label (relabelled when the language changes). */
	private final java.util.Map<SideNavItem, String> navLabels = new java.util.LinkedHashMap<>();
	final Select<Locale> language = new Select<>();

	/** Copy the link of what is on screen, save it as a view. */
	final ShareButtons share;

	/** "Dữ liệu mẫu": shown on every screen of a demo warehouse, with a tooltip saying its figures are invented. */
	final Span demoBadge = new Span();
	private final com.vaadin.flow.component.shared.Tooltip demoTooltip;

	MainLayout(AuthenticationContext auth, ObjectProvider<Warehouse> warehouse, ObjectProvider<ImportService> imports,
			vn.blocstats.dashboard.savedviews.SavedViews saved, vn.blocstats.dashboard.demo.DemoWarehouse demo) {
		this.share = new ShareButtons(saved);
		demoBadge.addClassName("app-demo-badge");
		demoBadge.getElement().setAttribute("tabindex", "0");
		demoBadge.setVisible(demo.demo());
		demoTooltip = com.vaadin.flow.component.shared.Tooltip.forComponent(demoBadge);
		this.warehouse = warehouse;
		this.imports = imports;
		title.addClassName("app-title");
		updating.addClassName("app-updating");
		updating.setVisible(false);
		language.setItems(Languages.ALL);
		// each language named in itself, whatever the current one
		language.setItemLabelGenerator(l -> getTranslation(l, "lang." + l.getLanguage()));
		language.setValue(getLocale());
		language.addClassName("app-language");
		language.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				getUI().ifPresent(ui -> {
					Languages.choose(ui, e.getValue());
					// every screen's texts: a fresh page in the new language, at an address that says it
					// (a ?lang= already in it would otherwise switch the page back)
					ui.getPage().setLocation(Languages.address(ui.getInternals().getActiveViewLocation(), e.getValue()));
				});
			}
		});
		// the menu's button: on a phone the drawer is closed and this is the only way to the other screens
		DrawerToggle menu = new DrawerToggle();
		menu.addClassName("app-menu");
		menu.setAriaLabel(getTranslation("app.menu"));
		HorizontalLayout bar = new HorizontalLayout(menu, demoBadge, title, updating, share, language);
		bar.setWidthFull();
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.addClassName("app-bar");
		bar.setFlexGrow(1, title);
		auth.getPrincipalName().ifPresent(name -> {
			Span user = new Span(name);
			user.addClassName("app-user");
			logout.addClickListener(click -> auth.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			bar.add(user, logout);
		});
		addToNavbar(bar);
		SideNav nav = new SideNav();
		navItem(nav, "overview.nav", "tong-quan");
		navItem(nav, "nav.trends", "xu-huong");
		navItem(nav, "compare.nav", "so-sanh");
		navItem(nav, "targets.nav", "chi-tieu");
		navItem(nav, "quality.nav", "chat-luong");
		navItem(nav, "upload.nav", "nhap-du-lieu");
		navItem(nav, "nav.users", "nguoi-dung");
		onlyWhatTheUserMayOpen(nav, auth);
		addToDrawer(nav);
		setPrimarySection(Section.NAVBAR);
		setTexts();
	}

	private void navItem(SideNav nav, String labelKey, String path) {
		SideNavItem item = new SideNavItem(getTranslation(labelKey), path);
		navLabels.put(item, labelKey);
		nav.addItem(item);
	}

	/**
	 * At every navigation: says whether the figures shown lag behind the loads — being updated (an
	 * import's refresh has not committed yet), or not updated because the last refresh failed.
	 */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		share.showing(event.getActiveChain().isEmpty() ? null : (com.vaadin.flow.component.Component) event.getActiveChain().getFirst());
		boolean fresh;
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			fresh = FigureTables.fresh(c);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the figure tables' state", e);
		}
		boolean failed = !fresh && Optional.ofNullable(imports.getIfAvailable()).flatMap(ImportService::refreshFailure).isPresent();
		updating.setText(getTranslation(failed ? "app.refreshFailed" : "app.updating"));
		updating.getElement().getClassList().set("app-refresh-failed", failed);
		updating.setVisible(!fresh);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		setTexts();
		language.setValue(event.getLocale());
	}

	private void setTexts() {
		title.setText(getTranslation("app.title"));
		demoBadge.setText(getTranslation("demo.badge"));
		demoTooltip.setText(getTranslation("demo.badge.tooltip"));
		demoBadge.getElement().setAttribute("aria-label", getTranslation("demo.badge") + ": " + getTranslation("demo.badge.tooltip"));
		updating.setText(getTranslation("app.updating"));
		logout.setText(getTranslation("app.logout"));
		navLabels.forEach((item, key) -> item.setLabel(getTranslation(key)));
		share.setTexts();
		language.setAriaLabel(getTranslation("lang.label"));
		language.setTooltipText(getTranslation("lang.label"));
	}

	/**
	 * Removes the items whose screen the signed-in user may not open (a viewer sees no import or
	 * user administration): the screens' own annotations ({@code @PermitAll}, {@code @RolesAllowed})
	 * decide, as they do for navigation.
	 */
	static void onlyWhatTheUserMayOpen(SideNav nav, AuthenticationContext auth) {
		for (SideNavItem item : nav.getItems()) {
			if (!RouteAccess.mayOpen(item.getPath(), auth)) {
				nav.remove(item);
			}
		}
	}
}
