package vn.blocstats.dashboard.compare;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import tools.jackson.databind.JsonNode;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.CompareChart;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.dashboard.export.ExportMenu;
import vn.blocstats.dashboard.ui.DataTableGrid;
import vn.blocstats.dashboard.ui.MetricPicker;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Unit;
import vn.blocstats.warehouse.metric.Metric;

/**
 * "So sánh": the bloc committees, or the units of one node, side by side — a metric over a term or
 * a year as the compare chart (tooltips on hover), and the same figures under it in a sortable
 * grid (from the chart's own figures table) with each one's share of the total and per 100
 * members. Clicking a bar, a unit's name on the chart or a grid row goes down to that unit
 * (province → committee → grassroots unit → chi bộ); the breadcrumbs lead back up; a grassroots
 * unit also shows its own year series. Every filter and the node live in the URL
 * ({@link CompareFilter}); changing one navigates to the new URL.
 */
@Route("so-sanh")
@PermitAll
class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, vn.blocstats.dashboard.ui.ShownView {

	static final int WIDTH = 960;
	static final int SERIES_HEIGHT = 420;
	/** The event data a click on the chart sends: the clicked element's {@code data-key}. */
	static final String CLICKED_KEY = "event.target.dataset.key";
	private static final String TERM = "term:";
	private static final String YEAR = "year:";

	private final CompareService compare;
	private CompareFilter current = new CompareFilter(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
			Optional.empty());
	private List<String> clickable = List.of();
	final HorizontalLayout breadcrumbs = new HorizontalLayout();
	final ComboBox<Metric> metric;
	final Select<String> period = new Select<>();
	final MultiSelectComboBox<Committee> committees = new MultiSelectComboBox<>();
	final Paragraph message = new Paragraph();
	final H3 heading = new H3();
	final Div chart = new Div();
	final ExportMenu exports = new ExportMenu("compare");
	final Grid<List<Object>> grid = DataTableGrid.grid();
	/** Finds units in the table by name or code (the table keeps every unit; the chart draws the largest). */
	final TextField search = new TextField();
	/** Above this many units the table scrolls within a fixed height and can be searched. */
	static final int MANY_ROWS = 15;
	final H3 seriesHeading = new H3();
	final Div seriesChart = new Div();
	final Grid<List<Object>> seriesGrid = DataTableGrid.grid();
	/** The download of a unit's own series (the chart on screen when the screen has gone down to a unit). */
	final ExportMenu seriesExports = new ExportMenu("unit-trend");

