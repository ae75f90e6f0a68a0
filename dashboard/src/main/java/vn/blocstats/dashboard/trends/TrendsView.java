package vn.blocstats.dashboard.trends;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.dashboard.chart.TrendChart.AxisStart;
import vn.blocstats.dashboard.chart.TrendChart.Structure;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.TrendQueries.Grain;
import vn.blocstats.dashboard.ui.DataTableGrid;
import vn.blocstats.dashboard.ui.MetricPicker;
import vn.blocstats.dashboard.ui.ShownView;
import vn.blocstats.warehouse.metric.Metric;

/**
 * "Xu hướng": one metric for one or more committees, by year or half-year, optionally per 100
 * members, as structured at the time or restated to today's structure (the 2025 reorganisation);
 * the trend chart below as inline SVG, with the notes of a restated chart also as text above it.
 * The choice lives in the URL ({@link TrendFilter}): changing a field navigates to the new URL, and
 * opening a URL shows what it names; a missing or unknown choice falls back to the first committee,
 * admissions, by year, as structured then. Texts follow the UI's locale, also when it changes.
 */
@Route("xu-huong")
@PermitAll
class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver, ShownView {

	static final String DEFAULT_METRIC = "admissions";

	private final TrendService trends;
	private final H2 title = new H2();
	final MultiSelectComboBox<Committee> committees = new MultiSelectComboBox<>();
	final ComboBox<Metric> metric;
	final Select<Grain> grain = new Select<>();
	final Checkbox per100 = new Checkbox();
	final Select<Structure> structure = new Select<>();
	final Select<AxisStart> axis = new Select<>();
	final Div notes = new Div();
	final Div chart = new Div();
	/** The figures drawn, as a sortable table under the chart (the chart's own table: one definition). */
	final Grid<List<Object>> table = DataTableGrid.grid();
	final vn.blocstats.dashboard.export.ExportMenu exports = new vn.blocstats.dashboard.export.ExportMenu("trend");
	private final Map<String, Committee> byCode;
	/** The committees in the order drawn: as the URL lists them, then as they were added. */
	private List<String> order = List.of();
	private boolean entering;
	/** The locale the chart was last drawn in (null before the first drawing). */
	private Locale drawnLocale;
	/** What the chart shows now (null when it shows nothing). */
	private TrendChart.Data drawn;

