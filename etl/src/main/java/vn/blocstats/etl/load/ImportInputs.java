package vn.blocstats.etl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import vn.blocstats.etl.load.ImportService.NamedFile;
import vn.blocstats.etl.report.Messages;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.Sources;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.table.TableKind;
import vn.blocstats.etl.table.TableLayout;

/**
 * What an import is given, made ready for the job: a folder becomes its files (read recursively, in name
 * order, without hidden files, Excel's {@code ~$} owner files or a folder's {@code .md} notes), each under
 * the name it is shown by; and files are put in load order — reference data (units, terms, targets)
 * before figures, files whose table is not recognised last, the given order kept within each group —
 * by reading each one's first row, so that a committee's new units sent with its figures are known
 * whatever order they were given in. Stateless: static functions of the file system.
 */
final class ImportInputs {

	private ImportInputs() {
	}

	/** A file ready to import: under the name it is shown by, with what its first row announced. */
	record Candidate(Path file, String name, Peek peek) {

		/** Why the file cannot be read at all, or null. */
		String unreadable() {
			return peek.unreadable();
		}

		/** Reference data first: units, terms, targets, figures; unrecognised files last. */
		int order() {
			return peek.kind() == null ? TableKind.values().length : peek.kind().ordinal();
		}
	}

	/** The table the file's first row announces (for ordering), or why the file cannot be read at all. */
	record Peek(TableKind kind, String unreadable) {
	}

	/** What is said of a path that does not exist (the file's result and its line of the reject report). */
	static String notFound(String name) {
		return "Không có tệp hay thư mục “" + name + "”";
	}

	/**
	 * The files of {@code inputs}, each under the name it is shown by (a folder's files in name order, named
	 * from the folder's own name down); a path that does not exist has a null file.
	 */
	static List<NamedFile> expand(List<Path> inputs) {
		List<NamedFile> out = new ArrayList<>();
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				out.add(new NamedFile(null, input.toString()));
				continue;
			}
			for (Path f : expand(input)) {
				out.add(new NamedFile(f, displayName(input, f)));
			}
		}
		return out;
	}

	/** The files among {@code files} that exist, in load order (a stable sort: the given order within a group). */
	static List<Candidate> inLoadOrder(List<NamedFile> files) {
		List<Candidate> candidates = new ArrayList<>();
		for (NamedFile f : files) {
			if (f.file() != null) {
				candidates.add(candidate(f.file(), f.name()));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::order));
		return candidates;
	}

	/** {@code file} ready to import under {@code name} (its first row read). */
	static Candidate candidate(Path file, String name) {
		return new Candidate(file, name, peek(file));
	}

	private static Peek peek(Path file) {
		try (RowSource source = Sources.open(file, file.getFileName().toString())) {
			SourceRow first = source.next();
			if (first == null) {
				return new Peek(null, Messages.text("file.no_table"));
			}
			// A first row that is no long-form header may still open an office's report (title rows
			// above a wide table, in a workbook or a CSV): the import's reader searches further.
			Optional<TableLayout> layout = TableLayout.recognise(first);
			return new Peek(layout.map(TableLayout::kind).orElse(null), null);
		}
		catch (UnreadableFileException e) {
			return new Peek(null, e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			return new Peek(null, "Không đọc được tệp: " + e.getMessage());
		}
	}

	private static List<Path> expand(Path input) {
		if (!Files.isDirectory(input)) {
			return List.of(input);
		}
		try (Stream<Path> walk = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
				.filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) // a folder's notes, not data
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + input, e);
		}
	}

	private static String displayName(Path input, Path file) {
		if (Files.isDirectory(input)) {
			Path base = input.getFileName() == null ? input : input.getFileName();
			return base.resolve(input.relativize(file)).toString();
		}
		return file.toString();
	}
}
