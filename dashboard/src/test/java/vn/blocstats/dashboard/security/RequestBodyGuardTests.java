package vn.blocstats.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.blocstats.dashboard.BlocstatsApplication;

/**
 * The probe of issue 11, finding 2: a multipart POST of a few megabytes, without a cookie, to the
 * dashboard, the login form and a chart used to be parsed — every part stored in Tomcat's temporary
 * folder — before the login redirect. Now it is refused (4xx) before its body is read, and nothing
 * is written to the container's folders, even while the client is still sending. The hand-off's
 * body is not read before its credentials are checked either.
 */
@SpringBootTest(classes = BlocstatsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
class RequestBodyGuardTests {

	static final int MEGABYTE = 1024 * 1024;

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	vn.blocstats.dashboard.handoff.ServerAnnouncement announcement;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Files.createDirectories(dir.resolve("multipart"));
		registry.add("blocstats.db", () -> dir.resolve("w.duckdb").toString());
		registry.add("server.tomcat.basedir", () -> dir.resolve("tomcat").toString());
		registry.add("spring.servlet.multipart.location", () -> dir.resolve("multipart").toString());
	}

	/** What a probe got: the status, and the most bytes the container's folders held meanwhile. */
	record Probe(int status, long storedBytes) {
	}

	@Test
	void a_multipart_post_without_a_cookie_is_refused_unread_at_the_dashboard_the_login_and_a_chart() throws Exception {
		for (String path : new String[] { "/", "/login", "/charts/trend.svg?committee=74-KCQDN&metric=members_total",
				"/VAADIN/dynamic/resource/0/abc/upload", "/xu-huong" }) {
			Probe p = multipart(path, null, null, 4);

			assertThat(p.status()).as(path).isBetween(400, 499);
			assertThat(p.storedBytes()).as(path).isZero();
		}
	}

	@Test
	void the_handoff_reads_no_body_before_its_secret_and_the_credentials_are_checked() throws Exception {
		Probe anonymous = multipart("/api/import", null, null, 4);
		Probe noSecret = multipart("/api/import", "khong-co-ai:sai", null, 4);
		Probe wrong = multipart("/api/import", "khong-co-ai:sai", announcement.secret(), 4);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(noSecret.status()).isEqualTo(403);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(anonymous.storedBytes()).isZero();
		assertThat(noSecret.storedBytes()).isZero();
		assertThat(wrong.storedBytes()).isZero();
	}

	@Test
	void a_large_body_of_any_other_kind_is_refused_unread() throws Exception {
		Probe p = send("/login", "application/x-www-form-urlencoded", null, null, 3);

		assertThat(p.status()).isEqualTo(413);
	}

	private Probe multipart(String path, String credentials, String secret, int megabytes) throws Exception {
		return send(path, "multipart/form-data; boundary=x", credentials, secret, megabytes);
	}

	/**
	 * Sends a body of {@code megabytes} MB (the first half, a pause of a second, the rest) over a raw
	 * socket, reading the answer meanwhile, while sampling how many bytes are stored under Tomcat's
	 * folders: a server that parsed the body would have stored its first part by the pause.
	 */
	private Probe send(String path, String contentType, String credentials, String secret, int megabytes) throws Exception {
		byte[] head = ("--x\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);
		long length = head.length + (long) megabytes * MEGABYTE + tail.length;
		AtomicLong stored = new AtomicLong();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
					+ "\r\nContent-Length: " + length + "\r\n"
					+ (credentials == null ? ""
							: "Authorization: Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n")
					+ (secret == null ? "" : "X-Blocstats-Secret: " + secret + "\r\n")
					+ "\r\n").getBytes(StandardCharsets.US_ASCII));
			Thread writer = Thread.ofPlatform().start(() -> {
				try {
					out.write(head);
					byte[] mb = new byte[MEGABYTE];
					for (int i = 0; i < megabytes; i++) {
						if (i == megabytes / 2) {
							out.flush();
							for (int t = 0; t < 20; t++) {
								stored.accumulateAndGet(storedBytes(), Math::max);
								Thread.sleep(50);
							}
						}
						out.write(mb);
					}
					out.write(tail);
					out.flush();
				}
				catch (IOException | InterruptedException e) {
					// The server closed the connection without reading the body: as it should.
				}
			});
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			String status = in.readLine();
			writer.join(30_000);
			stored.accumulateAndGet(storedBytes(), Math::max);
			assertThat(status).as(path).startsWith("HTTP/1.1 ");
			return new Probe(Integer.parseInt(status.substring(9, 12)), stored.get());
		}
	}

	/** The bytes of every file under Tomcat's base folder and the multipart location. */
	private static long storedBytes() {
		long total = 0;
		for (Path root : new Path[] { dir.resolve("tomcat"), dir.resolve("multipart") }) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				total += files.filter(Files::isRegularFile).mapToLong(f -> {
					try {
						return Files.size(f);
					}
					catch (IOException e) {
						return 0; // deleted meanwhile
					}
				}).sum();
			}
			catch (IOException | java.io.UncheckedIOException e) {
				// a file vanished during the walk: sample again next time
			}
		}
		return total;
	}
}
