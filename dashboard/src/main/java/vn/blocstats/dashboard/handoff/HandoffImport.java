package vn.blocstats.dashboard.handoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.handoff.ImportEndpoint.Entry;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportService.NamedFile;

/**
 * {@code blocstats import [--user NAME] [--password-stdin] [--dry-run] [--report FILE] PATH...}: when
 * a live server holds the warehouse ({@link ServerFile}), hands the files to it
 * ({@code POST /api/import}) and prints its answer — the same report and exit code as a local
 * import (0 / 3 / 2). The password comes from the environment variable {@value #PASSWORD_ENV} or,
 * with {@code --password-stdin}, from the first line of standard input. Without credentials, says
 * what to do (exit 1). Without a live server (no file, its process gone, or nothing answering at its URL) — or for {@code --inbox}, which the server runs on its
 * own schedule — runs the import locally, audited as the user {@value AuditAction#CLI}.
 */
@Component
public class HandoffImport {

	/** The environment variable holding the password for the hand-off. */
	public static final String PASSWORD_ENV = "BLOCSTATS_PASSWORD";

	/** Exit code when the server could not take the import (no credentials, refused, unreachable). */
	static final int REFUSED = 1;

	private final Path db;
	private final AuditLog audit;

	HandoffImport(@Value("${blocstats.db}") String db, AuditLog audit) {
		this.db = Path.of(db);
		this.audit = audit;
	}

	/**
	 * Runs {@code words} ({@code import ...}); {@code local} runs an import in this process (given
	 * the words without the hand-off's options) when no server holds the warehouse.
	 */
	public int run(List<String> words, InputStream in, String envPassword, PrintStream out, PrintStream err,
			Function<List<String>, Integer> local) {
		List<String> rest = new ArrayList<>(words);
		boolean passwordStdin = rest.remove("--password-stdin");
		String user = null;
		int at = rest.indexOf("--user");
		if (at >= 0) {
			if (at + 1 >= rest.size()) {
				err.println("--user cần tên người dùng");
				return 64;
			}
			user = rest.get(at + 1);
			rest.subList(at, at + 2).clear();
		}
		Optional<ServerFile> server = rest.contains("--inbox") ? Optional.empty()
				: ServerFile.live(db).filter(HandoffImport::answers);
		if (server.isEmpty()) {
			int code = local.apply(rest);
			if (code == 0 || code == 2 || code == 3) {
				// The import ran here (not refused for a held warehouse or a wrong command line): the command line did it.
				audit.record(AuditAction.CLI, AuditAction.IMPORT, "blocstats " + String.join(" ", rest) + ": exit " + code, null);
			}
			return code;
		}
		ServerFile s = server.get();
		String password = passwordStdin ? firstLine(in) : envPassword;
		if (user == null || password == null || password.isEmpty()) {
			err.println("Máy chủ blocstats đang chạy (PID " + s.pid() + ", " + s.url() + ") và giữ kho dữ liệu."
					+ " Chạy lại với --user TÊN và mật khẩu qua " + PASSWORD_ENV + " (hoặc --password-stdin),"
					+ " hoặc tải tệp lên màn hình Nhập dữ liệu.");
			return REFUSED;
		}
		Request request;
		try {
			request = Request.of(rest.subList(1, rest.size()));
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return 64;
		}
		if (request.entries().isEmpty()) {
			err.println("Cần ít nhất một tệp hoặc thư mục: blocstats import [--dry-run] PATH...");
			return 64;
		}
		out.println("Máy chủ blocstats (PID " + s.pid() + ") đang giữ kho: gửi " + request.files().size() + " tệp cho máy chủ nạp…");
		HttpResponse<String> response;
		try {
			response = send(s.url(), user, password, request);
		}
		catch (IOException e) {
			err.println("Gửi tệp cho máy chủ blocstats không được: " + e.getMessage());
			return REFUSED;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return REFUSED;
		}
		if (response.statusCode() != 200) {
			err.print("Máy chủ từ chối lệnh nạp (HTTP " + response.statusCode() + "): " + response.body());
			return REFUSED;
		}
		out.print(response.body());
		Optional<String> report = response.headers().firstValue(ImportEndpoint.REPORT)
			.map(r -> URLDecoder.decode(r, StandardCharsets.UTF_8));
		if (request.report() != null && report.isPresent()) {
			try {
				Files.copy(Path.of(report.get()), Path.of(request.report()), StandardCopyOption.REPLACE_EXISTING);
				out.println("Đã chép báo cáo vào " + request.report());
			}
			catch (IOException e) {
				err.println("Không chép được báo cáo vào " + request.report() + ": " + e.getMessage());
			}
		}
		return response.headers().firstValue(ImportEndpoint.EXIT_CODE).map(Integer::parseInt).orElse(REFUSED);
	}

