package vn.blocstats.dashboard.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.microsoft.playwright.Page;

/**
 * Not a test: the tour that takes the screenshots the docs show and the ones an engineer looks at
 * before calling a screen done — the landing page, trends with the five blocs, compare at Nam
 * Định's 130 units, the targets, at 1440 × 900, 1280 × 720 (projector) and 390 × 844 (phone), in
 * Vietnamese and English. Runs only when asked:
 * {@code ./build -o -pl warehouse,etl,dashboard test -Dtest=ScreenshotTour -Dblocstats.screenshots=DIR}
 * [{@code -Dblocstats.screenshots.stops=quality,targets}].
 */
@EnabledIfSystemProperty(named = "blocstats.screenshots", matches = ".+")
class ScreenshotTour extends BrowserTests {

	record Stop(String name, String path, String ready) {
	}

	static final List<Stop> STOPS = List.of(
			new Stop("landing", "/", ".overview-cards"),
			new Stop("trends-five", "/xu-huong?committee=36-KCQDN&committee=74-KCQDN&committee=56-KCQ&committee=34-KCQ&committee=68-KCQ"
					+ "&metric=admissions", ".trend-chart svg"),
			new Stop("compare-130", "/so-sanh?node=36-KCQDN&metric=staff_reductions&term=2020-2025", ".compare-chart svg"),
			new Stop("targets", "/chi-tieu?committee=74-KCQDN&term=2015-2020", "vaadin-grid"),
			new Stop("quality", "/chat-luong?load=36", "vaadin-grid"),
			new Stop("quality-flags", "/chat-luong?tab=flags&committee=74-KCQDN", "vaadin-grid"));

	static final int[][] SIZES = { { 1440, 900 }, { 1280, 720 }, { 390, 844 } };

	@Test
	void tour() {
		Path dir = Path.of(System.getProperty("blocstats.screenshots"));
		for (String lang : new String[] { "vi", "en" }) {
			for (Stop stop : STOPS) {
				String only = System.getProperty("blocstats.screenshots.stops", "");
				if (!only.isBlank() && !List.of(only.split(",")).contains(stop.name())) {
					continue;
				}
				for (int[] size : SIZES) {
					String path = stop.path() + (stop.path().contains("?") ? "&" : "?") + "lang=" + lang;
					Page p = open(path, stop.ready());
					p.setViewportSize(size[0], size[1]);
					p.waitForTimeout(800);
					p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(stop.name() + "-" + size[0] + "-" + lang + ".png")));
					if (stop.name().startsWith("compare")) {
						p.locator(".compare-grid").scrollIntoViewIfNeeded();
						p.waitForTimeout(300);
						p.screenshot(new Page.ScreenshotOptions()
							.setPath(dir.resolve(stop.name() + "-" + size[0] + "-" + lang + "-table.png")));
					}
				}
			}
		}
	}
}
