package vn.blocstats.dashboard.trends;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.metric.Metric;

/**
 * "Xu hướng": a committee and a metric chosen from two selects, the trend chart below as inline
 * SVG. The choice lives in the URL ({@link TrendFilter}): changing a select navigates to the new
 * URL, and opening a URL shows what it names; a missing or unknown choice falls back to the first
 * committee and to admissions.
 */
@Route("xu-huong")
@RouteAlias("")
@PermitAll
class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String DEFAULT_METRIC = "admissions";

	private final TrendService trends;
	final Select<Committee> committee = new Select<>();
	final Select<Metric> metric = new Select<>();
	final Div chart = new Div();
	final vn.blocstats.dashboard.export.ExportMenu exports = new vn.blocstats.dashboard.export.ExportMenu("trend");

	TrendsView(TrendService trends) throws SQLException {
		this.trends = trends;
		addClassName("trends-view");
		committee.setLabel(getTranslation("trends.committee"));
		committee.setItemLabelGenerator(Committee::name);
		committee.setItems(trends.committees());
		committee.setWidth("32em");
		metric.setLabel(getTranslation("trends.metric"));
		metric.setItemLabelGenerator(m -> isVietnamese() ? m.labelVi() : m.labelEn());
		metric.setItems(trends.metrics());
		metric.setWidth("24em");
		committee.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				navigate();
			}
		});
		metric.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				navigate();
			}
		});
		HorizontalLayout filters = new HorizontalLayout(committee, metric);
		filters.addClassName("trends-filters");
		chart.addClassName("trend-chart");
		add(new H2(getTranslation("trends.title")), filters, chart, exports);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		TrendFilter filter = TrendFilter.of(event.getLocation().getQueryParameters());
		List<Committee> committees = committee.getListDataView().getItems().toList();
		List<Metric> metrics = metric.getListDataView().getItems().toList();
		Optional<Committee> c = filter.committee()
			.flatMap(code -> committees.stream().filter(x -> x.code().equals(code)).findFirst())
			.or(() -> committees.stream().findFirst());
		Optional<Metric> m = filter.metric()
			.flatMap(code -> metrics.stream().filter(x -> x.code().equals(code)).findFirst())
			.or(() -> metrics.stream().filter(x -> x.code().equals(DEFAULT_METRIC)).findFirst())
			.or(() -> metrics.stream().findFirst());
		committee.setValue(c.orElse(null));
		metric.setValue(m.orElse(null));
		exports.setFilters(new TrendFilter(c.map(Committee::code), m.map(Metric::code)).toQueryParameters());
		draw();
	}

	private void navigate() {
		TrendFilter filter = new TrendFilter(Optional.ofNullable(committee.getValue()).map(Committee::code),
				Optional.ofNullable(metric.getValue()).map(Metric::code));
		getUI().ifPresent(ui -> ui.navigate(TrendsView.class, filter.toQueryParameters()));
	}

	private void draw() {
		chart.removeAll();
		chart.getElement().removeProperty("innerHTML");
		if (committee.getValue() == null || metric.getValue() == null) {
			chart.add(new Paragraph(getTranslation("trends.empty")));
			return;
		}
		try {
			chart.getElement().setProperty("innerHTML", trends.svg(committee.getValue(), metric.getValue(), getLocale()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("The trend of " + metric.getValue().code() + " for " + committee.getValue().code()
					+ " cannot be read from the warehouse", e);
		}
	}

	private boolean isVietnamese() {
		return !Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("trends.pageTitle");
	}
}
