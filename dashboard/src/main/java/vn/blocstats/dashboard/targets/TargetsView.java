package vn.blocstats.dashboard.targets;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TargetChart;
import vn.blocstats.dashboard.export.ExportMenu;
import vn.blocstats.dashboard.termpicker.CommitteeTermPicker;
import vn.blocstats.dashboard.termpicker.TermFilter;
import vn.blocstats.dashboard.ui.DataTableGrid;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * "Chỉ tiêu": a committee and one of its terms; above, the sentences a congress report writes
 * ("Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch"; "kết nạp 2.096
 * đảng viên mới, đạt 104,8% chỉ tiêu nghị quyết …"); then the targets chart (attainment bars and
 * the 100 % line, tooltips on hover) and, under it, every target of the term in a sortable grid
 * fed from the chart's own figures table. The choice lives in the URL ({@link TermFilter}).
 */
@Route("chi-tieu")
@PermitAll
class TargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, vn.blocstats.dashboard.ui.ShownView {

	static final int WIDTH = 960;

	private final TargetService targets;
	private final CommitteeTermPicker picker;
	final Select<Committee> committee;
	final Select<Term> term;
	final Paragraph summary = new Paragraph();
	final UnorderedList sentences = new UnorderedList();
	final Div chart = new Div();
	final ExportMenu exports = new ExportMenu("targets");
	/** The congress pack of the committee's term (DOCX and PDF): every chart, table and sentence of the term. */
	final Anchor packDocx = new Anchor();
	final Anchor packPdf = new Anchor();
	final Grid<List<Object>> grid = new Grid<>();

	TargetsView(TargetService targets) throws SQLException {
		this.targets = targets;
		this.picker = new CommitteeTermPicker(targets.committeesWithTerms(), targets.figuresPerTerm(), "targets.screen",
				f -> getUI().ifPresent(ui -> ui.navigate(TargetsView.class, f.toQueryParameters())));
		this.committee = picker.committee;
		this.term = picker.term;
		addClassName("targets-view");
		summary.addClassName("targets-summary");
		sentences.addClassName("targets-sentences");
		chart.addClassName("targets-chart");
		chart.addClassName("chart-svg");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		packDocx.setText(getTranslation("targets.pack.docx"));
		packPdf.setText(getTranslation("targets.pack.pdf"));
		HorizontalLayout downloads = new HorizontalLayout(exports, packDocx, packPdf);
		downloads.setAlignItems(FlexComponent.Alignment.CENTER);
		downloads.addClassName("targets-downloads");
		add(new H2(getTranslation("targets.screen.title")), picker, summary, sentences, chart, downloads, grid);
	}

	@Override
	public com.vaadin.flow.router.QueryParameters shown() {
		return picker.filter().toQueryParameters();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters shown = picker.show(TermFilter.of(event.getLocation().getQueryParameters().getParameters())).toQueryParameters();
		exports.setFilters(shown);
		String query = shown.getQueryString() + "&lang=" + vn.blocstats.dashboard.export.ExportMenu.lang(getLocale());
		packDocx.setHref("charts/pack.docx?" + query);
		packPdf.setHref("charts/pack.pdf?" + query);
		packDocx.getElement().setAttribute("download", true);
		packPdf.getElement().setAttribute("download", true);
		draw();
	}

	private void draw() {
		downloadsAvailable(false);
		summary.setText("");
		sentences.removeAll();
		chart.getElement().removeProperty("innerHTML");
		chart.removeAll();
		grid.setItems(List.of());
		if (committee.getValue() == null || term.getValue() == null) {
			summary.setText(getTranslation("targets.screen.empty"));
			return;
		}
		String code = committee.getValue().code();
		String label = term.getValue().label();
		TargetChart.Data data;
		try {
			data = targets.data(code, label, getLocale(), ChartTheme.SCREEN);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The targets of " + code + " " + label + " cannot be read from the warehouse", e);
		}
		if (data.attainments().isEmpty()) {
			summary.setText(getTranslation("targets.screen.none", label.replace('-', '–')));
			return;
		}
		String sum = TargetSentences.summary(data.attainments(), getLocale());
		summary.setText(sum.isEmpty() ? getTranslation("targets.screen.noFigures") : sum + ".");
		for (String s : TargetSentences.sentences(data.attainments(), data.catalog(), getLocale())) {
			sentences.add(new ListItem(s + ";"));
		}
		TargetChart.Request request = new TargetChart.Request(code, label, getLocale(), ChartTheme.SCREEN);
		ChartDocument document = TargetChart.document(data, request);
		chart.getElement().setProperty("innerHTML", ChartRenderer.interactiveSvg(document.chart(), WIDTH, TargetChart.height(data)));
		DataTableGrid.show(grid, document.table(), getLocale(), Set.of(0));
		downloadsAvailable(true);
	}

	/** Downloads only when the screen shows targets: no link to an empty chart or pack. */
	private void downloadsAvailable(boolean available) {
		exports.setAvailable(available);
		packDocx.setEnabled(available);
		packPdf.setEnabled(available);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("targets.screen.pageTitle");
	}
}
