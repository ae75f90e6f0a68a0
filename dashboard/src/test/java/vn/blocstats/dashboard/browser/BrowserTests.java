package vn.blocstats.dashboard.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;

/**
 * The base of the browser tests: the real application on a random port over the committed sample
 * data ({@link vn.blocstats.dashboard.SampleWarehouse}, imported once per JVM; one cached Spring context for every
 * subclass), a viewer account, Debian's Chromium driven by Playwright for Java — one browser per
 * class, a fresh context (cookies, cache) per test.
 *
 * <p>Chromium is {@code /usr/bin/chromium} (Debian's {@code chromium} package, which {@code .ci/run}
 * installs); Playwright never downloads a browser. Without it the tests are skipped with a message —
 * except under {@code CI=true}, where a missing browser fails them.
 *
 * <p><b>A test per screen</b> is a subclass with a method like this (about 10 lines):
 *
 * <pre>{@code
 * class OverviewBrowserTests extends BrowserTests {
 *
 *     @Test
 *     void the_overview_shows_the_admissions_of_binh_duong_against_the_target() {
 *         Page page = open("/tong-quan?committee=74-KCQDN&term=2015-2020", ".overview-view");
 *
 *         assertThat(page.locator(".overview-view")).containsText("2.096");
 *         assertThat(page.locator(".overview-view")).containsText("104,8%");
 *     }
 * }
 * }</pre>
 *
 * ({@code assertThat} from {@code com.microsoft.playwright.assertions.PlaywrightAssertions}: it
 * retries until the page shows the text, so no sleeps.) {@link #open} signs in as the viewer
 * (once per class; each test's context starts from that session's cookies), navigates and waits for
 * the selector: Vaadin builds the page after the HTML has loaded, so wait for an element of the
 * screen, never for a fixed time. Playwright's CSS selectors pierce the open shadow roots of
 * Vaadin's web components ({@code vaadin-select}, {@code vaadin-grid} …). For the login page
 * itself, {@link #page} is a fresh, signed-out page.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
public abstract class BrowserTests {

	/** Debian's Chromium, as the {@code chromium} package installs it. */
	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * Headless, as root, and quiet on this machine's closed network: without the background-networking
	 * flags Chromium's own connections are refused, many at a time (env/machines/java-maven.md).
	 */
	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	/** The viewer account every test signs in with. */
	protected static final String USER = "xem";
	protected static final String PASSWORD = "Mật khẩu xem 2025";

	private static Playwright playwright;
	private static Browser browser;
	private static String signedIn;

	@LocalServerPort
	protected int port;

	@Autowired
	private UserAccounts accounts;

	private BrowserContext context;

	/** A fresh, signed-out page of this test's own browser context. */
	protected Page page;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> vn.blocstats.dashboard.SampleWarehouse.path().toString());
	}

	@BeforeAll
	static void launchChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = CHROMIUM + " is missing: the browser tests need Debian's chromium package (apt-get install chromium; .ci/run installs it)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message + " — skipped outside CI");
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
		signedIn = null;
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close(); // closes the browser and ends the driver
			playwright = null;
			browser = null;
		}
	}

	@BeforeEach
	void freshContext() {
		if (accounts.find(USER).isEmpty()) {
			// the sample warehouse (and its account tables) is shared by several test classes
			accounts.add(USER, Role.VIEWER, PASSWORD);
		}
		context = browser.newContext(contextOptions());
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	/** The server's address with a path, e.g. {@code url("/xu-huong")}. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Signs in through the login page (its form, as a user would) and waits for the dashboard's
	 * frame. Leaves {@link #page} on the screen the login lands on.
	 */
	protected Page signIn(String user, String password) {
		return signIn(page, user, password);
	}

	private Page signIn(Page p, String user, String password) {
		p.navigate(url("/login"));
		p.locator("vaadin-login-form input[name='username']").fill(user);
		p.locator("vaadin-login-form input[name='password']").fill(password);
		p.locator("vaadin-login-form vaadin-button[slot='submit']").click();
		return p;
	}

	/**
	 * {@link #page}, signed in as the viewer (the class's session, restored into this test's context),
	 * at {@code path}, once {@code selector} is visible — an element of the screen Vaadin has built.
	 */
	protected Page open(String path, String selector) {
		if (signedIn == null) {
			try (BrowserContext login = browser.newContext(contextOptions())) {
				signIn(login.newPage(), USER, PASSWORD).waitForSelector("vaadin-app-layout");
				signedIn = login.storageState();
			}
		}
		context.close();
		context = browser.newContext(contextOptions().setStorageState(signedIn));
		page = context.newPage();
		page.navigate(url(path));
		page.waitForSelector(selector);
		return page;
	}

	private static Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 900);
	}
}
