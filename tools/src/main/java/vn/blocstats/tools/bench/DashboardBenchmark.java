package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duckdb.DuckDBConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.security.Role;
import vn.blocstats.dashboard.security.UserAccounts;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureTables;

/**
 * {@code blocstats bench dashboard [--db DIR/national.duckdb] [--clients 50] [--seconds 20]
 * [--iterations 200] [--loads 5]}: the dashboard's speed over a warehouse — by default the
 * national-scale dataset, written ({@code sample national}) and imported first when {@code --db}
 * names a missing file, reused otherwise. Starts the real application on a free port (nightly
 * batch off) and measures, in this order:
 * <ol>
 * <li>every {@link ChartSource} bean's query + render in-process, SVG and PNG, over filters drawn at
 * random (seed 2020) from the warehouse's committees and metrics with figures, after a warm-up;
 * <li>the chart endpoint {@code /charts/NAME.svg?…} under {@code --clients} concurrent clients for
 * {@code --seconds}, against the same load on a static resource of the same server
 * ({@code /styles/blocstats.css}) as the baseline: what the server costs without a chart;
 * <li>the first page load in Debian's Chromium, cold and warm ({@link BrowserLoads}).
 * </ol>
 * Adds a viewer account {@code bench-…} with a random password to the benchmarked warehouse (each
 * run its own). Prints a table; it asserts nothing about times.
 */
public final class DashboardBenchmark {

	/** The goals of the dashboard issue. */
	static final double CHART_P95_GOAL_MS = 100;
	static final double FIRST_PAGE_GOAL_MS = 1000;

	private static final Locale VI = Locale.of("vi", "VN");

	private final Options options;
	private final PrintStream out;

