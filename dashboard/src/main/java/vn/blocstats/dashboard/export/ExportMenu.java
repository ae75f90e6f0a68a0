package vn.blocstats.dashboard.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.router.QueryParameters;

/**
 * "Tải về" beside a chart: a menu of download links to {@code /charts/{name}.{format}} with the
 * screen's current filters — PNG for print (300 dpi), SVG, PDF, the figures as XLSX and as CSV
 * (comma, or semicolon for a Vietnamese Excel). Every screen puts one beside its chart and calls
 * {@link #setFilters} whenever its URL parameters change, so that what is downloaded is what is
 * shown. Links carry {@code download} and {@code router-ignore}: the browser saves the file, the
 * router leaves them alone. Every link carries the interface language ({@code lang=en} in English),
 * so that an English screen downloads English files.
 */
public class ExportMenu extends Composite<MenuBar> {

	private final String chart;
	private final SubMenu menu;
	private final List<Anchor> links = new ArrayList<>();

	/** A menu for the {@link vn.blocstats.dashboard.chart.ChartSource} named {@code chart}. */
	public ExportMenu(String chart) {
		this.chart = chart;
		getContent().addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		getContent().addClassName("export-menu");
		menu = getContent().addItem(getContent().getTranslation("export.menu")).getSubMenu();
		setFilters(QueryParameters.empty());
	}

	/** The screen's filters (its URL query parameters): every link is rebuilt with them. */
	public void setFilters(QueryParameters filters) {
		menu.removeAll();
		links.clear();
		add("export.menu.png", "png", Map.of("dpi", "300"), filters);
		add("export.menu.svg", "svg", Map.of(), filters);
		add("export.menu.pdf", "pdf", Map.of(), filters);
		add("export.menu.xlsx", "xlsx", Map.of(), filters);
		add("export.menu.csv", "csv", Map.of(), filters);
		add("export.menu.csvSemicolon", "csv", Map.of("sep", ";"), filters);
	}

	/** Whether there is anything to download: a screen showing no figures greys the menu out. */
	public void setAvailable(boolean available) {
		getContent().setEnabled(available);
	}

	/** The interface language as a download asks for it: {@code en} for English, else {@code vi}. */
	public static String lang(java.util.Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
	}

	/** The links, in menu order. */
	public List<Anchor> links() {
		return List.copyOf(links);
	}

	/** {@code charts/trend.pdf?committee=74-KCQDN&metric=admissions}: relative to the application's root. */
	static String url(String chart, String extension, QueryParameters filters, Map<String, String> extra) {
		Map<String, List<String>> p = new LinkedHashMap<>(filters.getParameters());
		p.remove("lang");
		extra.forEach((k, v) -> p.put(k, List.of(v)));
		String query = new QueryParameters(p).getQueryString();
		return "charts/" + chart + "." + extension + (query.isEmpty() ? "" : "?" + query);
	}

	private void add(String label, String extension, Map<String, String> extra, QueryParameters filters) {
		Map<String, String> all = new LinkedHashMap<>(extra);
		all.put("lang", lang(getLocale()));
		Anchor link = new Anchor(url(chart, extension, filters, all), getContent().getTranslation(label));
		link.getElement().setAttribute("download", "");
		link.getElement().setAttribute("router-ignore", "");
		// The link fills its menu row (blocstats.css): a click anywhere on the row downloads.
		link.addClassName("export-link");
		links.add(link);
		menu.addItem(link);
	}
}
