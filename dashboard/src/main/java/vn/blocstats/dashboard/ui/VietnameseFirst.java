package vn.blocstats.dashboard.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every new UI speaks Vietnamese, whatever language the browser asks for, unless the user chose
 * English (in this session or, by the cookie, before: {@link Languages}); any page, the login page
 * included, also takes {@code ?lang=vi|en}. The dashboard is Vietnamese first; English is a choice
 * the user makes, not one the browser makes for them.
 */
@Component
class VietnameseFirst implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			var ui = init.getUI();
			ui.setLocale(Languages.remembered(ui.getSession(), VaadinRequest.getCurrent()));
			ui.addBeforeEnterListener(enter -> enter.getLocation().getQueryParameters().getParameters()
				.getOrDefault("lang", List.of()).stream().findFirst().flatMap(Languages::of)
				.filter(l -> !l.equals(ui.getLocale()))
				.ifPresent(l -> {
					Languages.choose(ui, l);
					// the screen was built before this listener ran: build it again in the chosen language
					ui.getPage().reload();
				}));
		});
	}
}