	TrendsView(TrendService trends) throws SQLException {
		this.trends = trends;
		addClassName("trends-view");
		List<Committee> all = trends.committees();
		byCode = all.stream().collect(Collectors.toMap(Committee::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		committees.setItemLabelGenerator(Committee::name);
		committees.setItems(all);
		// the whole row: five committees' chips in two lines at 1440 px, the other fields on the next row
		committees.setWidthFull();
		committees.addClassName("trends-committees");
		// every chosen committee visible as a chip (the field grows), not "4" and one chip
		committees.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
		metric = MetricPicker.create(trends.metrics());
		metric.setWidth("17em");
		grain.setItems(Grain.values());
		grain.setWidth("9em");
		structure.setItems(Structure.values());
		structure.setWidth("16em");
		axis.setItems(AxisStart.values());
		axis.setWidth("11em");
		committees.addValueChangeListener(e -> changed());
		metric.addValueChangeListener(e -> changed());
		grain.addValueChangeListener(e -> changed());
		per100.addValueChangeListener(e -> changed());
		structure.addValueChangeListener(e -> changed());
		axis.addValueChangeListener(e -> changed());
		// compact fields (drop-downs, not radio buttons): the committees on one row, the rest on the next, so that
		// on a 1280 × 720 projector the chart starts in the upper half of the first screen
		HorizontalLayout filters = new HorizontalLayout(committees, metric, grain, structure, axis, per100);
		filters.addClassName("trends-filters");
		filters.setAlignItems(FlexComponent.Alignment.END);
		notes.addClassName("trend-notes");
		chart.addClassName("trend-chart");
		table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		table.addClassName("trend-table");
		table.setAllRowsVisible(true);
		table.setVisible(false);
		setTexts();
		add(title, filters, notes, chart, exports, table);
		setSpacing(false);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		setTexts();
		if (!entering && drawnLocale != null && !drawnLocale.equals(event.getLocale())) {
			draw();
		}
	}

	private void setTexts() {
		title.setText(getTranslation("trends.title"));
		committees.setLabel(getTranslation("trends.committees"));
		metric.setLabel(getTranslation("trends.metric"));
		MetricPicker.label(metric);
		grain.setLabel(getTranslation("trends.grain"));
		grain.setItemLabelGenerator(g -> getTranslation("trends.grain." + g.name().toLowerCase(Locale.ROOT)));
		per100.setLabel(getTranslation("trends.per100"));
		per100.setTooltipText(getTranslation("trends.per100.help"));
		structure.setLabel(getTranslation("trends.structure"));
		structure.setItemLabelGenerator(s -> getTranslation("trends.structure." + s.name().toLowerCase(Locale.ROOT)));
		axis.setLabel(getTranslation("trends.axis"));
		axis.setItemLabelGenerator(a -> getTranslation("trends.axis." + a.name().toLowerCase(Locale.ROOT)));
		axis.setTooltipText(getTranslation("trends.axis.help"));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		TrendFilter filter = TrendFilter.lenient(event.getLocation().getQueryParameters());
		List<String> chosen = filter.committees().stream().filter(byCode::containsKey).toList();
		vn.blocstats.dashboard.ui.Notices.notFound("committee", filter.committees().stream().filter(c -> !byCode.containsKey(c)).toList());
		if (chosen.isEmpty()) {
			chosen = byCode.keySet().stream().limit(1).toList();
		}
		List<Metric> metrics = metric.getListDataView().getItems().toList();
		Optional<Metric> m = filter.metric()
			.flatMap(code -> metrics.stream().filter(x -> x.code().equals(code)).findFirst())
			.or(() -> {
				vn.blocstats.dashboard.ui.Notices.notFound("metric", filter.metric().stream().toList());
				return metrics.stream().filter(x -> x.code().equals(DEFAULT_METRIC)).findFirst();
			})
			.or(() -> metrics.stream().findFirst());
		entering = true;
		try {
			order = chosen;
			committees.setValue(new LinkedHashSet<>(chosen.stream().map(byCode::get).toList()));
			metric.setValue(m.orElse(null));
			grain.setValue(filter.grain());
			per100.setValue(filter.per100());
			structure.setValue(filter.structure());
			axis.setValue(filter.axis());
		}
		finally {
			entering = false;
		}
		exports.setFilters(filter().toQueryParameters());
		draw();
	}

	@Override
	public com.vaadin.flow.router.QueryParameters shown() {
		return filter().toQueryParameters(true);
	}

	/** The filter the fields show now. */
	TrendFilter filter() {
		return new TrendFilter(order, Optional.ofNullable(metric.getValue()).map(Metric::code),
				Optional.ofNullable(grain.getValue()).orElse(Grain.YEAR), per100.getValue(),
				Optional.ofNullable(structure.getValue()).orElse(Structure.THEN), Optional.ofNullable(axis.getValue()).orElse(AxisStart.ZERO));
	}

	/** A field changed (by the user: the fields are set by the program only while entering). */
	private void changed() {
		if (entering) {
			return;
		}
		List<String> selected = committees.getValue().stream().map(Committee::code).toList();
		List<String> next = new ArrayList<>(order.stream().filter(selected::contains).toList());
		selected.stream().filter(c -> !next.contains(c)).forEach(next::add);
		order = List.copyOf(next);
		getUI().ifPresent(ui -> ui.navigate(TrendsView.class, filter().toQueryParameters()));
	}

	private void draw() {
		drawnLocale = getLocale();
		drawn = null;
		chart.removeAll();
		chart.getElement().removeProperty("innerHTML");
		notes.removeAll();
		notes.setVisible(false);
		table.setVisible(false);
		Metric m = metric.getValue();
		per100.setEnabled(m != null && m.kind() == Metric.Kind.FLOW);
		if (order.isEmpty() || m == null) {
			chart.add(new Paragraph(getTranslation("trends.empty")));
			return;
		}
		TrendFilter filter = filter();
		try {
			TrendService.Rendered rendered = trends.chart(order, m, filter.options(), getLocale());
			chart.getElement().setProperty("innerHTML", rendered.svg());
			drawn = rendered.data();
			DataTableGrid.show(table, rendered.table(), getLocale(), java.util.Set.of());
			table.setVisible(!rendered.table().rows().isEmpty());
			if (!rendered.notes().isEmpty()) {
				rendered.notes().forEach(n -> notes.add(new Paragraph(n)));
				if (filter.structure() == Structure.TODAY) {
					Paragraph explain = new Paragraph(getTranslation("restated.explain"));
					explain.addClassName("trend-notes-explain");
					notes.add(explain);
				}
				notes.setVisible(true);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The trend of " + m.code() + " for " + order + " cannot be read from the warehouse", e);
		}
	}

	/** The figures the chart shows now, or null. */
	TrendChart.Data drawn() {
		return drawn;
	}

	private boolean isVietnamese() {
		return !Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("trends.pageTitle");
	}
}
