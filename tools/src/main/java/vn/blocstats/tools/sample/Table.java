package vn.blocstats.tools.sample;

import java.util.List;

/**
 * A table as a writer receives it: a header row and rows of cells. A cell is a {@link String}, a
 * {@link Long} (a count, written as a number) or a {@link java.time.LocalDate}; in an office's own
 * report ({@link WideReportWriter}) a null cell is a blank one.
 *
 * @param sheet the sheet's name in a workbook (ignored by CSV)
 * @param heading the lines an office's own report prints above its table; null for a long-form table
 */
record Table(String sheet, List<String> header, List<List<Object>> rows, Heading heading) {

	/** A long-form table: no heading. */
	Table(String sheet, List<String> header, List<List<Object>> rows) {
		this(sheet, header, rows, null);
	}

	/**
	 * The title lines of an office's report, as the document template has them.
	 *
	 * @param superior the party committee above ({@code ĐẢNG BỘ TỈNH NAM ĐỊNH})
	 * @param committee the reporting committee ({@code ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH})
	 * @param dateLine place and date ({@code Nam Định, ngày 12 tháng 01 năm 2022})
	 * @param title the report's title, naming its period
	 */
	record Heading(String superior, String committee, String dateLine, String title) {
	}
}
