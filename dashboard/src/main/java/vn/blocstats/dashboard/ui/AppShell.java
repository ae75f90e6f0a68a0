package vn.blocstats.dashboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The app shell: Lumo and {@code styles/blocstats.css} (from {@code META-INF/resources}) as plain
 * style sheets, so that Vaadin's pre-built production bundle serves the page and no frontend build
 * (Node, npm) is ever needed (docs/development.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/blocstats.css")
public class AppShell implements AppShellConfigurator {
}
