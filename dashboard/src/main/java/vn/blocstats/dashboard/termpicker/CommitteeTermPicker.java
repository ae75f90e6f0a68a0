package vn.blocstats.dashboard.termpicker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.dashboard.ui.Notices;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * A committee and one of its terms, chosen from two selects. A choice the user makes is handed to
 * the screen as a {@link TermFilter} (the screen navigates to its URL); {@link #show} sets the
 * selects from a URL's filter, falling back to the committee and term the user viewed last in this
 * session (on any screen with this picker), else to the most recent ended term that has figures
 * (the one with most figures among equals) — never to an empty term while one with figures exists.
 */
public class CommitteeTermPicker extends HorizontalLayout {

	public final Select<Committee> committee = new Select<>();
	public final Select<Term> term = new Select<>();
	private final Map<Committee, List<Term>> committees;
	private final Map<String, Map<String, Long>> figures;

	/** Where the last committee and term viewed are kept in the session. */
	static final String REMEMBERED = "blocstats.committee-term";

	/**
	 * @param committees the committees with their terms, oldest first
	 * @param figures how many figures each committee's term holds (committee → term → count; empty terms absent)
	 * @param keys the prefix of the labels' message keys: {@code <keys>.committee}, {@code <keys>.term}
	 *        and {@code <keys>.termItem} ({0} the congress in Roman numerals, {1} the years)
	 * @param chosen what to do with the user's choice
	 */
	public CommitteeTermPicker(Map<Committee, List<Term>> committees, Map<String, Map<String, Long>> figures, String keys,
			Consumer<TermFilter> chosen) {
		this.committees = committees;
		this.figures = figures;
		committee.setLabel(getTranslation(keys + ".committee"));
		committee.setItemLabelGenerator(Committee::name);
		committee.setItems(committees.keySet());
		committee.setWidth("32em");
		term.setLabel(getTranslation(keys + ".term"));
		term.setItemLabelGenerator(t -> getTranslation(keys + ".termItem", Texts.roman(t.congressNumber()), t.label().replace('-', '–')));
		term.setWidth("16em");
		committee.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				term.clear();
				chosen.accept(filter());
			}
		});
		term.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				chosen.accept(filter());
			}
		});
		add(committee, term);
	}

	/** Shows the committee and term {@code filter} names, or the defaults; returns what is shown. */
	public TermFilter show(TermFilter filter) {
		Optional<TermFilter> remembered = Optional.ofNullable(VaadinSession.getCurrent())
			.map(session -> (String) session.getAttribute(REMEMBERED))
			.map(v -> new TermFilter(Optional.of(v.substring(0, v.indexOf('\n'))), Optional.of(v.substring(v.indexOf('\n') + 1))));
		Optional<Committee> asked = filter.committee().flatMap(this::committee);
		Optional<Committee> c = asked
			.or(() -> remembered.flatMap(TermFilter::committee).flatMap(this::committee))
			.or(this::withLatestFigures)
			.or(() -> committees.keySet().stream().filter(x -> "dang_bo_khoi".equals(x.type())).findFirst())
			.or(() -> committees.keySet().stream().findFirst());
		committee.setValue(c.orElse(null));
		List<Term> terms = c.map(committees::get).orElse(List.of());
		term.setItems(terms);
		Optional<String> askedTerm = asked.isPresent() ? filter.term()
				: filter.term().or(() -> remembered.filter(r -> r.committee().equals(c.map(Committee::code))).flatMap(TermFilter::term));
		Map<String, Long> counted = c.map(x -> figures.getOrDefault(x.code(), Map.of())).orElse(Map.of());
		LocalDate today = LocalDate.now();
		Optional<Term> t = askedTerm.flatMap(label -> terms.stream().filter(x -> x.label().equals(label)).findFirst())
			.or(() -> terms.stream().filter(x -> x.end().isBefore(today) && counted.containsKey(x.label())).reduce((a, b) -> b))
			.or(() -> terms.stream().filter(x -> counted.containsKey(x.label())).reduce((a, b) -> b))
			.or(() -> terms.stream().filter(x -> x.end().isBefore(today)).reduce((a, b) -> b))
			.or(() -> terms.stream().reduce((a, b) -> b));
		term.setValue(t.orElse(null));
		TermFilter shown = filter();
		// A link that names what is not here says so (then shows the default instead).
		Notices.notFound("committee", filter.committee().filter(code -> asked.isEmpty()).stream().toList());
		Notices.notFound("term", asked.isPresent() ? filter.term().filter(label -> !shown.term().equals(Optional.of(label))).stream().toList()
				: List.of());
		if (shown.committee().isPresent() && shown.term().isPresent() && VaadinSession.getCurrent() != null) {
			VaadinSession.getCurrent().setAttribute(REMEMBERED, shown.committee().get() + "\n" + shown.term().get());
		}
		return shown;
	}

	private Optional<Committee> committee(String code) {
		return committees.keySet().stream().filter(x -> x.code().equals(code)).findFirst();
	}

	/** The committee of the most recent ended term with figures (with most figures among terms ending the same day). */
	private Optional<Committee> withLatestFigures() {
		LocalDate today = LocalDate.now();
		return committees.entrySet().stream()
			.flatMap(e -> e.getValue().stream()
				.filter(t -> t.end().isBefore(today) && figures.getOrDefault(e.getKey().code(), Map.of()).containsKey(t.label()))
				.map(t -> Map.entry(e.getKey(), t)))
			.max(java.util.Comparator.<Map.Entry<Committee, Term>, LocalDate>comparing(e -> e.getValue().end())
				.thenComparing(e -> figures.get(e.getKey().code()).get(e.getValue().label())))
			.map(Map.Entry::getKey);
	}

	/** The terms of the committee shown (oldest first). */
	public List<Term> termsShown() {
		return Optional.ofNullable(committee.getValue()).map(committees::get).orElse(List.of());
	}

	/** What the selects show now. */
	public TermFilter filter() {
		return new TermFilter(Optional.ofNullable(committee.getValue()).map(Committee::code),
				Optional.ofNullable(term.getValue()).map(Term::label));
	}
}
