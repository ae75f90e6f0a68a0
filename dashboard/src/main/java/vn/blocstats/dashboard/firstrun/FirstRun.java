package vn.blocstats.dashboard.firstrun;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.blocstats.dashboard.demo.DemoWarehouse;

/**
 * Where an analyst lands on a warehouse without a figure — the overview (also the address "/"),
 * trends, compare and targets — shows the first-run page ({@link FirstRunView}) instead, at the same
 * address: once files are imported, the same link shows the figures. The data quality, import and
 * user screens are as always (an import that failed is on the quality screen). Thread-safe.
 */
@Component
class FirstRun implements VaadinServiceInitListener {

	/** The analysis screens' paths. */
	static final Set<String> ANALYSIS = Set.of("", "tong-quan", "xu-huong", "so-sanh", "chi-tieu");

	private final DemoWarehouse warehouse;

	FirstRun(DemoWarehouse warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
	}

	void beforeEnter(BeforeEnterEvent event) {
		if (ANALYSIS.contains(event.getLocation().getPath()) && warehouse.noFigures()) {
			event.rerouteTo(FirstRunView.class);
		}
	}
}
