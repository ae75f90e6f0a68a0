package vn.blocstats.dashboard.congress;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ExportFormat;
import vn.blocstats.dashboard.targets.TargetSentences;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * Builds a {@link CongressPack} from the warehouse: the term's targets with the sentences of the
 * Targets screen ({@link TargetSentences}) and the attainment chart, then the trend over the term
 * of each key metric that has figures — grassroots organisations, members, admissions, senior and
 * intermediate political-theory training, staff reductions — in the document look. Thread-safe.
 */
@Component
public class PackBuilder {

	/** The key metrics of a congress report, in the order the report takes them. */
	static final List<String> KEY_METRICS = List.of("org_grassroots", "members_total", "admissions", "training_theory_senior",
			"training_theory_intermediate", "staff_reductions");

	private final TermCharts charts;
	private final ObjectProvider<Warehouse> warehouse;

	private final vn.blocstats.dashboard.demo.DemoWarehouse demo;

	PackBuilder(TermCharts charts, ObjectProvider<Warehouse> warehouse, vn.blocstats.dashboard.demo.DemoWarehouse demo) {
		this.charts = charts;
		this.demo = demo;
		this.warehouse = warehouse;
	}

	/** The pack of {@code committee}'s term {@code term} ("2015-2020"). */
	public CongressPack build(String committee, String term, Locale locale) throws SQLException {
		TermCharts.TermOf of = charts.term(committee, term);
		String name = of.committee().name();
		String dash = TermCharts.dash(of.term());
		List<FigureQueries.Attainment> attainments = new FigureQueries(warehouse.getObject()).attainments(committee, of.term().label());
		MetricCatalog catalog;
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			catalog = MetricCatalog.load(c);
		}
		int number = 1;
		List<CongressPack.Figure> targetFigures = new ArrayList<>();
		if (!attainments.isEmpty()) {
			targetFigures.add(figure(number++, charts.attainment(of, locale, ChartTheme.DOCUMENT), locale));
		}
		List<CongressPack.Figure> chartFigures = new ArrayList<>();
		for (String code : KEY_METRICS) {
			Optional<vn.blocstats.warehouse.metric.Metric> metric = catalog.byCode(code);
			if (metric.isEmpty()) {
				continue;
			}
			ChartDocument d = charts.trend(of, metric.get(), locale, ChartTheme.DOCUMENT);
			if (TermCharts.hasFigures(d)) {
				chartFigures.add(figure(number++, d, locale));
			}
		}
		String summary = TargetSentences.summary(attainments, locale);
		List<String> sentences = TargetSentences.sentences(attainments, catalog, locale);
		return new CongressPack(name, of.term(), locale, Texts.get(locale, "pack.heading", dash), name,
				intro(of, name, dash, attainments, locale),
				"I. " + Texts.get(locale, "pack.targets.section"), summary.isEmpty() ? Texts.get(locale, "pack.noTargets") : summary + ".",
				sentences, targetFigures, "II. " + Texts.get(locale, "pack.charts.section"), chartFigures, demo.notice(locale));
	}

	/**
	 * "… (từ Đại hội lần thứ VI ngày 26/6/2015 đến 13/7/2020) …"; a term that has not ended says up to
	 * which day its figures go and that they are an estimate, never its planned end.
	 */
	private static String intro(TermCharts.TermOf of, String name, String dash, List<FigureQueries.Attainment> attainments,
			Locale locale) {
		String congress = Texts.roman(of.term().congressNumber());
		String start = VietFormat.date(of.term().start(), locale);
		if (!of.term().end().isBefore(java.time.LocalDate.now())) {
			return TargetSentences.estimateUntil(attainments)
				.map(d -> Texts.get(locale, "pack.intro.inProgress", name, dash, congress, start, VietFormat.date(d, locale)))
				.orElseGet(() -> Texts.get(locale, "pack.intro.inProgress.noFigures", name, dash, congress, start));
		}
		return Texts.get(locale, "pack.intro", name, dash, congress, start, VietFormat.date(of.term().end(), locale));
	}

	private static CongressPack.Figure figure(int number, ChartDocument d, Locale locale) {
		ChartExports.Options o = new ChartExports.Options(ExportFormat.PNG, vn.blocstats.dashboard.export.ChartSize.TEXT, 300, number,
				Optional.empty(), Optional.empty(), ',', locale);
		return new CongressPack.Figure(number, ChartExports.caption(d, o), ChartExports.source(d, o),
				Texts.get(locale, "pack.table", Integer.toString(number)), d);
	}
}
