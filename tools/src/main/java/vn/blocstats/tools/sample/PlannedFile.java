package vn.blocstats.tools.sample;

import java.util.List;

/**
 * One file of the sample: where it goes (relative to the output folder), its format and its
 * tables. A CSV format takes one table; a workbook takes one per sheet.
 */
record PlannedFile(String path, OutputFormat format, List<Table> tables) {

	PlannedFile {
		if (!path.endsWith("." + format.extension)) {
			throw new IllegalArgumentException(path + " is not a ." + format.extension + " file");
		}
	}
}
