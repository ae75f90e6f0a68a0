package vn.blocstats.dashboard.handoff;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportService.NamedFile;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * The hand-offs a server was importing when it died ({@code uploads/<id>/}{@value ImportEndpoint#PENDING}):
 * at the next start each is imported from the copy the server kept, under the names the client
 * sent, in one run as before. Files whose load had been committed before the death are recorded as
 * DUPLICATE (the import is idempotent by content), the others are loaded; the report goes to
 * {@code reports/import-<id>-resumed.csv}, the audit names the user who sent them. A folder whose
 * marker cannot be read is left, named on the console, and never deleted. A hand-off whose parts
 * were still being received ({@value ImportEndpoint#RECEIVING}) was never imported: its partial
 * copy is deleted and the console says so.
 */
@Component
public class HandoffResume {

	private static final Logger log = LoggerFactory.getLogger(HandoffResume.class);

	private final ImportService imports;
	private final AuditLog audit;
	private final DataDirectory data;

	HandoffResume(@Lazy ImportService imports, AuditLog audit, DataDirectory data) {
		this.imports = imports;
		this.audit = audit;
		this.data = data;
	}

	/** What was resumed: the hand-off's folder, how many files, the run's summary. */
	public record Resumed(String id, int files, ImportSummary summary) {
	}

	/** Writes the marker of a hand-off being imported: its names (one line each, as sent), then the user. */
	static void writePending(Path pending, List<String> nameLines, String user) throws IOException {
		List<String> lines = new ArrayList<>(nameLines);
		lines.add("user=" + user);
		OwnerOnly.file(Files.write(pending, lines, StandardCharsets.UTF_8));
	}

	/**
	 * Imports every interrupted hand-off, oldest first, and says so on {@code out}.
	 *
	 * @return what was resumed
	 */
	public List<Resumed> resumeInterrupted(PrintStream out) {
		Path uploads = data.uploads();
		if (!Files.isDirectory(uploads)) {
			return List.of();
		}
		List<Path> pending;
		List<Path> partial;
		try (Stream<Path> folders = Files.list(uploads)) {
			List<Path> all = folders.filter(Files::isDirectory).sorted().toList();
			pending = all.stream().map(f -> f.resolve(ImportEndpoint.PENDING)).filter(Files::isRegularFile).toList();
			// Both markers: every part was stored (the pending marker is written after the last one).
			partial = all.stream()
				.filter(f -> Files.isRegularFile(f.resolve(ImportEndpoint.RECEIVING)) && !Files.exists(f.resolve(ImportEndpoint.PENDING)))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + uploads, e);
		}
		for (Path folder : partial) {
			ImportEndpoint.deleteFolder(folder);
			out.println("Xóa bản tệp nhận dở khi máy chủ dừng (" + folder.getFileName() + "): lần gửi đó chưa được nạp, hãy gửi lại.");
		}
		List<Resumed> resumed = new ArrayList<>();
		for (Path marker : pending) {
			Path folder = marker.getParent();
			String id = folder.getFileName().toString();
			List<NamedFile> named;
			String user;
			try {
				List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
				user = lines.isEmpty() || !lines.getLast().startsWith("user=") ? AuditAction.SYSTEM
						: lines.getLast().substring("user=".length());
				named = new ArrayList<>();
				int part = 0;
				for (String line : lines) {
					if (line.startsWith("user=") || line.isBlank()) {
						continue;
					}
					ImportEndpoint.Entry e = ImportEndpoint.Entry.parse(line);
					named.add(e.sent() ? new NamedFile(folder.resolve((++part) + ImportEndpoint.extension(e.name())), e.name())
							: new NamedFile(null, e.name()));
				}
			}
			catch (IOException | RuntimeException e) {
				out.println("Không đọc được lần gửi tệp bị ngắt " + folder + " (" + e.getMessage() + "): để nguyên, hãy kiểm tra rồi nạp lại.");
				log.warn("Cannot read the interrupted hand-off {}", folder, e);
				continue;
			}
			Path report = data.reports().resolve("import-" + id + "-resumed.csv");
			String sender = user;
			ImportSummary summary = imports.as(sender, () -> imports.importNamed(named, false, true, report));
			try {
				Files.deleteIfExists(folder.resolve(ImportEndpoint.RECEIVING));
				Files.deleteIfExists(marker);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot remove " + marker, e);
			}
			long sent = named.stream().filter(f -> f.file() != null).count();
			audit.record(user, AuditAction.IMPORT, "Nạp lại lần gửi tệp bị ngắt khi máy chủ dừng (" + id + "): " + sent + " tệp, exit "
					+ summary.exitCode(), null);
			out.println("Nạp lại lần gửi tệp bị ngắt khi máy chủ dừng (" + id + ", " + sent + " tệp của " + user + "): exit "
					+ summary.exitCode() + "; báo cáo: " + report);
			resumed.add(new Resumed(id, (int) sent, summary));
		}
		return List.copyOf(resumed);
	}
}
