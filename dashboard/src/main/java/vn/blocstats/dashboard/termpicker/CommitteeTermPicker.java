package vn.blocstats.dashboard.termpicker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * A committee and one of its terms, chosen from two selects. A choice the user makes is handed to
 * the screen as a {@link TermFilter} (the screen navigates to its URL); {@link #show} sets the
 * selects from a URL's filter, falling back to the first bloc committee and its latest ended term.
 */
public class CommitteeTermPicker extends HorizontalLayout {

	public final Select<Committee> committee = new Select<>();
	public final Select<Term> term = new Select<>();
	private final Map<Committee, List<Term>> committees;

	/**
	 * @param committees the committees with their terms, oldest first
	 * @param keys the prefix of the labels' message keys: {@code <keys>.committee}, {@code <keys>.term}
	 *        and {@code <keys>.termItem} ({0} the congress in Roman numerals, {1} the years)
	 * @param chosen what to do with the user's choice
	 */
	public CommitteeTermPicker(Map<Committee, List<Term>> committees, String keys, Consumer<TermFilter> chosen) {
		this.committees = committees;
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
		Optional<Committee> c = filter.committee()
			.flatMap(code -> committees.keySet().stream().filter(x -> x.code().equals(code)).findFirst())
			.or(() -> committees.keySet().stream().filter(x -> "dang_bo_khoi".equals(x.type())).findFirst())
			.or(() -> committees.keySet().stream().findFirst());
		committee.setValue(c.orElse(null));
		List<Term> terms = c.map(committees::get).orElse(List.of());
		term.setItems(terms);
		LocalDate today = LocalDate.now();
		Optional<Term> t = filter.term().flatMap(label -> terms.stream().filter(x -> x.label().equals(label)).findFirst())
			.or(() -> terms.stream().filter(x -> x.end().isBefore(today)).reduce((a, b) -> b))
			.or(() -> terms.stream().reduce((a, b) -> b));
		term.setValue(t.orElse(null));
		return filter();
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
