package vn.blocstats.etl.load;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of an import run.
 *
 * @param files each file's result, in the order they were loaded
 * @param report the reject report written for the run
 * @param dryRun true when nothing was kept
 */
public record ImportSummary(List<FileResult> files, Path report, boolean dryRun) {

	/** 0 when everything loaded, 3 when some rows were rejected, 2 when a file could not be read at all. */
	public int exitCode() {
		if (files.stream().anyMatch(FileResult::unreadable)) {
			return 2;
		}
		if (files.stream().anyMatch(f -> f.rejected() > 0)) {
			return 3;
		}
		return 0;
	}
}
