package vn.blocstats.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;

import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.warehouse.metric.Metric;

/**
 * A figures table as a grid: units without a figure stay last whichever way a column is sorted
 * (issue 14, point 5), the total row sums the count columns of every row; the metric picker finds
 * a metric by words of its label or theme, accents or not.
 */
class DataTableGridTests {

	static final DataTable TABLE = new DataTable(
			List.of(new DataTable.Column("Mã", DataTable.Kind.TEXT), new DataTable.Column("Đơn vị", DataTable.Kind.TEXT),
					new DataTable.Column("Kết nạp", DataTable.Kind.COUNT), new DataTable.Column("Tỷ trọng", DataTable.Kind.PERCENT)),
			List.of(row("A", "Chi bộ A", 12.0, 40.0), row("B", "Chi bộ B", null, null), row("C", "Chi bộ C", 18.0, 60.0),
					row("D", "Chi bộ D", null, null), row("E", "Chi bộ E", 0.0, 0.0)));

	@Test
	void rows_without_a_figure_stay_last_sorted_ascending_and_descending() {
		Grid<List<Object>> grid = DataTableGrid.grid();
		DataTableGrid.show(grid, TABLE, Locale.of("vi", "VN"), Set.of());

		assertThat(sorted(grid, SortDirection.DESCENDING)).containsExactly("C", "A", "E", "B", "D");
		assertThat(sorted(grid, SortDirection.ASCENDING)).containsExactly("E", "A", "C", "B", "D");
	}

	@Test
	void the_total_row_sums_every_rows_counts_and_not_the_shares() {
		Grid<List<Object>> grid = DataTableGrid.grid();
		DataTableGrid.show(grid, TABLE, Locale.of("vi", "VN"), Set.of());
		DataTableGrid.total(grid, TABLE, Locale.of("vi", "VN"), "Cộng các dòng");
		DataTableGrid.total(grid, TABLE, Locale.of("vi", "VN"), "Cộng các dòng"); // shown again: still one total row

		assertThat(grid.getFooterRows()).hasSize(1);
		var footer = grid.getFooterRows().getFirst();
		assertThat(footer.getCell(grid.getColumnByKey("c1")).getText()).isEqualTo("Cộng các dòng");
		assertThat(footer.getCell(grid.getColumnByKey("c2")).getText()).isEqualTo("30");
		assertThat(footer.getCell(grid.getColumnByKey("c3")).getText()).isEmpty();
	}

	@Test
	void the_metric_picker_finds_a_metric_by_words_of_its_label_or_theme_with_or_without_accents() {
		Metric admissions = new Metric("admissions", "Kết nạp đảng viên mới", "New members admitted", Metric.Kind.FLOW, "đảng viên",
				Metric.Theme.MOVEMENTS);
		Metric senior = new Metric("training_theory_senior", "Cao cấp lý luận chính trị", "Senior political theory", Metric.Kind.FLOW,
				"người", Metric.Theme.TRAINING);
		Locale vi = Locale.of("vi", "VN");

		assertThat(MetricPicker.matches(admissions, "ket nap", vi)).isTrue();
		assertThat(MetricPicker.matches(admissions, "Kết nạp mới", vi)).isTrue();
		assertThat(MetricPicker.matches(senior, "đào tạo", vi)).as("by its theme").isTrue();
		assertThat(MetricPicker.matches(senior, "ket nap", vi)).isFalse();
		assertThat(MetricPicker.matches(senior, "theory", Locale.ENGLISH)).isTrue();
		assertThat(MetricPicker.theme(senior, vi)).isEqualTo("Đào tạo, bồi dưỡng");
	}

	@Test
	void each_metric_of_the_catalog_falls_in_its_theme_by_its_place() {
		assertThat(Metric.Theme.of(10)).isEqualTo(Metric.Theme.ORGANISATIONS);
		assertThat(Metric.Theme.of(30)).isEqualTo(Metric.Theme.MOVEMENTS);
		assertThat(Metric.Theme.of(53)).isEqualTo(Metric.Theme.TRAINING);
		assertThat(Metric.Theme.of(75)).isEqualTo(Metric.Theme.STAFFING);
		assertThat(Metric.Theme.of(94)).isEqualTo(Metric.Theme.RATINGS);
		assertThat(Metric.Theme.of(112)).isEqualTo(Metric.Theme.AWARDS_DISCIPLINE);
		assertThat(Metric.Theme.of(204)).isEqualTo(Metric.Theme.INDICATORS);
	}

	private static List<String> sorted(Grid<List<Object>> grid, SortDirection direction) {
		DataTableGrid.sort(grid, 2, direction);
		List<List<Object>> rows = new ArrayList<>(TABLE.rows());
		rows.sort(grid.getDataCommunicator().getInMemorySorting());
		return rows.stream().map(r -> (String) r.get(0)).toList();
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}
}
