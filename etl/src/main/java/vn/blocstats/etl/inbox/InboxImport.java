package vn.blocstats.etl.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;

/**
 * The nightly batch: imports every file of the inbox once, in arrival order, then moves it out.
 *
 * <ul>
 * <li><b>Which files</b>: every regular file under the inbox (sub-folders included), except hidden
 * ones, Excel's {@code ~$} owner files and partial downloads ({@code .tmp .part .partial
 * .crdownload}); a file modified less than {@code blocstats.inbox.min-age} ago, or whose size or
 * time changes before its turn, is still being written and is left for the next run.
 * <li><b>Order</b>: arrival order (modification time, then name), except that reference data
 * (units, terms, targets) goes before figures, keeping arrival order within each — as
 * {@code import} does, so that a committee's new units sent with its figures are known.
 * <li><b>Where files go</b>, after their load committed (a rename within the file system, so a
 * file is never copied half): {@code processed/<date>/} when rows were loaded or the file is
 * byte-identical to one already loaded (DUPLICATE); {@code rejected/<date>/} when nothing was
 * loadable (unreadable, every row rejected, no data row), both beside the inbox; each with its
 * reject report {@code <file>.bao-cao.csv}. A file whose import FAILED (a system failure, such as a
 * warehouse that cannot be written) stays in the inbox for the next run; a failure that cannot even
 * be recorded stops the run, leaving this file and the remaining ones where they are.
 * <li><b>Nothing lost, nothing counted twice</b>: if the process dies between a load's commit and
 * the move, the next run finds the file byte-identical to the load and skips it (DUPLICATE). If it
 * dies during a load, the warehouse has nothing of the file, recovery marks the execution FAILED,
 * and the next run imports the file again from the start.
 * <li><b>Dry run</b>: everything checked and reported (reports under {@code reports/}), the
 * warehouse untouched, no file moved.
 * </ul>
 *
 * <p>Thread-safe: a run holds the process's one-import-at-a-time turn
 * ({@link ImportService#exclusively}), so the scheduled run and an on-demand run never overlap;
 * another process cannot run one meanwhile either, since it cannot open the warehouse.
 */
@Service
public class InboxImport {

