package vn.blocstats.dashboard.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * The user's language: Vietnamese unless they chose English. The choice is remembered in the
 * session (for every new tab and page of this login) and in a cookie {@value #COOKIE} for a year
 * (so the login page and the next login speak it too); the browser's own language is never used.
 */
final class Languages {

	static final String COOKIE = "blocstats-lang";
	static final List<Locale> ALL = List.of(DashboardI18n.VIETNAMESE, Locale.ENGLISH);
	private static final String ATTRIBUTE = Languages.class.getName();
	private static final Duration KEPT = Duration.ofDays(365);

	private Languages() {
	}

	/** The locale of a code as the cookie and {@code ?lang=} write it: {@code vi} or {@code en}. */
	static Optional<Locale> of(String code) {
		return ALL.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
	}

	/**
	 * The address of {@code here} in {@code locale}: the same screen and filters with {@code lang}
	 * set to it when the address had one (a shared link keeps saying its language), as it is otherwise.
	 */
	static String address(Location here, Locale locale) {
		Map<String, List<String>> parameters = new LinkedHashMap<>(here.getQueryParameters().getParameters());
		if (parameters.containsKey("lang")) {
			parameters.put("lang", List.of(locale.getLanguage()));
		}
		return new Location(here.getPath(), new QueryParameters(parameters)).getPathWithQueryParameters();
	}

	/** The language chosen in this session, else the cookie's, else Vietnamese. */
	static Locale remembered(VaadinSession session, VaadinRequest request) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		if (request != null && request.getCookies() != null) {
			for (Cookie c : request.getCookies()) {
				if (COOKIE.equals(c.getName())) {
					Optional<Locale> l = of(c.getValue());
					if (l.isPresent()) {
						return l.get();
					}
				}
			}
		}
		return DashboardI18n.VIETNAMESE;
	}

	/**
	 * Switches {@code ui} to {@code locale} (components observing the locale update at once) and
	 * remembers it in the session and, when a response is being written, in the cookie.
	 */
	static void choose(UI ui, Locale locale) {
		ui.getSession().setAttribute(ATTRIBUTE, locale);
		VaadinResponse response = VaadinService.getCurrentResponse();
		VaadinRequest request = VaadinService.getCurrentRequest();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
			String context = request == null ? "" : request.getContextPath();
			cookie.setPath(context == null || context.isEmpty() ? "/" : context);
			cookie.setMaxAge((int) KEPT.toSeconds());
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		ui.setLocale(locale);
	}
}
