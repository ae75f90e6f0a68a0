package vn.blocstats.dashboard.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.report.RejectReport;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * What the import screen does with a steward's files: stores each upload under a name the server
 * makes ({@code <uploads>/<uuid>.<csv|xlsx|xls>} beside the warehouse — the client's file name is
 * only ever shown, never part of a path), checks them with a dry run of the import (nothing kept),
 * loads exactly those bytes when the steward confirms, or deletes them when the steward cancels.
 *
 * <p>Dry run and load go through {@link ImportService} holding its one-import-at-a-time turn for the
 * whole batch (the nightly inbox runs in the same process and waits, or is waited for); a real load
 * ends the turn by rebuilding the screens' figure tables. Both may take minutes: {@link #inBackground}
 * runs them off the request thread. Thread-safe.
 */
@Service
public class UploadService {

	/** At most this many files per import. */
	static final int MAX_FILES = 20;
	/** The extensions the import screen accepts (the import reads them by their content, too). */
	static final List<String> EXTENSIONS = List.of("csv", "xlsx", "xls");
	/** The longest display name kept, in code points. */
	static final int MAX_NAME = 120;
	/** How many report lines a check shows at most (all are in its report, for download). */
	static final int MAX_SHOWN = 5_000;

	private final ImportService imports;
	private final Path folder;
	private final long maxBytes;
	private final ExecutorService background = Executors.newThreadPerTaskExecutor(
			Thread.ofPlatform().name("blocstats-upload-", 1).daemon(false).factory());

	@Autowired
	UploadService(@Lazy ImportService imports, DataDirectory data, BlocstatsProperties settings) {
		this(imports, data, settings.upload().maxBytes());
	}

	/** Stores uploads in the {@link DataDirectory#uploads} of {@code data}, none larger than {@code maxBytes}. */
	UploadService(ImportService imports, DataDirectory data, long maxBytes) {
		this.imports = imports;
		this.folder = data.uploads();
		this.maxBytes = maxBytes;
	}

	/** A file received and stored: where (a name the server made), under what name it is shown, and its size. */
	record Received(Path path, String name, long size) {
	}

	/**
	 * What an import of the received files did, per file in load order, with the first
	 * {@value #MAX_SHOWN} lines of its report ({@code allLinesShown} false when there were more) and,
	 * for a check, the report of every file (the load's reports are in the warehouse and beside each file).
	 */
	record Outcome(boolean dryRun, List<FileResult> files, List<RejectReport.Line> lines, boolean allLinesShown,
			Optional<Path> report) {

		long loaded() {
			return files.stream().mapToLong(FileResult::loaded).sum();
		}
	}

	/** An upload refused (a user's mistake): the message key, and the file's display name. */
	static final class Refused extends Exception {

		final String key;
		final String name;

		Refused(String key, String name) {
			super(key + ": " + name);
			this.key = key;
			this.name = name;
		}
	}

	/** Where uploads are stored: {@code uploads/} beside the warehouse file. */
	Path folder() {
		return folder;
	}

	long maxBytes() {
		return maxBytes;
	}

