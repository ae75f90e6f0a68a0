package vn.blocstats.etl.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code blocstats sample write}: the sample data of the five committees of the seed articles,
 * written into a folder (the repository's {@code sample-data/}). Deterministic: the same seed gives
 * the same bytes; {@link #DEFAULT_SEED} gives the committed files.
 */
public final class SampleData {

	/** The seed of the committed sample-data/. */
	public static final long DEFAULT_SEED = 2020;

	/** The first line of {@code sample-data/README.md}: how the sample data's folder is known, wherever it was copied. */
	public static final String README_TITLE = "# Sample data";

	private SampleData() {
	}

	/**
	 * Whether {@code path} is the sample data or in it: it, or a folder above it, holds the sample
	 * data's {@code README.md} (first line {@value #README_TITLE}). Such figures are invented: they
	 * go into the demo warehouse only.
	 */
	public static boolean isSampleData(Path path) {
		for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			Path readme = p.resolve("README.md");
			if (Files.isDirectory(p) && Files.isRegularFile(readme)) {
				try (java.io.BufferedReader r = Files.newBufferedReader(readme, java.nio.charset.StandardCharsets.UTF_8)) {
					if (README_TITLE.equals(r.readLine())) {
						return true;
					}
				}
				catch (IOException e) {
					// unreadable: not known as the sample data
				}
			}
		}
		return false;
	}

	/** Writes every file of the sample under {@code out} (creating folders, replacing files) and returns them, in order. */
	public static List<Path> write(Path out, long seed) throws IOException {
		SampleModel model = new SampleModel(seed);
		List<Path> written = new ArrayList<>();
		for (PlannedFile f : SamplePlan.of(model)) {
			Path file = out.resolve(f.path());
			Files.createDirectories(file.getParent());
			try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				f.format().writer().write(f.tables(), o);
			}
			written.add(file);
		}
		return written;
	}
}
