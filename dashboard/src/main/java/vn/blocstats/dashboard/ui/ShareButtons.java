package vn.blocstats.dashboard.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.savedviews.SavedViews;

/**
 * The bar's two buttons for sharing what is on screen: "Sao chép liên kết" (the screen's address
 * with every filter, the defaults it fell back to and the language — shown in a dialog to copy,
 * and put on the clipboard where the browser allows) and "Lưu góc nhìn" (the same address saved
 * under a name for the signed-in user, listed on the overview). Shown only on screens that can say
 * what they show ({@link ShownView}).
 */
class ShareButtons extends HorizontalLayout {

	final Button copy = new Button(VaadinIcon.LINK.create());
	final Button save = new Button(VaadinIcon.BOOKMARK.create());
	private final SavedViews saved;
	/** The screen on show, if it can say what it shows. */
	private ShownView view;

	ShareButtons(SavedViews saved) {
		this.saved = saved;
		addClassName("app-share");
		setSpacing(false);
		copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		save.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		copy.addClassName("app-copy-link");
		save.addClassName("app-save-view");
		copy.addClickListener(e -> copyLink());
		save.addClickListener(e -> askName());
		add(copy, save);
		setTexts();
	}

	void setTexts() {
		copy.setAriaLabel(getTranslation("share.copy"));
		copy.setTooltipText(getTranslation("share.copy"));
		save.setAriaLabel(getTranslation("share.save"));
		save.setTooltipText(getTranslation("share.save"));
	}

	/** After each navigation: the screen now on show. */
	void showing(Component target) {
		view = target instanceof ShownView v ? v : null;
		setVisible(view != null);
	}

	/**
	 * The address of what is on screen, relative to the dashboard: the screen's route, its filters
	 * (defaults included) and the language ({@code xu-huong?committee=74-KCQDN&metric=admissions&…&lang=vi}).
	 */
	Optional<String> address() {
		if (view == null) {
			return Optional.empty();
		}
		String route = RouteConfiguration.forSessionScope().getUrl(((Component) view).getClass());
		Map<String, List<String>> parameters = new LinkedHashMap<>(view.shown().getParameters());
		parameters.put("lang", List.of(UI.getCurrent().getLocale().getLanguage()));
		String query = new QueryParameters(parameters).getQueryString();
		return Optional.of(query.isEmpty() ? route : route + "?" + query);
	}

	private void copyLink() {
		address().ifPresent(address -> getElement().executeJs(
				"const u = new URL($0, document.baseURI).href;"
						+ "if (navigator.clipboard) { navigator.clipboard.writeText(u).catch(() => {}); }"
						+ "return u;", address)
			.then(String.class, this::showLink));
	}

	private void showLink(String url) {
		Dialog dialog = new Dialog();
		dialog.addClassName("share-dialog");
		dialog.setHeaderTitle(getTranslation("share.copy"));
		TextField link = new TextField();
		link.setValue(url);
		link.setReadOnly(true);
		link.setWidth("min(40em, 80vw)");
		link.addClassName("share-link");
		link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
		dialog.add(new Paragraph(getTranslation("share.copied")), link);
		Button close = new Button(getTranslation("share.close"), e -> dialog.close());
		dialog.getFooter().add(close);
		dialog.open();
		link.focus();
	}

	private void askName() {
		Optional<String> address = address();
		if (address.isEmpty()) {
			return;
		}
		Dialog dialog = new Dialog();
		dialog.addClassName("save-view-dialog");
		dialog.setHeaderTitle(getTranslation("share.save"));
		TextField name = new TextField(getTranslation("share.name"));
		name.setMaxLength(80);
		name.setWidth("min(30em, 80vw)");
		name.addClassName("save-view-name");
		Button ok = new Button(getTranslation("share.saveButton"));
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ok.addClassName("save-view-ok");
		ok.addClickListener(e -> {
			try {
				saved.save(AuditLog.currentUser(), name.getValue(), address.get());
				dialog.close();
				Notification.show(getTranslation("share.saved", name.getValue().strip()), 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (IllegalArgumentException invalid) {
				name.setInvalid(true);
				name.setErrorMessage(invalid.getMessage());
			}
		});
		ok.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		dialog.add(name);
		dialog.getFooter().add(new Button(getTranslation("share.close"), e -> dialog.close()), ok);
		dialog.open();
		name.focus();
	}
}