	/**
	 * Stores one upload under a new server-made name. Refused when its name does not end in an
	 * accepted extension, or when it is larger than the limit (announced or in fact: the bytes are
	 * counted, and the partial file deleted).
	 *
	 * @param clientName the name the browser sent: only shown (see {@link #displayName}), never a path
	 * @param announcedSize the size the browser announced, or -1
	 */
	Received store(String clientName, long announcedSize, InputStream in) throws IOException, Refused {
		String name = displayName(clientName);
		String extension = extension(name).orElseThrow(() -> new Refused("upload.refused.type", name));
		if (announcedSize > maxBytes) {
			throw new Refused("upload.refused.size", name);
		}
		OwnerOnly.createFolders(folder);
		Path path = folder.resolve(UUID.randomUUID() + "." + extension);
		long size = 0;
		boolean stored = false;
		try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) >= 0;) {
				size += n;
				if (size > maxBytes) {
					throw new Refused("upload.refused.size", name);
				}
				out.write(buffer, 0, n);
			}
			stored = true;
		}
		finally {
			if (!stored) {
				Files.deleteIfExists(path);
			}
		}
		// The bytes checked are the bytes loaded: nothing writes to the file again; only its owner reads it.
		OwnerOnly.file(path);
		path.toFile().setReadOnly();
		return new Received(path, name, size);
	}

	/**
	 * The name a client's file is shown under (on screens, in the load history and its reports):
	 * the name as sent — slashes and dots included, since it never becomes a path — NFC-normalised,
	 * without control or format characters (bidirectional overrides among them), trimmed and cut to
	 * {@value #MAX_NAME} characters keeping the extension.
	 */
	static String displayName(String clientName) {
		String s = Normalizer.normalize(clientName == null ? "" : clientName, Normalizer.Form.NFC);
		s = s.codePoints()
			.filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
					&& Character.getType(cp) != Character.UNASSIGNED && Character.getType(cp) != Character.SURROGATE)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (s.codePointCount(0, s.length()) > MAX_NAME) {
			int dot = s.lastIndexOf('.');
			String ext = dot > 0 && s.length() - dot <= 6 ? s.substring(dot) : "";
			String base = s.substring(0, s.length() - ext.length());
			base = base.substring(0, base.offsetByCodePoints(0, MAX_NAME - 1 - ext.length()));
			s = base + "…" + ext;
		}
		return s;
	}

	/** The accepted extension of a name, lower case, or empty. */
	static Optional<String> extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return EXTENSIONS.contains(ext) ? Optional.of(ext) : Optional.empty();
	}

	/**
	 * Imports the files without keeping anything (the dry run rolls back): what they would load and
	 * every rejected row and warning. Its report is {@code <uploads>/<uuid>.kiem-tra.csv}.
	 */
	Outcome check(List<Received> files) {
		return check(files, p -> {
		});
	}

	/** {@link #check(List)}, saying before each file which it is ({@link Progress}). */
	Outcome check(List<Received> files, Consumer<Progress> progress) {
		return run(files, true, progress);
	}

	/**
	 * Where a check or a load is: file {@code file} of {@code files} ({@code name}) is being read, or
	 * every file is loaded and the figure tables are being refreshed.
	 */
	record Progress(int file, int files, String name, boolean refreshing) {
	}

	/**
	 * Imports the files for real — the very files checked, in the same order — each leaving its
	 * report beside it ({@code <uuid>.bao-cao.csv}); the figure tables are rebuilt when the turn ends.
	 */
	Outcome load(List<Received> files) {
		return load(files, p -> {
		});
	}

	/** {@link #load(List)}, saying before each file which it is and when the figure tables are refreshed. */
	Outcome load(List<Received> files, Consumer<Progress> progress) {
		return run(files, false, progress);
	}

	/** {@link #load(List, Consumer)} for the signed-in {@code user}, whose name each load records. */
	Outcome load(String user, List<Received> files, Consumer<Progress> progress) {
		return imports.as(user, () -> run(files, false, progress));
	}

	private Outcome run(List<Received> files, boolean dryRun, Consumer<Progress> progress) {
		Map<Path, Received> byPath = files.stream().collect(Collectors.toMap(Received::path, Function.identity()));
		// A check's report of every file, for download; a load leaves each file's report beside it instead.
		Optional<Path> whole = dryRun ? Optional.of(folder.resolve(UUID.randomUUID() + ".kiem-tra.csv")) : Optional.empty();
		return imports.exclusively(() -> {
			List<FileResult> results = new ArrayList<>();
			List<RejectReport.Line> lines = new ArrayList<>();
			boolean all = true;
			try (OutputStream out = whole.isPresent() ? Files.newOutputStream(whole.get()) : OutputStream.nullOutputStream();
					RejectReport.Lines report = RejectReport.to(out)) {
				List<Path> ordered = imports.inLoadOrder(files.stream().map(Received::path).toList());
				int done = 0;
				for (Path p : ordered) {
					Received r = byPath.get(p);
					progress.accept(new Progress(++done, ordered.size(), r.name(), false));
					Path fileReport = reportOf(r, dryRun);
					results.add(imports.importFile(r.path(), r.name(), dryRun, false, fileReport));
					for (RejectReport.Line line : RejectReport.read(fileReport)) {
						report.add(line.fileName(), List.of(line.problem()));
						if (lines.size() < MAX_SHOWN) {
							lines.add(line);
						}
						else {
							all = false;
						}
					}
					if (dryRun) {
						Files.delete(fileReport);
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot write the report of a check in " + folder, e);
			}
			whole.ifPresent(OwnerOnly::file);
			if (!dryRun) {
				// what the turn does next, once this returns: the figure tables of what the files touched
				progress.accept(new Progress(files.size(), files.size(), null, true));
			}
			return new Outcome(dryRun, List.copyOf(results), List.copyOf(lines), all, whole);
		});
	}

	private static Path reportOf(Received r, boolean dryRun) {
		String file = r.path().getFileName().toString();
		String base = file.substring(0, file.lastIndexOf('.'));
		return r.path().resolveSibling(base + (dryRun ? ".kiem-tra.csv" : ".bao-cao.csv"));
	}

	/**
	 * At the server's start, before anyone can upload: deletes what the import screen left when the
	 * previous server stopped — the checks' reports, and the uploads never loaded (no load report
	 * beside them: checked but not confirmed, or interrupted while loading, which the warehouse rolled
	 * back). Loaded uploads and their reports stay as the record of what was loaded.
	 *
	 * @return how many files were deleted
	 */
	public int removeAbandoned() {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int removed = 0;
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				String name = p.getFileName().toString();
				int dot = name.indexOf('.');
				boolean checkReport = name.endsWith(".kiem-tra.csv");
				boolean neverLoaded = dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
						&& !Files.exists(p.resolveSibling(name.substring(0, dot) + ".bao-cao.csv"));
				if (checkReport || neverLoaded) {
					Files.deleteIfExists(p);
					removed++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clean " + folder, e);
		}
		return removed;
	}

	/** Deletes received files (the steward cancelled, or left without confirming) and a check's report. */
	void discard(List<Received> files, Optional<Path> report) {
		try {
			for (Received r : files) {
				r.path().toFile().setWritable(true);
				Files.deleteIfExists(r.path());
			}
			if (report.isPresent()) {
				Files.deleteIfExists(report.get());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete an uploaded file in " + folder, e);
		}
	}

	/** Runs {@code work} on a thread of its own (a check or a load can take minutes; the page stays responsive). */
	<T> CompletableFuture<T> inBackground(Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, background);
	}

	/** Lets a check or load in progress finish (the server stops gracefully), then stops the threads. */
	@PreDestroy
	void stop() {
		background.shutdown();
	}

	/** The accepted extensions as the upload component wants them: {@code .csv}, {@code .xlsx}, {@code .xls}. */
	static String[] acceptedFileTypes() {
		return EXTENSIONS.stream().map(e -> "." + e).toArray(String[]::new);
	}
}
