package vn.blocstats.etl.source;

import java.util.List;

/**
 * A row of a table in a source file.
 *
 * @param sheet the sheet's name for a workbook, null for CSV
 * @param rowNumber the row number as the office sees it (1-based, as in Excel or a text editor)
 * @param cells the cells from the first column on; a row never ends with empty cells
 */
public record SourceRow(String sheet, int rowNumber, List<Cell> cells) {

	public Cell cell(int column) {
		return column < cells.size() ? cells.get(column) : Cell.EMPTY;
	}
}
