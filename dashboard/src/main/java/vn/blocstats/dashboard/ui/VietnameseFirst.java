package vn.blocstats.dashboard.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every new UI speaks Vietnamese, whatever language the browser asks for: the dashboard is
 * Vietnamese first; English is a choice the user makes, not one the browser makes for them.
 */
@Component
class VietnameseFirst implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().setLocale(DashboardI18n.VIETNAMESE));
	}
}
