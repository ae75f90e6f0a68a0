package vn.blocstats.tools.sample;

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

	private SampleData() {
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
