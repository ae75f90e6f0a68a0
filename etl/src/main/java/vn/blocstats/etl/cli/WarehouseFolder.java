package vn.blocstats.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.report.Messages;

/**
 * The start-up check of a command without the job repository ({@code query}): a warehouse whose folder
 * is a file cannot start, as the whole application cannot (its job repository could not be created
 * there), so the command says so in one line (exit 1) rather than failing later.
 */
public final class WarehouseFolder {

	private WarehouseFolder() {
	}

	/**
	 * Checks the folder of {@code data}'s warehouse.
	 *
	 * @throws IllegalStateException when it is a file (the message, in Vietnamese, says which)
	 */
	public static void check(DataDirectory data) {
		Path folder = data.folder();
		if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IllegalStateException(Messages.text("cli.folder_is_a_file", folder));
		}
	}
}