	CompareView(CompareService compare) throws SQLException {
		this.compare = compare;
		addClassName("compare-view");
		breadcrumbs.addClassName("breadcrumbs");
		metric = MetricPicker.create(compare.metrics());
		metric.setLabel(getTranslation("compare.metric"));
		metric.setWidth("24em");
		List<String> periods = new ArrayList<>();
		compare.termLabels().reversed().forEach(t -> periods.add(TERM + t));
		compare.years().reversed().forEach(y -> periods.add(YEAR + y));
		period.setLabel(getTranslation("compare.period"));
		period.setItems(periods);
		period.setItemLabelGenerator(p -> p.startsWith(TERM) ? getTranslation("compare.period.term", p.substring(TERM.length()).replace('-', '–'))
				: getTranslation("compare.period.year", p.substring(YEAR.length())));
		period.setWidth("14em");
		committees.setLabel(getTranslation("compare.committees"));
		committees.setItemLabelGenerator(Committee::name);
		committees.setItems(compare.committees());
		committees.setPlaceholder(getTranslation("compare.committees.all"));
		committees.setWidth("32em");
		metric.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				go(new CompareFilter(current.node(), current.committees(), Optional.of(e.getValue().code()), current.term(),
						current.year()));
			}
		});
		period.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				String p = e.getValue();
				go(p.startsWith(TERM)
						? new CompareFilter(current.node(), current.committees(), current.metric(), Optional.of(p.substring(TERM.length())),
								Optional.empty())
						: new CompareFilter(current.node(), current.committees(), current.metric(), Optional.empty(),
								Optional.of(Integer.parseInt(p.substring(YEAR.length())))));
			}
		});
		committees.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				go(new CompareFilter(Optional.empty(), e.getValue().stream().map(Committee::code).sorted().toList(), current.metric(),
						current.term(), current.year()));
			}
		});
		HorizontalLayout filters = new HorizontalLayout(metric, period, committees);
		filters.addClassName("compare-filters");
		filters.setWrap(true);
		message.addClassName("compare-message");
		chart.addClassName("compare-chart");
		chart.addClassName("chart-svg");
		chart.getElement().addEventListener("click", e -> {
			JsonNode key = e.getEventData().get(CLICKED_KEY);
			if (key != null && key.isString()) {
				drillTo(key.asString());
			}
		}).addEventData(CLICKED_KEY);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		search.setPlaceholder(getTranslation("compare.search"));
		search.setAriaLabel(getTranslation("compare.search"));
		search.setClearButtonVisible(true);
		search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
		search.addClassName("compare-search");
		search.setWidth("20em");
		search.setVisible(false);
		search.addValueChangeListener(e -> filterRows());
		grid.addItemClickListener(e -> drillTo((String) e.getItem().get(0)));
		grid.addClassName("compare-grid");
		seriesChart.addClassName("chart-svg");
		seriesGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		seriesGrid.setAllRowsVisible(true);
		add(new H2(getTranslation("compare.title")), breadcrumbs, filters, message, heading, chart, exports, search, grid, seriesHeading,
				seriesChart, seriesExports, seriesGrid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			current = CompareFilter.of(event.getLocation().getQueryParameters().getParameters());
		}
		catch (IllegalArgumentException e) {
			current = new CompareFilter(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
		}
		exports.setFilters(current.toQueryParameters());
		draw();
	}

	/** Goes down to the unit {@code code}, if it is one of those shown. */
	void drillTo(String code) {
		if (clickable.contains(code)) {
			go(current.at(Optional.of(code)));
		}
	}

	private void go(CompareFilter filter) {
		getUI().ifPresent(ui -> ui.navigate(CompareView.class, filter.toQueryParameters()));
	}

	private void draw() {
		breadcrumbs.removeAll();
		message.setText("");
		message.setVisible(false);
		heading.setText("");
		chart.getElement().removeProperty("innerHTML");
		grid.setItems(List.of());
		grid.setVisible(false);
		search.setVisible(false);
		seriesHeading.setText("");
		seriesChart.getElement().removeProperty("innerHTML");
		seriesGrid.setItems(List.of());
		seriesGrid.setVisible(false);
		seriesExports.setVisible(false);
		clickable = List.of();
		// Downloads only of a compare chart on screen (a unit alone shows its series, not a comparison).
		exports.setAvailable(false);
		exports.setVisible(false);
		Locale locale = getLocale();
		CompareService.Level level;
		try {
			level = compare.resolve(current, locale, ChartTheme.SCREEN);
		}
		catch (IllegalArgumentException e) {
			crumbs(List.of());
			message.setText(e.getMessage());
			message.setVisible(true);
			return;
		}
		catch (SQLException e) {
			throw new IllegalStateException("The compare screen cannot read the warehouse", e);
		}
		metric.setValue(level.metric());
		String shown = level.window().term() != null ? TERM + level.window().term() : YEAR + level.window().year();
		// a year without figures is not among the choices: the select then stays empty
		period.setValue(period.getListDataView().contains(shown) ? shown : null);
		committees.setVisible(level.node().isEmpty());
		committees.setValue(committees.getListDataView().getItems().filter(c -> current.committees().contains(c.code())).toList());
		crumbs(level.ancestry());
		try {
			if (level.compare() != null) {
				CompareChart.Data data = CompareChart.query(compare.queries(), level.compare());
				ChartDocument document = CompareChart.document(data, level.compare());
				heading.setText(level.compare().scope());
				chart.getElement().setProperty("innerHTML",
						ChartRenderer.interactiveSvg(document.chart(), WIDTH, CompareChart.height(data)));
				DataTableGrid.show(grid, document.table(), locale, Set.of());
				DataTableGrid.total(grid, document.table(), locale, getTranslation("compare.total"));
				// many units: the table scrolls under a header that stays in view, and a search finds a unit
				boolean many = document.table().rows().size() > MANY_ROWS;
				grid.setAllRowsVisible(!many);
				grid.setHeight(many ? "34em" : null);
				search.setVisible(many);
				filterRows();
				grid.setVisible(true);
				clickable = data.items().stream().map(CompareChart.Item::code).toList();
				exports.setAvailable(true);
				exports.setVisible(true);
			}
			else if (level.series() == null) {
				message.setText(getTranslation("compare.noUnits"));
				message.setVisible(true);
			}
			if (level.series() != null) {
				// the unit's own series, in the bands of its committee's terms; its download is this chart
				ChartDocument document = compare.seriesDocument(level);
				seriesExports.setFilters(current.toQueryParameters());
				seriesExports.setAvailable(true);
				seriesExports.setVisible(true);
				seriesHeading.setText(getTranslation("compare.series", level.node().map(Unit::name).orElse("")));
				seriesChart.getElement().setProperty("innerHTML", ChartRenderer.interactiveSvg(document.chart(), WIDTH, SERIES_HEIGHT));
				DataTableGrid.show(seriesGrid, document.table(), locale, Set.of());
				seriesGrid.setVisible(true);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The compare screen cannot read the warehouse", e);
		}
	}

	/** The filter on screen, with the metric and period it fell back to. */
	@Override
	public QueryParameters shown() {
		String p = period.getValue();
		return new CompareFilter(current.node(), current.committees(),
				current.metric().or(() -> Optional.ofNullable(metric.getValue()).map(Metric::code)),
				current.term().or(() -> current.year().isEmpty() && p != null && p.startsWith(TERM) ? Optional.of(p.substring(TERM.length())) : Optional.empty()),
				current.year().or(() -> current.term().isEmpty() && p != null && p.startsWith(YEAR) ? Optional.of(Integer.parseInt(p.substring(YEAR.length()))) : Optional.empty()))
			.toQueryParameters();
	}

	/** Shows only the rows whose unit name or code holds every word typed in the search (accents ignored). */
	private void filterRows() {
		String typed = vn.blocstats.warehouse.base.TextKey.key(search.getValue());
		grid.getListDataView().setFilter(typed.isEmpty() ? null : row -> {
			String key = vn.blocstats.warehouse.base.TextKey.key(row.get(0) + " " + row.get(1));
			for (String word : typed.split("_")) {
				if (!key.contains(word)) {
					return false;
				}
			}
			return true;
		});
	}

	/** The way back up: the bloc committees, then each level above the node (links), then the node (text). */
	private void crumbs(List<Unit> ancestry) {
		List<com.vaadin.flow.component.Component> items = new ArrayList<>();
		RouterLink top = new RouterLink(getTranslation("compare.crumb.top"), CompareView.class);
		top.setQueryParameters(current.at(Optional.empty()).toQueryParameters());
		items.add(top);
		for (int i = 0; i < ancestry.size(); i++) {
			Unit u = ancestry.get(i);
			items.add(new Span("›"));
			if (i == ancestry.size() - 1) {
				Span here = new Span(u.name());
				here.addClassName("crumb-current");
				items.add(here);
			}
			else {
				RouterLink link = new RouterLink(u.name(), CompareView.class);
				link.setQueryParameters(current.at(Optional.of(u.code())).toQueryParameters());
				items.add(link);
			}
		}
		breadcrumbs.add(items.toArray(com.vaadin.flow.component.Component[]::new));
	}

	private boolean isEnglish() {
		return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("compare.pageTitle");
	}
}