	private static final Logger log = LoggerFactory.getLogger(InboxImport.class);
	private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".crdownload");
	static final String REPORT_SUFFIX = ".bao-cao.csv";

	private final ImportService imports;
	private final Path inbox;
	private final Path processed;
	private final Path rejected;
	private final Path reports;
	private final Duration minAge;
	private final Clock clock;

	@Autowired
	InboxImport(@Lazy ImportService imports, DataDirectory data, BlocstatsProperties settings) {
		this(imports, data, settings.inbox().minAge(), Clock.systemDefaultZone());
	}

	/** The inbox of {@code data} ({@link DataDirectory#inbox}), its files settled once {@code minAge} old by {@code clock}. */
	InboxImport(ImportService imports, DataDirectory data, Duration minAge, Clock clock) {
		this.imports = imports;
		this.inbox = data.inbox();
		this.processed = data.processed();
		this.rejected = data.rejected();
		this.reports = data.reports();
		this.minAge = minAge;
		this.clock = clock;
	}

	public Path inbox() {
		return inbox;
	}

	/** Where files go once loaded: {@code processed} beside the inbox. */
	public Path processed() {
		return processed;
	}

	/** Where files go when nothing in them was loadable: {@code rejected} beside the inbox. */
	public Path rejected() {
		return rejected;
	}

	/**
	 * Runs the inbox once (waiting for an import of this process in progress to finish).
	 *
	 * @param dryRun check and report everything, keep nothing, move nothing
	 * @throws vn.blocstats.warehouse.WarehouseException when the warehouse cannot be opened (another
	 *     process holds it): no file is touched
	 */
	public InboxRun run(boolean dryRun) {
		return imports.exclusively(() -> runHoldingTurn(dryRun));
	}

	private InboxRun runHoldingTurn(boolean dryRun) {
		LocalDateTime started = LocalDateTime.now(clock);
		try {
			Files.createDirectories(inbox);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the inbox " + inbox, e);
		}
		Instant settledBefore = clock.instant().minus(minAge);
		List<Waiting> waiting = new ArrayList<>();
		Map<Path, Snapshot> ready = new HashMap<>();
		for (Snapshot s : list()) {
			if (s.modified().isAfter(settledBefore)) {
				waiting.add(new Waiting(name(s.file()), "đang được ghi hoặc vừa mới đến: để lần chạy sau"));
			}
			else {
				ready.put(s.file(), s);
			}
		}
		List<Path> arrival = ready.values().stream()
			.sorted(Comparator.comparing(Snapshot::modified).thenComparing(s -> s.file().toString()))
			.map(Snapshot::file)
			.toList();
		List<Path> order = arrival.isEmpty() ? arrival : imports.inLoadOrder(arrival);
		Path work = reports.resolve((dryRun ? "inbox-dry-run-" : "inbox-")
				+ started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
		String day = started.toLocalDate().toString();
		List<InboxFile> done = new ArrayList<>();
		String stoppedBy = null;
		for (Path file : order) {
			if (!ready.get(file).unchanged()) {
				waiting.add(new Waiting(name(file), "đang thay đổi (kích thước hoặc thời gian sửa): để lần chạy sau"));
				continue;
			}
			String name = name(file);
			Path report = work.resolve(inbox.relativize(file) + REPORT_SUFFIX);
			FileResult result;
			try {
				result = imports.as("inbox", () -> imports.importFile(file, name, dryRun, true, report));
			}
			catch (RuntimeException e) {
				log.error("Inbox run stopped at {}: the import could not be recorded; the file stays in the inbox", name, e);
				stoppedBy = name + ": " + rootMessage(e);
				done.add(new InboxFile(new FileResult(name, "", "FAILED", 0, 0, 0, 0,
						"Lỗi hệ thống, tệp để lại trong hộp thư đến để chạy lại: " + rootMessage(e)), file, report));
				break;
			}
			done.add(settle(file, ready.get(file), result, report, day, dryRun));
		}
		deleteIfEmpty(work);
		InboxRun run = new InboxRun(inbox, List.copyOf(done), List.copyOf(waiting), dryRun, work, stoppedBy);
		log.info("Inbox {}: {} file(s) handled, {} left for the next run{}", inbox, done.size(), waiting.size(),
				stoppedBy == null ? "" : ", stopped by a system failure");
		return run;
	}

	/** Moves the file and its report where they belong, or leaves them, and says where the file is. */
	private InboxFile settle(Path file, Snapshot before, FileResult result, Path report, String day, boolean dryRun) {
		if (dryRun) {
			return new InboxFile(result, file, report);
		}
		if ("FAILED".equals(result.status())) {
			log.error("{} failed ({}); it stays in the inbox for the next run", result.name(), result.message());
			return new InboxFile(result, file, report);
		}
		if (!before.unchanged()) {
			// Changed while it was imported: what was loaded may not be what the file now holds.
			log.warn("{} changed while it was imported; it stays in the inbox and is imported again next run", result.name());
			return new InboxFile(result, file, report);
		}
		Path folder = (loadedSomething(result) ? processed() : rejected()).resolve(day);
		try {
			Path target = freeTarget(folder.resolve(inbox.relativize(file)));
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
			if (Files.exists(report)) {
				Files.move(report, target.resolveSibling(target.getFileName() + REPORT_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
			}
			log.info("{}: {} → {}", result.name(), result.status(), target);
			return new InboxFile(result, target, target.resolveSibling(target.getFileName() + REPORT_SUFFIX));
		}
		catch (IOException e) {
			// Not lost: the file is still in the inbox (a move within one file system is a rename).
			log.error("Cannot move {} out of the inbox; it stays there (next run: DUPLICATE if loaded)", result.name(), e);
			return new InboxFile(result, Files.exists(file) ? file : null, report);
		}
	}

	/** LOADED with rows, PARTIAL and DUPLICATE go to processed/; the rest to rejected/. */
	static boolean loadedSomething(FileResult r) {
		return switch (r.status()) {
			case "PARTIAL", "DUPLICATE" -> true;
			case "LOADED" -> r.read() > 0;
			default -> false;
		};
	}

	/** {@code target}, or {@code name-2.ext}, {@code name-3.ext}… when it (or its report) is taken. */
	static Path freeTarget(Path target) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		Path candidate = target;
		for (int i = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + REPORT_SUFFIX)); i++) {
			candidate = target.resolveSibling(stem + "-" + i + ext);
		}
		return candidate;
	}

	private List<Snapshot> list() {
		try (Stream<Path> walk = Files.walk(inbox)) {
			List<Snapshot> out = new ArrayList<>();
			for (Path p : (Iterable<Path>) walk::iterator) {
				if (!p.equals(inbox) && Files.isRegularFile(p) && !ignored(p.getFileName().toString())) {
					out.add(Snapshot.of(p));
				}
			}
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, e);
		}
	}

	/** The run's report folder once every report moved beside its file (sub-folders first). */
	private static void deleteIfEmpty(Path work) {
		if (!Files.isDirectory(work)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(work)) {
			List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
			if (all.stream().allMatch(Files::isDirectory)) {
				for (Path p : all) {
					Files.delete(p);
				}
			}
		}
		catch (IOException e) {
			log.warn("Cannot tidy {}: {}", work, e.getMessage());
		}
	}

	static boolean ignored(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.startsWith(".") || lower.startsWith("~$") || PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
	}

	/** How the office's file is named in messages and the history: {@code inbox/<relative path>}. */
	private String name(Path file) {
		return inbox.getFileName().resolve(inbox.relativize(file)).toString();
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.toString() : root.getMessage();
	}

	/** A file's size and modification time when the inbox was listed. */
	private record Snapshot(Path file, long size, Instant modified) {

		static Snapshot of(Path file) throws IOException {
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
			return new Snapshot(file, a.size(), a.lastModifiedTime().toInstant());
		}

		/** True when the file still has the size and time it had when listed. */
		boolean unchanged() {
			try {
				Snapshot now = of(file);
				return now.size() == size && now.modified().equals(modified);
			}
			catch (IOException e) {
				return false;
			}
		}
	}

	/**
	 * One file of a run.
	 *
	 * @param result what the import made of it
	 * @param location where the file is now: in {@code processed/} or {@code rejected/}, or still in
	 *     the inbox (dry run, FAILED, or a move that failed; null if it vanished)
	 * @param report its reject report (beside it once moved)
	 */
	public record InboxFile(FileResult result, Path location, Path report) {
	}

	/** A file left for the next run, and why (Vietnamese). */
	public record Waiting(String name, String reason) {
	}

	/**
	 * The outcome of a run.
	 *
	 * @param inbox the inbox folder
	 * @param files the files handled, in the order they were imported
	 * @param waiting the files left for the next run (still being written)
	 * @param dryRun true when nothing was kept or moved
	 * @param reports where the reports of files not moved are (dry run, FAILED)
	 * @param stoppedBy when a system failure stopped the run: the file and the failure; else null
	 */
	public record InboxRun(Path inbox, List<InboxFile> files, List<Waiting> waiting, boolean dryRun, Path reports,
			String stoppedBy) {

		/** The results in the shape of an {@code import} run (exit code, printed table). */
		public ImportSummary summary() {
			return new ImportSummary(files.stream().map(InboxFile::result).toList(), reports, dryRun);
		}
	}
}
