package vn.blocstats.etl.source;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the reader tests. */
public final class SourceTesting {

	private SourceTesting() {
	}

	/** A committed fixture file. */
	public static Path fixture(String name) {
		URL url = SourceTesting.class.getResource("/fixtures/sources/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every row, the source then closed. */
	public static List<SourceRow> readAll(RowSource source) throws IOException {
		try (source) {
			List<SourceRow> rows = new ArrayList<>();
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				rows.add(row);
			}
			return rows;
		}
	}

	/** The texts of a row's cells. */
	public static List<String> texts(SourceRow row) {
		return row.cells().stream().map(Cell::text).toList();
	}
}
