package vn.blocstats.etl.template;

import java.util.List;
import java.util.Map;

import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.period.PeriodLabel;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * What an office's workbook for a committee and a half-year holds ({@link TemplateWorkbook} lays it
 * out): the committee, the units it expects a report from, grouped as in the hierarchy, the metric
 * columns with their group headers, and the units' values of the previous half-year.
 *
 * @param committeeCode the committee ({@code dang_bo_khoi}) the template is for
 * @param committeeName its name on the half-year's reference day
 * @param provinceName the name of the province it belongs to, or null
 * @param period the half-year to report
 * @param sections the units, one section per level or type under the committee, in order
 * @param columns the metric columns, left to right
 * @param previous unit code → metric code → the value of the previous half-year (flows of that
 *     half-year, stocks at its end), as the warehouse has it now
 */
public record TemplateContent(String committeeCode, String committeeName, String provinceName, HalfYear period,
		List<Section> sections, List<Column> columns, Map<String, Map<String, Double>> previous) {

	public TemplateContent {
		sections = List.copyOf(sections);
		columns = List.copyOf(columns);
		previous = Map.copyOf(previous);
	}

	/**
	 * A group of units under the committee ("Đảng bộ cơ sở", "Chi bộ cơ sở"), shown as a bold row
	 * without a code that the import skips.
	 */
	public record Section(String label, List<Unit> units) {

		public Section {
			units = List.copyOf(units);
		}
	}

	/**
	 * A metric column.
	 *
	 * @param group the label over it and its neighbours ("Tinh giản biên chế"), or null for a column
	 *     whose label spans both header rows
	 * @param label the column's own label: the metric's label, or under a group the part's ("Tổng số",
	 *     "Cơ quan Đảng, đoàn thể")
	 */
	public record Column(String group, String label, Metric metric) {
	}

	/** "6 tháng đầu năm 2026": how the half-year is written in the workbook (and read back by the import). */
	public static String periodText(HalfYear period) {
		return PeriodLabel.vi(period.start(), period.end());
	}

	/** The half-year before {@code period}. */
	public static HalfYear previous(HalfYear period) {
		return period.half() == 2 ? new HalfYear(period.year(), 1) : new HalfYear(period.year() - 1, 2);
	}

	/** Every unit of the template, in the order of its rows. */
	public List<Unit> units() {
		return sections.stream().flatMap(s -> s.units().stream()).toList();
	}
}
