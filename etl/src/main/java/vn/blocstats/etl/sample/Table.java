package vn.blocstats.etl.sample;

import java.util.List;

/**
 * A long-form table as a writer receives it: a header row and rows of cells. A cell is a
 * {@link String}, a {@link Long} (a count, written as a number) or a {@link java.time.LocalDate}.
 *
 * @param sheet the sheet's name in a workbook (ignored by CSV)
 */
record Table(String sheet, List<String> header, List<List<Object>> rows) {
}
