package vn.blocstats.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What a screen says when its link names something the warehouse does not have (a committee code
 * mistyped in a shared link, a term or a metric that does not exist): a visible notice naming it,
 * and what is shown instead — never a silent switch to something else.
 */
public final class Notices {

	private Notices() {
	}

	/**
	 * Shows "not found" for {@code codes} of the kind {@code kindKey} (a message key: "committee",
	 * "term", "metric"), if there are any.
	 */
	public static void notFound(String kindKey, List<String> codes) {
		UI ui = UI.getCurrent();
		if (ui == null || codes.isEmpty()) {
			return;
		}
		String text = ui.getTranslation("notFound." + kindKey, String.join(", ", codes.stream().map(c -> "“" + c + "”").toList()));
		Notification n = new Notification(text, 8000, Notification.Position.TOP_CENTER);
		n.addThemeVariants(NotificationVariant.LUMO_WARNING);
		n.addClassName("not-found-notice");
		n.open();
	}
}
