package vn.blocstats.dashboard.overview;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.export.TableDownloads;
import vn.blocstats.dashboard.overview.OverviewService.KeyFigure;
import vn.blocstats.dashboard.termpicker.CommitteeTermPicker;
import vn.blocstats.dashboard.savedviews.SavedViews;
import vn.blocstats.dashboard.termpicker.TermFilter;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * "Tổng quan", the landing page: a committee and one of its terms chosen from two selects, the
 * term's key figures as cards below — each with the change against the previous term (absolute
 * and in percent) and, where the term has a target on it, the attainment and whether it was met.
 * The choice lives in the URL ({@link TermFilter}); a missing or unknown choice falls back to
 * the first committee and its latest ended term.
 */
@Route("tong-quan")
@RouteAlias("")
@PermitAll
class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, vn.blocstats.dashboard.ui.ShownView {

	private final OverviewService overview;
	private final CommitteeTermPicker picker;
	final Select<Committee> committee;
	final Select<Term> term;
	final Div cards = new Div();
	/** The signed-in user's saved views, as links. */
	final Div savedViews = new Div();
	private final SavedViews saved;
	/** The cards as a table (XLSX, CSV): the figures drawn last. */
	final TableDownloads downloads;
	private List<KeyFigure> shownFigures = List.of();