	/** Whether a server answers at the announced URL (any HTTP answer; a stale file's port is closed or someone else's). */
	static boolean answers(ServerFile server) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
		HttpRequest probe = HttpRequest.newBuilder(server.url().resolve(ImportEndpoint.PATH.substring(1)))
			.timeout(Duration.ofSeconds(10))
			.header(ImportEndpoint.CLIENT_HEADER, ImportEndpoint.CLIENT)
			.GET()
			.build();
		try {
			return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static HttpResponse<String> send(URI server, String user, String password, Request request)
			throws IOException, InterruptedException {
		String boundary = "blocstats-" + UUID.randomUUID();
		List<HttpRequest.BodyPublisher> body = new ArrayList<>();
		body.add(field(boundary, "names", request.entries().stream().map(Entry::line).collect(Collectors.joining("\n"))));
		body.add(field(boundary, "dryRun", Boolean.toString(request.dryRun())));
		for (Path f : request.files()) {
			body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
					+ "filename=\"upload\"\r\nContent-Type: application/octet-stream\r\n\r\n", StandardCharsets.UTF_8));
			body.add(HttpRequest.BodyPublishers.ofFile(f));
			body.add(HttpRequest.BodyPublishers.ofString("\r\n", StandardCharsets.UTF_8));
		}
		body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n", StandardCharsets.UTF_8));
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest post = HttpRequest.newBuilder(server.resolve(ImportEndpoint.PATH.substring(1)))
			.header("Authorization", "Basic " + basic)
			.header(ImportEndpoint.CLIENT_HEADER, ImportEndpoint.CLIENT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new)))
			.build();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		return http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static HttpRequest.BodyPublisher field(String boundary, String name, String value) {
		return HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n", StandardCharsets.UTF_8);
	}

	private static String firstLine(InputStream in) {
		try {
			String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
			return line == null ? "" : line;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What the command line asks: its paths expanded as the local import expands them (a folder's
	 * files in name order, without hidden files, Office lock files and notes, each named by the
	 * folder's name and its path inside it), a missing path kept as a name to report.
	 */
	record Request(List<Entry> entries, List<Path> files, boolean dryRun, String report) {

		static Request of(List<String> args) {
			boolean dryRun = false;
			String report = null;
			List<Entry> entries = new ArrayList<>();
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("--dry-run")) {
					dryRun = true;
				}
				else if (a.equals("--report") || a.startsWith("--report=")) {
					if (a.startsWith("--report=")) {
						report = a.substring("--report=".length());
					}
					else if (i + 1 < args.size()) {
						report = args.get(++i);
					}
					else {
						throw new IllegalArgumentException("Tùy chọn --report cần một giá trị");
					}
				}
				else if (a.startsWith("--")) {
					throw new IllegalArgumentException("Tùy chọn " + a + " không dùng được khi gửi tệp cho máy chủ");
				}
				else {
					for (NamedFile f : ImportService.expandInputs(List.of(Path.of(a)))) {
						entries.add(new Entry(f.file() != null, f.name()));
						if (f.file() != null) {
							files.add(f.file());
						}
					}
				}
			}
			return new Request(List.copyOf(entries), List.copyOf(files), dryRun, report);
		}
	}
}
