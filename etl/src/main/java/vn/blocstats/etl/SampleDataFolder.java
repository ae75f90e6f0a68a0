package vn.blocstats.etl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the product knows the sample data (the repository's {@code sample-data/}, wherever it was copied):
 * the folder holds a {@code README.md} whose first line is {@value #README_TITLE}. Its figures are invented
 * (calibrated to the press about real committees): they go into the demo warehouse only. The generator that
 * writes the folder is a developer's tool (the tools module), not part of the product.
 */
public final class SampleDataFolder {

	/** The first line of {@code sample-data/README.md}. */
	public static final String README_TITLE = "# Sample data";

	private SampleDataFolder() {
	}

	/** Whether {@code path} is the sample data or in it: it, or a folder above it, is the sample data's folder. */
	public static boolean isSampleData(Path path) {
		for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			Path readme = p.resolve("README.md");
			if (Files.isDirectory(p) && Files.isRegularFile(readme)) {
				try (BufferedReader r = Files.newBufferedReader(readme, StandardCharsets.UTF_8)) {
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
}