	private DashboardBenchmark(Options options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	/** The command's options. */
	public record Options(Path db, Path data, int clients, double seconds, int iterations, int warmup, int loads) {

		/**
		 * The options, {@code db} the warehouse measured (created from the national dataset in {@code data} when missing).
		 *
		 * @throws IllegalArgumentException when a count is not positive
		 */
		public Options {
			positive("--clients", clients);
			positive("--iterations", iterations);
			positive("--loads", loads);
			if (!(seconds > 0)) {
				throw new IllegalArgumentException("--seconds phải lớn hơn 0");
			}
			if (warmup < 0) {
				throw new IllegalArgumentException("--warmup không được âm");
			}
		}

		private static void positive(String name, int n) {
			if (n <= 0) {
				throw new IllegalArgumentException(name + " phải lớn hơn 0");
			}
		}
	}

	/**
	 * Runs the benchmark.
	 *
	 * @param options what to measure and how long
	 * @param application the application class, to start the web server of
	 * @param commands runs another command line ({@code sample national}, {@code import}) and returns its exit code
	 * @return the exit code: 0, or 1 when the benchmark could not run
	 */
	public static int run(Options options, Class<?> application, Function<String[], Integer> commands, PrintStream out,
			PrintStream err) {
		try {
			return new DashboardBenchmark(options, out).run(application, commands);
		}
		catch (IOException | SQLException | RuntimeException e) {
			err.println("Benchmark thất bại: " + e);
			return 1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	private int run(Class<?> application, Function<String[], Integer> commands) throws IOException, SQLException, InterruptedException {
		if (!Files.exists(options.db())) {
			int code = prepare(commands);
			if (code != 0) {
				return code;
			}
		}
		refreshIfStale();
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.SERVLET);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		long started = System.nanoTime();
		try (ConfigurableApplicationContext ctx = app.run("--blocstats.db=" + options.db(), "--server.port=0",
				"--blocstats.nightly.enabled=false", "--blocstats.sample-data=", "--vaadin.allowed-packages=vn.blocstats.dashboard",
				"--vaadin.launch-browser=false",
				// Its clients share one account (one session) but stand for as many users: each may have a chart drawn.
				"--blocstats.charts.renders-per-user=" + options.clients())) {
			String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
			List<ChartSource> sources = ctx.getBeansOfType(ChartSource.class).values().stream()
				.sorted(Comparator.comparing(ChartSource::name)).toList();
			List<Map<String, List<String>>> filters = filters(ctx.getBean(Warehouse.class));
			out.printf(VI, "Benchmark bảng điều khiển / dashboard: %s (%,.0f MB), %d lõi, Java %s; máy chủ khởi động trong %,.1f s%n",
					options.db(), Files.size(options.db()) / 1e6, Runtime.getRuntime().availableProcessors(),
					Runtime.version().feature(), (System.nanoTime() - started) / 1e9);
			out.printf(VI, "Bộ lọc / filters: %d cặp (đảng bộ, chỉ tiêu) có số liệu, chọn ngẫu nhiên (seed 2020); biểu đồ: %s%n%n",
					filters.size(), sources.stream().map(ChartSource::name).collect(Collectors.joining(", ")));

			printCharts(ChartTimings.measure(sources, filters, options.warmup(), options.iterations()));

			String user = "bench-" + UserAccounts.randomPassword().substring(0, 8).toLowerCase(java.util.Locale.ROOT);
			String password = UserAccounts.randomPassword();
			ctx.getBean(UserAccounts.class).add(user, Role.VIEWER, password);
			HttpLoad load = new HttpLoad(base, user, password);
			List<HttpLoad.Result> http = new ArrayList<>();
			double warmup = Math.min(5, options.seconds() / 4);
			http.add(load.run("baseline /styles/blocstats.css", List.of("/styles/blocstats.css"), options.clients(), warmup,
					options.seconds()));
			for (ChartSource source : sources) {
				List<String> paths = forSource(source.name(), filters).stream().map(f -> "/charts/" + source.name() + ".svg?" + query(f))
					.toList();
				if (paths.isEmpty()) {
					continue;
				}
				http.add(load.run("/charts/" + source.name() + ".svg?…", paths, options.clients(), warmup, options.seconds()));
			}
			printHttp(http, warmup);

			printBrowser(base, load, filters);
		}
		return 0;
	}

	/**
	 * Rebuilds the figure tables when an import did not finish doing so (at national scale their rebuild
	 * needs more memory than DuckDB's default share leaves a shared machine: a killed import leaves them
	 * stale, and the charts would read the live views). Here with DuckDB's memory capped, spilling to disk.
	 */
	private void refreshIfStale() throws SQLException {
		try (Warehouse w = Warehouse.open(options.db())) {
			try (DuckDBConnection c = w.connection(); Statement st = c.createStatement()) {
				if (FigureTables.fresh(c)) {
					return;
				}
				st.execute("SET memory_limit = '" + REFRESH_MEMORY + "'");
				st.execute("SET preserve_insertion_order = false");
			}
			out.printf("Bảng số liệu chưa làm mới / figure tables stale: làm mới / refreshing (DuckDB memory_limit %s)…%n", REFRESH_MEMORY);
			long t0 = System.nanoTime();
			FigureTables.refresh(w);
			out.printf(VI, "Làm mới bảng số liệu / figure tables refreshed in %,.1f s%n%n", (System.nanoTime() - t0) / 1e9);
		}
	}

	/** DuckDB's memory cap for a refresh run by the benchmark. */
	static final String REFRESH_MEMORY = "6GB";

	/** Writes the national-scale dataset beside the warehouse and imports it (exit 0 expected). */
	private int prepare(Function<String[], Integer> commands) throws IOException {
		Files.createDirectories(options.db().getParent());
		out.printf("Chưa có %s: ghi bộ dữ liệu quy mô cả nước vào %s rồi nạp / writing and importing the national dataset%n",
				options.db(), options.data());
		long t0 = System.nanoTime();
		if (!Files.isDirectory(options.data())) {
			int code = commands.apply(new String[] { "sample", "national", "--out", options.data().toString() });
			if (code != 0) {
				return code;
			}
		}
		long t1 = System.nanoTime();
		int code = commands.apply(new String[] { "import", "--db", options.db().toString(), options.data().toString() });
		long t2 = System.nanoTime();
		out.printf(VI, "Dữ liệu: ghi %,.1f s, nạp (kể cả làm mới bảng số liệu) %,.1f s, exit %d%n%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, code);
		return code == 0 ? 0 : 1;
	}

	/**
	 * Committee and metric pairs with figures, each with one of the committee's terms, at random,
	 * seed 2020; at most 100. Only committees with terms: every chart accepts these filters (the
	 * targets and term charts need a term; a province has none).
	 */
	static List<Map<String, List<String>>> filters(Warehouse warehouse) throws SQLException {
		FigureQueries queries = new FigureQueries(warehouse);
		List<String[]> pairs = new ArrayList<>();
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT DISTINCT f.org_code, f.metric FROM figure_year f "
						+ "WHERE f.org_code IN (SELECT committee_code FROM term) ORDER BY 1, 2");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				pairs.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		if (pairs.isEmpty()) {
			throw new IllegalStateException("the warehouse has no figures of a committee (figure_year is empty): import data first");
		}
		Random random = new Random(2020);
		Collections.shuffle(pairs, random);
		List<Map<String, List<String>>> filters = new ArrayList<>();
		for (String[] p : pairs.subList(0, Math.min(100, pairs.size()))) {
			Map<String, List<String>> f = new LinkedHashMap<>();
			f.put("committee", List.of(p[0]));
			f.put("metric", List.of(p[1]));
			List<FigureQueries.Term> terms = queries.terms(p[0]);
			if (!terms.isEmpty()) {
				f.put("term", List.of(terms.get(random.nextInt(terms.size())).label()));
			}
			unitUnder(warehouse, p[0], p[1]).ifPresent(u -> f.put(UNIT, List.of(u)));
			filters.add(f);
		}
		return filters;
	}

	/** The key under which a filter keeps a unit of its committee with figures of its metric (for {@code unit-trend}). */
	private static final String UNIT = "unit";

	/**
	 * A grassroots unit (not a province or a bloc committee, which have no series of their own) directly under
	 * {@code committee} with a yearly figure of {@code metric}, the first by code.
	 */
	private static java.util.Optional<String> unitUnder(Warehouse warehouse, String committee, String metric) throws SQLException {
		try (DuckDBConnection c = warehouse.connection();
				PreparedStatement ps = c.prepareStatement("SELECT min(f.org_code) FROM figure_year f JOIN org_unit u ON u.code = f.org_code "
						+ "WHERE u.parent_code = ? AND f.metric = ? AND u.type NOT IN ('tinh', 'dang_bo_khoi')")) {
			ps.setString(1, committee);
			ps.setString(2, metric);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
			}
		}
	}

	/**
	 * The filters as {@code source} takes them: a unit's own series ({@code unit-trend}) is drawn for a unit
	 * ({@code node}), a metric and its committee's term, the filters without a unit left out; every other chart takes the
	 * committee, metric and term.
	 */
	static List<Map<String, List<String>>> forSource(String source, List<Map<String, List<String>>> filters) {
		if ("unit-trend".equals(source)) {
			return filters.stream().filter(f -> f.containsKey(UNIT)).map(f -> {
				Map<String, List<String>> own = new LinkedHashMap<>();
				own.put("node", f.get(UNIT));
				own.put("metric", f.get("metric"));
				if (f.containsKey("term")) {
					own.put("term", f.get("term"));
				}
				return own;
			}).toList();
		}
		return filters.stream().map(f -> {
			Map<String, List<String>> own = new LinkedHashMap<>(f);
			own.remove(UNIT);
			return own;
		}).toList();
	}

	private static String query(Map<String, List<String>> filters) {
		return filters.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	private void printCharts(List<ChartTimings.Result> results) {
		out.printf("(1) Biểu đồ: truy vấn + vẽ, trong tiến trình / chart query + render, in-process, one at a time"
				+ " (%d lần sau %d lần khởi động / runs after %d warm-up)%n", options.iterations(), options.warmup(), options.warmup());
		String row = "%-10s | %-6s | %6s | %6s | %11s | %11s | %11s | %11s | %11s | %s%n";
		out.printf(row, "chart", "format", "n", "errors", "query p50", "query p95", "total p50", "total p95", "total max",
				"goal p95 ≤ 100 ms");
		out.println("-".repeat(118));
		for (ChartTimings.Result r : results) {
			out.printf(VI, row, r.chart(), r.format(), r.total().count(), r.total().errors(), ms(r.query().p50()), ms(r.query().p95()),
					ms(r.total().p50()), ms(r.total().p95()), ms(r.total().max()), goal(r.total().p95(), CHART_P95_GOAL_MS));
		}
		// an error is the benchmark's filter or a fault: say which, so that it is not mistaken for speed
		results.stream().filter(r -> r.firstError() != null)
			.forEach(r -> out.printf("lỗi đầu tiên / first error, %s %s: %s%n", r.chart(), r.format(), r.firstError()));
		out.println();
	}

	private void printHttp(List<HttpLoad.Result> results, double warmup) {
		out.printf(VI, "(2) HTTP: %d máy khách đồng thời / concurrent clients, %,.0f s mỗi pha / per phase (sau / after %,.1f s khởi động),"
				+ " đã đăng nhập / signed in%n", options.clients(), options.seconds(), warmup);
		String row = "%-34s | %9s | %9s | %6s | %11s | %11s | %11s | %s%n";
		out.printf(row, "endpoint", "requests", "req/s", "errors", "p50", "p95", "max", "goal p95 ≤ 100 ms");
		out.println("-".repeat(118));
		for (HttpLoad.Result r : results) {
			boolean chart = r.name().startsWith("/charts/");
			out.printf(VI, row, r.name(), String.format(VI, "%,d", r.timings().count()), String.format(VI, "%,.1f", r.perSecond()),
					r.timings().errors(), ms(r.timings().p50()), ms(r.timings().p95()), ms(r.timings().max()),
					chart ? goal(r.timings().p95(), CHART_P95_GOAL_MS) : "(baseline)");
		}
		out.println();
	}

	private void printBrowser(String base, HttpLoad load, List<Map<String, List<String>>> filters) {
		out.printf("(3) Trang đầu tiên trong Chromium / first page load in Chromium: navigation start → chart SVG drawn,"
				+ " signed in, %d lần / loads%n", options.loads());
		String row = "%-44s | %4s | %6s | %11s | %11s | %11s | %s%n";
		out.printf(row, "load", "n", "errors", "p50", "p95", "max", "goal ≤ 1000 ms");
		out.println("-".repeat(118));
		if (!BrowserLoads.available()) {
			out.println("bỏ qua / skipped: " + BrowserLoads.CHROMIUM + " is missing (Debian's chromium package)");
			return;
		}
		List<String> pages = filters.stream()
			.map(f -> "/xu-huong?committee=" + URLEncoder.encode(f.get("committee").getFirst(), StandardCharsets.UTF_8) + "&metric="
					+ URLEncoder.encode(f.get("metric").getFirst(), StandardCharsets.UTF_8))
			.toList();
		BrowserLoads.Result r = BrowserLoads.measure(base, load.sessionCookie(), pages, ".trend-chart svg", options.loads());
		for (var e : Map.of("cold: new browser context, empty cache", r.cold(), "warm: next page, same context", r.warm())
			.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			Timings t = e.getValue();
			out.printf(VI, row, e.getKey(), t.count(), t.errors(), ms(t.p50()), ms(t.p95()), ms(t.max()), goal(t.p50(), FIRST_PAGE_GOAL_MS));
		}
		out.println("Lần tải lạnh, mốc thời gian từ lúc bắt đầu / cold load, milestones from the navigation's start (p50):");
		r.phases().forEach((phase, t) -> out.printf(VI, "  %-16s %11s%n", phase, ms(t.p50())));
		out.println();
	}

	private static String ms(double millis) {
		return Double.isNaN(millis) ? "—" : String.format(VI, "%,.1f ms", millis);
	}

	private static String goal(double millis, double goal) {
		return Double.isNaN(millis) ? "—" : millis <= goal ? "đạt / met" : "chưa đạt / missed";
	}
}
