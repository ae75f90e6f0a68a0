package vn.blocstats.etl.source.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits that keep a hostile or broken .xlsx from exhausting memory or time. Sheets are
 * streamed, so their size costs time, not memory; the parts that POI or this reader load whole
 * (shared strings, styles, workbook, relationships) have tighter limits.
 *
 * <p>Sizing: a real statistics sheet's XML deflates about 7:1 (measured on 200,000 rows of ten
 * columns of numbers and shared strings), so a 100 MB workbook holding one big sheet expands to
 * about 700 MB: {@link #MAX_ENTRY_SIZE} is 768 MiB. Deflate cannot exceed about 1,030:1; real
 * sheets full of empty formatted cells reach 100:1, which POI's default ratio (0.01) sometimes
 * refuses, so {@link #MIN_INFLATE_RATIO} is 0.005 (200:1).
 */
final class XlsxLimits {

	/** Smallest compressed/expanded ratio accepted for an entry once past POI's grace size (100 KB). */
	static final double MIN_INFLATE_RATIO = 0.005;

	/** Largest expanded size of any entry (in practice, of a worksheet). */
	static final long MAX_ENTRY_SIZE = 768L * 1024 * 1024;

	/** Largest expanded sharedStrings.xml: its strings are held in memory for the whole read. */
	static final long MAX_SHARED_STRINGS_SIZE = 128L * 1024 * 1024;

	/** Largest expanded size of the other XML parts parsed whole (workbook, styles, theme, relationships). */
	static final long MAX_WHOLE_PART_SIZE = 32L * 1024 * 1024;

	/** Longest text of one cell, in characters (Excel's own limit is 32,767). */
	static final int MAX_CELL_CHARS = 1 << 20;

	/** Longest text of one row, all cells together, in characters. */
	static final int MAX_ROW_CHARS = 8 << 20;

	/** Columns A to XFD. */
	static final int MAX_COLUMNS = 16_384;

	private static volatile boolean applied;

	private XlsxLimits() {
	}

	/**
	 * Sets POI's zip-bomb protections. They are static in POI, so this changes them for the whole
	 * JVM; both stay enabled. Idempotent and thread-safe.
	 */
	static void apply() {
		if (applied) {
			return;
		}
		synchronized (XlsxLimits.class) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
			applied = true;
		}
	}

	/** The largest expanded size accepted for an entry of the package, by its name. */
	static long limitFor(String entryName) {
		String name = entryName.startsWith("/") ? entryName.substring(1) : entryName;
		if (name.equals("[Content_Types].xml") || name.endsWith(".rels") || name.equals("xl/workbook.xml")
				|| name.equals("xl/styles.xml") || name.startsWith("xl/theme/")) {
			return MAX_WHOLE_PART_SIZE;
		}
		if (name.equals("xl/sharedStrings.xml")) {
			return MAX_SHARED_STRINGS_SIZE;
		}
		return MAX_ENTRY_SIZE;
	}
}
