package vn.blocstats.dashboard.handoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.handoff.ImportEndpoint.Entry;
import vn.blocstats.etl.cli.ImportHandoff;
import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportService.NamedFile;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * {@code blocstats import [--user NAME] [--password-stdin] [--dry-run] [--report FILE] PATH...}: when
 * a live server holds the warehouse ({@link ServerFile}), hands the files to it
 * ({@code POST /api/import}) and prints its answer — the same report and exit code as a local
 * import (0 / 3 / 2). The password comes from the environment variable {@value #PASSWORD_ENV} or,
 * with {@code --password-stdin}, from the first line of standard input. Without credentials, says
 * what to do (exit 1). The announcement is trusted only as {@link ServerFile#distrust} allows (the
 * process named holds the warehouse and listens at the URL, on this machine; the file is owner-only);
 * otherwise nothing is sent (exit 1). The answer is read strictly, and the report is written from
 * its bytes to {@code --report} (never copied from a path the server names). Without a live server
 * (no file, its process gone, or nobody holding the warehouse) — or for {@code --inbox}, which the
 * server runs on its own schedule — runs the import locally, audited as the user {@value AuditAction#CLI}.
 */
@Component
public class HandoffImport implements ImportHandoff {

	/** The environment variable holding the password for the hand-off. */
	public static final String PASSWORD_ENV = "BLOCSTATS_PASSWORD";

	/** Exit code when the server could not take the import (no credentials, refused, unreachable). */
	static final int REFUSED = 1;
	/** The most files and the largest file the server takes in one hand-off (spring.servlet.multipart.*, server.tomcat.max-part-count). */
	static final int MAX_FILES = 20;
	static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

	private final Path db;
	private final AuditLog audit;
	private final boolean demo;

	HandoffImport(DataDirectory data, AuditLog audit, BlocstatsProperties settings) {
		this.db = data.warehouse();
		this.audit = audit;
		this.demo = settings.demo();
	}

	/**
	 * The first of {@code paths} that is the sample data ({@link vn.blocstats.etl.SampleDataFolder#isSampleData}): it
	 * goes into the demo warehouse only ({@code --demo}); a check ({@code --dry-run}) keeps nothing and may read it anywhere.
	 */
	static Optional<Path> sampleData(List<Path> paths) {
		return paths.stream().filter(vn.blocstats.etl.SampleDataFolder::isSampleData).findFirst();
	}

	/**
	 * Runs {@code request} ({@code blocstats import …}); {@code local} runs the import in this process when no server
	 * holds the warehouse. The password of {@code --user} comes from {@value #PASSWORD_ENV} or, with
	 * {@code --password-stdin}, from {@code in}.
	 */
	@Override
	public int run(ImportHandoff.Request request, InputStream in, PrintStream out, PrintStream err, IntSupplier local) {
		return run(request, in, System.getenv(PASSWORD_ENV), out, err, local);
	}

	/** As {@link #run(ImportHandoff.Request, InputStream, PrintStream, PrintStream, IntSupplier)}, the password variable given. */
	int run(ImportHandoff.Request r, InputStream in, String envPassword, PrintStream out, PrintStream err, IntSupplier local) {
		String user = r.user();
		Optional<Path> sample = demo || r.dryRun() ? Optional.empty() : sampleData(r.paths());
		if (sample.isPresent()) {
			err.println("“" + sample.get() + "” là dữ liệu mẫu: số liệu giả lập về các Đảng bộ Khối có thật, không nạp vào kho dữ liệu thật ("
					+ db + "). Xem thử: ./blocstats serve --demo (kho demo riêng " + vn.blocstats.warehouse.info.WarehouseInfo.DEMO_FILE
					+ ", tự nạp dữ liệu mẫu lần đầu), hoặc nạp vào kho demo: ./blocstats import --demo " + sample.get() + ".");
			return REFUSED;
		}
		Optional<ServerFile> server = r.inbox() ? Optional.empty() : ServerFile.live(db);
		if (server.isPresent()) {
			// The announcement is trusted with a password only if the process it names holds the warehouse,
			// listens where it says, on this machine, and wrote the file owner-only.
			java.util.OptionalLong holder;
			try {
				holder = Warehouse.lockHolder(db);
			}
			catch (RuntimeException e) {
				err.println("Không kiểm tra được máy chủ giữ kho dữ liệu: " + e.getMessage());
				return REFUSED;
			}
			if (holder.isEmpty()) {
				// Nobody holds the warehouse: a file left by a server whose process id was reused. Import here.
				server = Optional.empty();
			}
			else {
				Optional<String> distrust = server.get().distrust(db, holder);
				if (distrust.isPresent()) {
					err.println(distrust.get() + " Không gửi tệp hay mật khẩu cho nó. Hãy kiểm tra tệp " + ServerFile.path(db)
							+ " (máy chủ ghi lại tệp này mỗi lần khởi động).");
					return REFUSED;
				}
			}
		}
		if (server.isEmpty()) {
			int code = local.getAsInt();
			if (code == 0 || code == 2 || code == 3) {
				// The import ran here (not refused for a held warehouse or a wrong command line): the command line did it.
				audit.record(AuditAction.CLI, AuditAction.IMPORT, "blocstats " + r.line() + ": exit " + code, null);
			}
			return code;
		}
		ServerFile s = server.get();
		String password = r.passwordStdin() ? firstLine(in) : envPassword;
		if (user == null || password == null || password.isEmpty()) {
			err.println("Máy chủ blocstats đang chạy (PID " + s.pid() + ", " + s.url() + ") và giữ kho dữ liệu."
					+ " Chạy lại với --user TÊN và mật khẩu qua " + PASSWORD_ENV + " (hoặc --password-stdin),"
					+ " hoặc tải tệp lên màn hình Nhập dữ liệu.");
			return REFUSED;
		}
		Request request = Request.of(r.paths(), r.dryRun(), r.report() == null ? null : r.report().toString());
		if (request.entries().isEmpty()) {
			err.println("Cần ít nhất một tệp hoặc thư mục: blocstats import [--dry-run] PATH...");
			return 64;
		}
		if (request.files().size() > MAX_FILES) {
			err.println("Máy chủ nhận tối đa " + MAX_FILES + " tệp mỗi lần, không phải " + request.files().size()
					+ ": hãy gửi từng phần, hoặc chép tệp vào hộp thư đến (inbox) để máy chủ nạp theo lịch.");
			return 64;
		}
		for (Path f : request.files()) {
			if (size(f) > MAX_FILE_BYTES) {
				err.println("Tệp " + f + " lớn hơn " + MAX_FILE_BYTES / 1024 / 1024 + " MB, giới hạn của máy chủ: hãy chia nhỏ tệp,"
						+ " hoặc chép vào hộp thư đến (inbox).");
				return 64;
			}
		}
		return deliver(s, user, password, request, out, err);
	}

	/**
	 * Sends the files to the server and prints its answer; returns the exit code. A server that
	 * cannot be reached loaded nothing; one that was reached and never answered may have loaded the
	 * files (or will, from its kept copy, when it starts again): the message says what to check.
	 */
	static int deliver(ServerFile s, String user, String password, Request request, PrintStream out, PrintStream err) {
		out.println("Máy chủ blocstats (PID " + s.pid() + ") đang giữ kho: gửi " + request.files().size() + " tệp cho máy chủ nạp…");
		HttpResponse<byte[]> response;
		try {
			response = send(s, user, password, request);
		}
		catch (java.net.ConnectException e) {
			err.println("Gửi tệp cho máy chủ blocstats không được: " + e.getMessage() + ". Không tệp nào được nạp.");
			return REFUSED;
		}
		catch (IOException e) {
			// Connected, then the answer never came: the server stopped while it held the files.
			err.println("Máy chủ blocstats dừng trước khi trả lời (" + e.getMessage() + "): các tệp có thể đã được nạp, hoặc"
					+ " sẽ được máy chủ nạp lại từ bản nó giữ khi khởi động lại. Xem “./blocstats imports” trước khi gửi lại;"
					+ " gửi lại một tệp đã nạp chỉ được ghi là trùng lặp, không nạp hai lần.");
			return REFUSED;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return REFUSED;
		}
		if (response.statusCode() != 200) {
			err.print("Máy chủ từ chối lệnh nạp (HTTP " + response.statusCode() + "): "
					+ new String(response.body(), StandardCharsets.UTF_8));
			return REFUSED;
		}
		Answer answer;
		try {
			answer = Answer.of(response.headers(), response.body());
		}
		catch (IllegalArgumentException e) {
			err.println("Máy chủ trả lời không hợp lệ: " + e.getMessage() + ". Kết quả nạp không rõ: xem ./blocstats imports.");
			return REFUSED;
		}
		out.print(answer.summary());
		if (request.report() != null) {
			try {
				OwnerOnly.file(Files.write(Path.of(request.report()), answer.report()));
				out.println("Đã chép báo cáo vào " + request.report());
			}
			catch (IOException e) {
				err.println("Không chép được báo cáo vào " + request.report() + ": " + e.getMessage());
			}
		}
		return answer.exitCode();
	}

	/** The server's answer to a hand-off: the summary to print, the report's bytes and the exit code, each read strictly. */
	record Answer(String summary, byte[] report, int exitCode) {

		static Answer of(java.net.http.HttpHeaders headers, byte[] body) {
			String exit = headers.firstValue(ImportEndpoint.EXIT_CODE).orElseThrow(
					() -> new IllegalArgumentException("thiếu " + ImportEndpoint.EXIT_CODE));
			if (!List.of("0", "1", "2", "3").contains(exit)) {
				throw new IllegalArgumentException(ImportEndpoint.EXIT_CODE + " “" + exit + "” không phải 0, 1, 2 hay 3");
			}
			String length = headers.firstValue(ImportEndpoint.SUMMARY_BYTES).orElseThrow(
					() -> new IllegalArgumentException("thiếu " + ImportEndpoint.SUMMARY_BYTES));
			if (!length.matches("\\d{1,10}") || Long.parseLong(length) > body.length) {
				throw new IllegalArgumentException(ImportEndpoint.SUMMARY_BYTES + " “" + length + "” không hợp lệ");
			}
			int n = Integer.parseInt(length);
			return new Answer(new String(body, 0, n, StandardCharsets.UTF_8), java.util.Arrays.copyOfRange(body, n, body.length),
					Integer.parseInt(exit));
		}
	}

	private static long size(Path f) {
		try {
			return Files.size(f);
		}
		catch (IOException e) {
			return 0; // reported by the server as a file it cannot read
		}
	}

	private static HttpResponse<byte[]> send(ServerFile serverFile, String user, String password, Request request)
			throws IOException, InterruptedException {
		URI server = serverFile.url();
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
			.header(ImportEndpoint.SECRET, serverFile.secret())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new)))
			.build();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return http.send(post, HttpResponse.BodyHandlers.ofByteArray());
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

		static Request of(List<Path> paths, boolean dryRun, String report) {
			List<Entry> entries = new ArrayList<>();
			List<Path> files = new ArrayList<>();
			for (NamedFile f : ImportService.expandInputs(paths)) {
				entries.add(new Entry(f.file() != null, f.name()));
				if (f.file() != null) {
					files.add(f.file());
				}
			}
			return new Request(List.copyOf(entries), List.copyOf(files), dryRun, report);
		}
	}
}
