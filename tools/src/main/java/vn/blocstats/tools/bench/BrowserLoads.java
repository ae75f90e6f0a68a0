package vn.blocstats.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

/**
 * The first page load in Debian's Chromium, driven by Playwright for Java (no browser download):
 * from the navigation's start to the chart's SVG in the page (the animation frame after it was
 * inserted), as the page's own {@code performance.now()} records it — so the driver's round trips
 * are not counted. The browser is signed in with the session cookie of a login done over HTTP.
 * <em>Cold</em>: a new browser context (empty cache, as a first visit); <em>warm</em>: the next
 * navigation in the same context, the application's scripts and styles cached.
 */
final class BrowserLoads {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Loads before the measured ones, not counted. */
	static final int WARMUP = 3;

	/** Headless, as root, quiet on a closed network (as the browser tests run it). */
	static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	/** Installed before every page's scripts: records when an element matching the selector is first drawn. */
	private static final String PROBE = """
			(() => {
			  const selector = '%s';
			  const check = (observer) => {
			    if (window.__blocstatsInserted === undefined && document.querySelector(selector)) {
			      window.__blocstatsInserted = performance.now();
			      requestAnimationFrame(() => { window.__blocstatsVisible = performance.now(); });
			      if (observer) observer.disconnect();
			    }
			  };
			  new MutationObserver((m, o) => check(o)).observe(document, { childList: true, subtree: true });
			})();
			""";

	/**
	 * @param phases where the cold loads' time went, each from the navigation's start ({@link #PHASES}):
	 *        the page's HTML received, the application's scripts received, the server's first answer to
	 *        the client engine, the chart asked for and received
	 */
	record Result(Timings cold, Timings warm, java.util.Map<String, Timings> phases) {
	}

	/** The milestones of a cold load, as the page's performance entries give them (ms from the navigation's start). */
	static final List<String> PHASES = List.of("html", "scripts", "uidl", "chart asked", "chart received");

	private static final String MILESTONES = """
			() => {
			  const nav = performance.getEntriesByType('navigation')[0];
			  const res = performance.getEntriesByType('resource');
			  const end = (f) => Math.max(-1, ...res.filter(f).map(r => r.responseEnd));
			  const chart = res.filter(r => r.name.includes('/charts/'));
			  return [nav ? nav.responseEnd : -1,
			    end(r => r.name.includes('/VAADIN/build/') && r.name.endsWith('.js')),
			    end(r => r.name.includes('v-r=uidl')),
			    chart.length ? chart[0].startTime : -1,
			    chart.length ? chart[0].responseEnd : -1];
			}
			""";

	private BrowserLoads() {
	}

	static boolean available() {
		return Files.isExecutable(CHROMIUM);
	}

	/**
	 * {@code loads} cold loads of {@code paths[i]} (each in a new context), each followed by a warm
	 * load of the next path in the same context; the page is ready when {@code selector} is drawn.
	 */
	static Result measure(String base, String sessionCookie, List<String> paths, String selector, int loads) {
		long[] cold = new long[loads];
		long[] warm = new long[loads];
		int coldErrors = 0;
		int warmErrors = 0;
		int c = 0;
		int w = 0;
		long[][] phases = new long[PHASES.size()][loads];
		try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS))) {
			// Unmeasured: the server's first pages load and compile its screens' classes, as on a server that has served
			// others; "cold" is the browser's cache, not the server's.
			for (int i = 0; i < WARMUP; i++) {
				try (BrowserContext context = signedIn(browser, base, sessionCookie, selector)) {
					load(context.newPage(), base + paths.get((paths.size() - 1 - i % paths.size())));
				}
			}
			for (int i = 0; i < loads; i++) {
				try (BrowserContext context = signedIn(browser, base, sessionCookie, selector)) {
					Page page = context.newPage();
					long t = load(page, base + paths.get(i % paths.size()));
					if (t >= 0) {
						List<?> at = (List<?>) page.evaluate(MILESTONES);
						for (int k = 0; k < PHASES.size(); k++) {
							phases[k][c] = Math.round(((Number) at.get(k)).doubleValue() * 1e6);
						}
						cold[c++] = t;
					}
					else {
						coldErrors++;
					}
					t = load(page, base + paths.get((i + 1) % paths.size()));
					if (t >= 0) {
						warm[w++] = t;
					}
					else {
						warmErrors++;
					}
				}
			}
		}
		java.util.Map<String, Timings> byPhase = new java.util.LinkedHashMap<>();
		for (int k = 0; k < PHASES.size(); k++) {
			byPhase.put(PHASES.get(k), new Timings(java.util.Arrays.copyOf(phases[k], c), 0));
		}
		return new Result(new Timings(java.util.Arrays.copyOf(cold, c), coldErrors), new Timings(java.util.Arrays.copyOf(warm, w), warmErrors),
				byPhase);
	}

	/** A new context (empty cache) signed in with {@code sessionCookie}, its pages recording when {@code selector} is drawn. */
	private static BrowserContext signedIn(Browser browser, String base, String sessionCookie, String selector) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 900));
		context.addCookies(List.of(new Cookie("JSESSIONID", sessionCookie).setUrl(base)));
		context.addInitScript(PROBE.formatted(selector.replace("'", "\\'")));
		return context;
	}

	/** Nanoseconds from the navigation's start to the chart drawn, or -1 when it did not come (or a login page did). */
	private static long load(Page page, String url) {
		try {
			page.navigate(url);
			page.waitForFunction("() => window.__blocstatsVisible !== undefined", null,
					new Page.WaitForFunctionOptions().setTimeout(60_000));
			Object ms = page.evaluate("() => window.__blocstatsVisible");
			return Math.round(((Number) ms).doubleValue() * 1e6);
		}
		catch (com.microsoft.playwright.PlaywrightException e) {
			return -1;
		}
	}
}
