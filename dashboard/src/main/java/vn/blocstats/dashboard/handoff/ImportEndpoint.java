package vn.blocstats.dashboard.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportService.NamedFile;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * {@code POST /api/import}: the files of a {@code blocstats import} run on the command line while
 * the server holds the warehouse. Multipart: the parts {@code file} (the contents, in the client's
 * order), the field {@code names} (the client's name of each file, URL-encoded, one a line; a name
 * without a part is a path the client did not find) and {@code dryRun}. Who may call it is the
 * security configuration's business (loopback, HTTP Basic, steward or admin).
 *
 * <p>Each file is stored under a name the server makes ({@code uploads/<time>-<id>/<n>.<ext>}
 * beside the warehouse — the client's name is never used as a path, only shown), then all are
 * imported in one run through {@link ImportService} (waiting for the turn an import or the nightly
 * batch holds). A real import is idempotent by content: a file whose bytes a load already committed
 * is recorded as DUPLICATE, not loaded twice (a client whose server died cannot tell whether its
 * send was committed, and sends again). Until the run ends the folder holds a {@value #PENDING}
 * file (the names, the user): a server killed meanwhile imports the kept copy when it starts again
 * ({@link HandoffResume}). The answer is the text {@code blocstats import} prints and, in the header
 * {@value #EXIT_CODE}, its exit code, followed by the reject report's bytes ({@value #SUMMARY_BYTES}
 * says where the summary ends); the report is also kept beside the warehouse. Stored files of a real import are kept as the record of what was
 * loaded; those of a dry run are removed.
 */
@RestController
@ConditionalOnWebApplication
class ImportEndpoint {

	static final String PATH = "/api/import";
	static final String EXIT_CODE = "X-Blocstats-Exit-Code";
	/** How many bytes of the answer's body are the printed summary; the rest is the reject report (CSV). */
	static final String SUMMARY_BYTES = "X-Blocstats-Summary-Bytes";
	/** This start's secret, from the announcement file ({@link HandoffSecretCheck}). */
	static final String SECRET = "X-Blocstats-Secret";
	/**
	 * The header every call must carry (a browser cannot send it cross-site without asking first):
	 * no web page can make a browser post files here.
	 */
	static final String CLIENT_HEADER = "X-Blocstats-Client";
	static final String CLIENT = "blocstats-cli";

	/** In a hand-off's folder while its import runs: the names as sent, then the user. */
	static final String PENDING = "handoff.pending";
	/** In a hand-off's folder while its parts are being stored. */
	static final String RECEIVING = "handoff.receiving";

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final ImportService imports;
	private final AuditLog audit;
	private final DataDirectory data;

	ImportEndpoint(@Lazy ImportService imports, AuditLog audit, DataDirectory data) {
		this.imports = imports;
		this.audit = audit;
		this.data = data;
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFiles(@RequestParam(name = "file", required = false) List<MultipartFile> parts,
			@RequestParam("names") String names, @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestHeader(name = CLIENT_HEADER, required = false) String client) throws IOException {
		if (!CLIENT.equals(client)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(TEXT)
				.body("Chỉ lệnh blocstats import gửi tệp tới đây; từ trình duyệt, hãy dùng màn hình Nhập dữ liệu.\n");
		}
		List<MultipartFile> files = parts == null ? List.of() : parts;
		List<Entry> entries = Arrays.stream(names.split("\n")).filter(s -> !s.isBlank()).map(Entry::parse).toList();
		long sent = entries.stream().filter(Entry::sent).count();
		if (entries.isEmpty() || sent != files.size()) {
			return ResponseEntity.badRequest()
				.contentType(TEXT)
				.body("Yêu cầu nạp không hợp lệ: " + files.size() + " tệp cho " + sent + " tên tệp.\n");
		}
		String id = LocalDateTime.now().format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8);
		Path folder = data.handoff(id);
		OwnerOnly.createFolders(folder);
		// Until every part is stored: a server killed meanwhile deletes the folder when it starts again.
		Path receiving = Files.createFile(folder.resolve(RECEIVING));
		List<NamedFile> named = new ArrayList<>();
		int part = 0;
		for (Entry e : entries) {
			if (!e.sent()) {
				named.add(new NamedFile(null, e.name()));
				continue;
			}
			Path stored = folder.resolve((part + 1) + extension(e.name()));
			files.get(part++).transferTo(stored);
			OwnerOnly.file(stored);
			named.add(new NamedFile(stored, e.name()));
		}
		Path report = data.reports().resolve("import-" + id + ".csv");
		Path pending = folder.resolve(PENDING);
		if (!dryRun) {
			HandoffResume.writePending(pending, entries.stream().map(Entry::line).toList(), AuditLog.currentUser());
		}
		Files.delete(receiving);
		ImportSummary summary;
		try {
			summary = imports.as(AuditLog.currentUser(), () -> imports.importNamed(named, dryRun, !dryRun, report));
			Files.deleteIfExists(pending);
		}
		finally {
			if (dryRun) {
				deleteFolder(folder);
			}
		}
		// The loads stand even when the refresh after them failed: the client says so and exits 1.
		java.util.Optional<ImportService.RefreshFailure> refreshFailure = dryRun ? java.util.Optional.empty() : imports.refreshFailure();
		int exitCode = refreshFailure.isPresent() ? 1 : summary.exitCode();
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			Cli.printImport(summary, out);
			refreshFailure.ifPresent(f -> out.println(f.message()));
		}
		audit.record(AuditAction.IMPORT, "blocstats import (dòng lệnh, qua máy chủ)" + (dryRun ? ", chạy thử" : "") + ": "
				+ entries.size() + " tệp, exit " + exitCode + ": "
				+ entries.stream().map(Entry::name).collect(Collectors.joining(", ")));
		// The body: the summary, then the report's bytes (the client writes them to its own --report file:
		// no path of this machine is ever taken from an answer).
		byte[] printed = text.toByteArray();
		byte[] reportBytes = summary.report() != null && Files.isRegularFile(summary.report())
				? Files.readAllBytes(summary.report()) : new byte[0];
		byte[] body = new byte[printed.length + reportBytes.length];
		System.arraycopy(printed, 0, body, 0, printed.length);
		System.arraycopy(reportBytes, 0, body, printed.length, reportBytes.length);
		return ResponseEntity.ok()
			.header(EXIT_CODE, Integer.toString(exitCode))
			.header(SUMMARY_BYTES, Integer.toString(printed.length))
			.contentType(MediaType.parseMediaType("application/octet-stream"))
			.body(body);
	}

	/**
	 * One line of {@code names}: {@code +NAME} a file sent as the next part, {@code -NAME} a path the
	 * client did not find; NAME URL-encoded.
	 */
	record Entry(boolean sent, String name) {

		static Entry parse(String line) {
			if (line.charAt(0) != '+' && line.charAt(0) != '-') {
				throw new IllegalArgumentException("A line of names starts with + or -: " + line);
			}
			return new Entry(line.charAt(0) == '+', URLDecoder.decode(line.substring(1).strip(), StandardCharsets.UTF_8));
		}

		String line() {
			return (sent ? "+" : "-") + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
		}
	}

	/** The client's extension when it is a plain one ({@code .csv}, {@code .xlsx}, …): the readers go by it. */
	static String extension(String name) {
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = base.lastIndexOf('.');
		String ext = dot < 0 ? "" : base.substring(dot).toLowerCase(Locale.ROOT);
		return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
	}

	static void deleteFolder(Path folder) {
		try (var walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot remove the dry run's files in " + folder, e);
		}
	}
}
