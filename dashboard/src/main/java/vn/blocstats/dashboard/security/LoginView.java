package vn.blocstats.dashboard.security;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page: Vaadin's {@link LoginForm} posting to Spring Security's {@code /login}, texts from the bundle. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm form = new LoginForm();
	/** The texts the form shows now (the form keeps them only as a client property). */
	LoginI18n texts;

	LoginView() {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		form.setI18n(i18n());
		add(form);
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form f = i18n.getForm();
		f.setTitle(getTranslation("login.title"));
		f.setUsername(getTranslation("login.username"));
		f.setPassword(getTranslation("login.password"));
		f.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage e = i18n.getErrorMessage();
		e.setTitle(getTranslation("login.error.title"));
		e.setMessage(getTranslation("login.error.message"));
		e.setUsername(getTranslation("login.username.required"));
		e.setPassword(getTranslation("login.password.required"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		LoginI18n i18n = i18n();
		if (error && lastFailure() instanceof LoginThrottledException throttled) {
			// Refused before any password check: the same words whether the user exists or not.
			i18n.getErrorMessage().setTitle(getTranslation("security.throttled.title"));
			i18n.getErrorMessage().setMessage(getTranslation("security.throttled.message", throttled.minutes()));
		}
		form.setI18n(i18n);
		texts = i18n;
		form.setError(error);
	}

	/** Why the last login of this session failed (Spring Security keeps it in the session), or null. */
	private static Object lastFailure() {
		VaadinSession session = VaadinSession.getCurrent();
		return session == null || session.getSession() == null ? null
				: session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.pageTitle");
	}
}
