package vn.blocstats.tools.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import vn.blocstats.dashboard.security.FormLogin;

/**
 * A closed-loop HTTP load: {@code clients} virtual threads, each sending one GET after the other for
 * a fixed time, through one {@link HttpClient} signed in as a dashboard user (the session cookie).
 * HTTP/1.1, one connection per client at most.
 */
final class HttpLoad {

	/** What one phase measured: every answered request's latency, non-200 answers and failures as errors. */
	record Result(String name, int clients, double seconds, Timings timings) {

		double perSecond() {
			return timings.count() / seconds;
		}
	}

	private final String base;
	private final HttpClient http;

	/** Signs in at {@code base} ({@code http://localhost:PORT}) through the login form, as a browser does. */
	HttpLoad(String base, String user, String password) throws IOException, InterruptedException {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> r = FormLogin.post(http, base, user, password);
		if (!FormLogin.succeeded(r)) {
			throw new IOException("the bench user could not sign in: HTTP " + r.statusCode() + " " + r.headers().firstValue("Location"));
		}
	}

	/** The session cookie the login set ({@code JSESSIONID}), for the browser. */
	String sessionCookie() {
		return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie after login"));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * {@code clients} loops, for {@code seconds}, each GETting a path from {@code paths} at random;
	 * first {@code warmupSeconds} unmeasured.
	 */
	Result run(String name, List<String> paths, int clients, double warmupSeconds, double seconds) throws InterruptedException {
		loop(paths, clients, warmupSeconds);
		long start = System.nanoTime();
		List<long[]> all = loop(paths, clients, seconds);
		double elapsed = (System.nanoTime() - start) / 1e9;
		int errors = (int) all.stream().filter(x -> x[0] < 0).count();
		long[] nanos = all.stream().filter(x -> x[0] >= 0).mapToLong(x -> x[0]).toArray();
		return new Result(name, clients, elapsed, new Timings(nanos, errors));
	}

	/** Each element: {nanos} of an answered 200, or {-1} for an error. */
	private List<long[]> loop(List<String> paths, int clients, double seconds) throws InterruptedException {
		long until = System.nanoTime() + (long) (seconds * 1e9);
		List<URI> uris = paths.stream().map(p -> URI.create(base + p)).toList();
		List<Future<List<long[]>>> futures = new ArrayList<>();
		try (ExecutorService clientsPool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				futures.add(clientsPool.submit(() -> {
					List<long[]> mine = new ArrayList<>();
					while (System.nanoTime() < until) {
						URI uri = uris.get(ThreadLocalRandom.current().nextInt(uris.size()));
						long t0 = System.nanoTime();
						try {
							HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
									HttpResponse.BodyHandlers.ofByteArray());
							long t = System.nanoTime() - t0;
							mine.add(new long[] { r.statusCode() == 200 && r.body().length > 0 ? t : -1 });
						}
						catch (IOException e) {
							mine.add(new long[] { -1 });
						}
					}
					return mine;
				}));
			}
		}
		List<long[]> all = new ArrayList<>();
		for (Future<List<long[]>> f : futures) {
			try {
				all.addAll(f.get());
			}
			catch (java.util.concurrent.ExecutionException e) {
				throw new IllegalStateException("a load client failed", e.getCause());
			}
		}
		return all;
	}
}