	OverviewView(OverviewService overview, SavedViews saved, AuditLog audit, vn.blocstats.dashboard.demo.DemoWarehouse demo)
			throws SQLException {
		this.overview = overview;
		this.saved = saved;
		this.downloads = new TableDownloads(this::table, audit, demo);
		this.picker = new CommitteeTermPicker(overview.committeesWithTerms(), overview.figuresPerTerm(), "overview",
				f -> getUI().ifPresent(ui -> ui.navigate(OverviewView.class, f.toQueryParameters())));
		this.committee = picker.committee;
		this.term = picker.term;
		addClassName("overview-view");
		picker.addClassName("overview-filters");
		cards.addClassName("overview-cards");
		savedViews.addClassName("saved-views");
		HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("overview.title")), downloads);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		heading.setWidthFull();
		heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
		// on a phone the menu goes under the title, whole, rather than into the menu bar's "…"
		heading.setWrap(true);
		downloads.getElement().getStyle().set("flex-shrink", "0");
		heading.addClassName("overview-heading");
		add(heading, picker, cards, savedViews);
	}

	@Override
	public com.vaadin.flow.router.QueryParameters shown() {
		return picker.filter().toQueryParameters();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		picker.show(TermFilter.of(event.getLocation().getQueryParameters().getParameters()));
		draw();
		listSavedViews();
	}

	private void draw() {
		cards.removeAll();
		shownFigures = List.of();
		downloads.setAvailable(false);
		if (committee.getValue() == null || term.getValue() == null) {
			cards.add(new Paragraph(getTranslation("overview.empty")));
			return;
		}
		List<KeyFigure> figures;
		try {
			figures = overview.keyFigures(committee.getValue().code(), term.getValue(), picker.termsShown());
		}
		catch (SQLException e) {
			throw new IllegalStateException("The key figures of " + committee.getValue().code() + " " + term.getValue().label()
					+ " cannot be read from the warehouse", e);
		}
		if (figures.stream().allMatch(f -> f.value() == null)) {
			// A term without figures: one quiet line, not six cards saying "no data" in the figures' style.
			Paragraph empty = new Paragraph(getTranslation("overview.termEmpty", term.getValue().label().replace('-', '–'),
					committee.getValue().name()));
			empty.addClassName("empty-state");
			cards.add(empty);
			return;
		}
		for (KeyFigure f : figures) {
			cards.add(card(f));
		}
		shownFigures = figures;
		downloads.setAvailable(true);
	}

	/**
	 * The cards shown as a table: a row per key figure with the term's figure, the previous term's, the
	 * change and, in words as on the card, the attainment of each target.
	 */
	TableDownloads.Table table() {
		Term shownTerm = term.getValue();
		Committee shownCommittee = committee.getValue();
		if (shownTerm == null || shownCommittee == null) {
			throw new IllegalStateException("No term shown");
		}
		String termLabel = shownTerm.label().replace('-', '–');
		Term previous = shownFigures.isEmpty() ? null : shownFigures.getFirst().previousTerm();
		List<DataTable.Column> columns = List.of(new DataTable.Column(getTranslation("overview.table.metric"), DataTable.Kind.TEXT),
				new DataTable.Column(getTranslation("overview.table.basis"), DataTable.Kind.TEXT),
				new DataTable.Column(getTranslation("overview.table.term", termLabel), DataTable.Kind.COUNT),
				new DataTable.Column(previous == null ? getTranslation("overview.table.previous")
						: getTranslation("overview.table.term", previous.label().replace('-', '–')), DataTable.Kind.COUNT),
				new DataTable.Column(getTranslation("overview.table.change"), DataTable.Kind.COUNT),
				new DataTable.Column(getTranslation("overview.table.changePct"), DataTable.Kind.PERCENT),
				new DataTable.Column(getTranslation("overview.table.targets"), DataTable.Kind.TEXT));
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (KeyFigure f : shownFigures) {
			String targets = String.join("; ", f.attainments().stream().map(this::attainment).toList());
			rows.add(java.util.Arrays.asList(isEnglish() ? f.metric().labelEn() : f.metric().labelVi(), basis(f), f.value(),
					f.previous(), f.change(), f.changePct(), targets.isEmpty() ? null : targets));
		}
		return new TableDownloads.Table(new DataTable(columns, rows),
				getTranslation("overview.table.caption", termLabel, shownCommittee.name()), shownCommittee.name());
	}

	/** The user's saved views: a link each (the address saved, inside this dashboard) and a button to remove it. */
	private void listSavedViews() {
		savedViews.removeAll();
		String user = vn.blocstats.dashboard.audit.AuditLog.currentUser();
		savedViews.add(new com.vaadin.flow.component.html.H3(getTranslation("saved.title")));
		List<SavedViews.SavedView> views = saved.of(user);
		if (views.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("saved.none"));
			none.addClassName("empty-state");
			savedViews.add(none);
			return;
		}
		com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
		for (SavedViews.SavedView v : views) {
			com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(v.address(), v.name());
			link.addClassName("saved-view-link");
			com.vaadin.flow.component.button.Button remove = new com.vaadin.flow.component.button.Button(
					com.vaadin.flow.component.icon.VaadinIcon.CLOSE_SMALL.create(), e -> {
						saved.remove(user, v.id());
						listSavedViews();
					});
			remove.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE,
					com.vaadin.flow.component.button.ButtonVariant.LUMO_ICON);
			remove.setAriaLabel(getTranslation("saved.remove", v.name()));
			remove.setTooltipText(getTranslation("saved.remove", v.name()));
			list.add(new com.vaadin.flow.component.html.ListItem(link, remove));
		}
		savedViews.add(list);
	}

	/** One card: the metric, its figure, the change against the previous term, the attainment of each target. */
	private Div card(KeyFigure f) {
		Locale locale = getLocale();
		Div card = new Div();
		card.addClassName("figure-card");
		card.getElement().setAttribute("data-metric", f.metric().code());
		Span label = new Span(isEnglish() ? f.metric().labelEn() : f.metric().labelVi());
		label.addClassName("figure-label");
		Span value = new Span(f.value() == null ? getTranslation("overview.noData") : VietFormat.count(f.value(), locale));
		value.addClassName("figure-value");
		if (f.value() == null) {
			card.addClassName("empty");
		}
		Span stockOrFlow = new Span(basis(f));
		stockOrFlow.addClassName("figure-note");
		card.add(label, value, stockOrFlow);
		Div change = new Div();
		change.addClassName("figure-change");
		if (f.previousTerm() == null) {
			change.setText(getTranslation("overview.firstTerm"));
		}
		else if (f.change() == null) {
			change.setText(getTranslation("overview.noComparison", f.previousTerm().label().replace('-', '–')));
		}
		else {
			String pct = f.changePct() == null ? "" : " (" + signed(VietFormat.percent(f.changePct(), locale), f.changePct()) + ")";
			change.setText(getTranslation("overview.change", f.previousTerm().label().replace('-', '–'),
					signed(VietFormat.count(f.change(), locale), f.change()) + pct));
			change.addClassName(f.change() > 0 ? "up" : f.change() < 0 ? "down" : "same");
		}
		card.add(change);
		for (Attainment a : f.attainments()) {
			Div line = new Div();
			line.addClassName("figure-attainment");
			line.setText(attainment(a));
			line.addClassName(a.met() == null ? "pending" : a.met() ? "met" : "missed");
			card.add(line);
		}
		return card;
	}

	/** "cuối nhiệm kỳ" or "cả nhiệm kỳ", and whether a total was derived from its parts. */
	private String basis(KeyFigure f) {
		return getTranslation(f.metric().kind().isStock() ? "overview.atTermEnd" : "overview.overTerm")
				+ (f.derived() ? getTranslation("overview.derived") : "");
	}

	/** A target's attainment in words: "Chỉ tiêu nghị quyết (cả nhiệm kỳ): đạt 104,8% — vượt chỉ tiêu". */
	private String attainment(Attainment a) {
		String status = a.met() == null ? getTranslation("overview.status.noData")
				: getTranslation(a.exceeded() ? "overview.status.exceeded" : a.met() ? "overview.status.met" : "overview.status.notMet");
		String target = getTranslation("overview.target." + a.source()) + getTranslation("overview.kind." + a.targetKind());
		return a.attainmentPct() == null ? getTranslation("overview.attainment.noData", target)
				: getTranslation("overview.attainment", target, VietFormat.percent(a.attainmentPct(), getLocale()), status);
	}

	/** A formatted change with its sign: "+159", "−40" (a true minus sign). */
	private static String signed(String formatted, double v) {
		if (v > 0) {
			return "+" + formatted;
		}
		return formatted.startsWith("-") ? "−" + formatted.substring(1) : formatted;
	}

	private boolean isEnglish() {
		return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("overview.pageTitle");
	}
}
