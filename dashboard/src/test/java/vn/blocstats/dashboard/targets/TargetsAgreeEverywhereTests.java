package vn.blocstats.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.congress.CongressPack;
import vn.blocstats.dashboard.congress.PackBuilder;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ExportFormat;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * One definition per figure: for every term of every committee of the sample data that has targets,
 * the targets screen, the congress pack, the {@code /charts/targets} document and its CSV download
 * give the same summary, the same sentences and the same attainment, verdict and explanation per
 * target — and every verdict agrees with its percentage.
 */
@SpringBootTest(classes = BlocstatsApplication.class,
		properties = { "blocstats.nightly.enabled=false", "blocstats.sample-data=", "vaadin.allowed-packages=vn.blocstats.dashboard" })
@ViewPackages(classes = TargetsView.class)
@WithMockUser(username = "thu", roles = "VIEWER")
class TargetsAgreeEverywhereTests extends SpringBrowserlessTest {

	static final Locale VI = Locale.of("vi", "VN");

	@Autowired
	TargetService targets;

	@Autowired
	TargetChartSource chartSource;

	@Autowired
	PackBuilder packs;

	@DynamicPropertySource
	static void warehouse(DynamicPropertyRegistry registry) {
		registry.add("blocstats.db", () -> SampleWarehouse.path().toString());
	}

	@Test
	void the_screen_the_pack_the_chart_endpoint_and_the_csv_say_the_same_for_every_term_with_targets() throws Exception {
		int terms = 0;
		int targetRows = 0;
		for (Map.Entry<Committee, List<Term>> e : targets.committeesWithTerms().entrySet()) {
			for (Term t : e.getValue()) {
				String code = e.getKey().code();
				TargetsView view = open("chi-tieu?committee=" + code + "&term=" + t.label());
				List<List<String>> screen = rows(view);
				if (screen.isEmpty()) {
					continue;
				}
				terms++;
				targetRows += screen.size();
				String where = code + " " + t.label();
				String summary = view.summary.getText();
				List<String> sentences = view.sentences.getChildren().map(c -> c.getElement().getText()).toList();

				// the congress pack: the same summary and sentences, the same table (without the key column)
				CongressPack pack = packs.build(code, t.label(), VI);
				assertThat(pack.summary()).as(where).isEqualTo(summary);
				assertThat(pack.sentences().stream().map(s -> s + ";").toList()).as(where).isEqualTo(sentences);
				ChartDocument packChart = pack.targetFigures().getFirst().document();
				assertThat(packChart.table().rows()).as(where).hasSize(screen.size());

				// /charts/targets.*: the same document as the screen's, without the screen's key column (labels, not keys)
				ChartDocument endpoint = chartSource.document(Map.of("committee", List.of(code), "term", List.of(t.label())), VI,
						ChartTheme.DOCUMENT);
				List<List<Object>> screenRows = screenDocument(code, t.label()).table().rows();
				assertThat(endpoint.table().rows()).as(where)
					.isEqualTo(screenRows.stream().map(row -> row.subList(1, row.size())).toList());
				assertThat(packChart.table().rows()).as(where).isEqualTo(endpoint.table().rows());

				// the CSV download: attainment, verdict and explanation as on the screen
				List<CSVRecord> csv = csv(ChartExports.write(endpoint, ChartExports.Options.of(ExportFormat.CSV, VI)));
				for (int r = 0; r < screen.size(); r++) {
					List<String> cells = screen.get(r);
					CSVRecord line = csv.get(r + 2);
					String pct = cells.get(6);
					// the CSV has no key column: its cells are the screen's from the target's label on
					assertThat(line.get(0)).as(where).isEqualTo(cells.get(1)).doesNotContain("|");
					assertThat(line.get(5).isEmpty() ? "" : gridPercent(line.get(5))).as(where + " row " + r).isEqualTo(pct);
					assertThat(line.get(6)).as(where).isEqualTo(cells.get(7));
					assertThat(line.get(7)).as(where).isEqualTo(cells.get(8));
					// the verdict agrees with the percentage printed
					if (!pct.isEmpty()) {
						double p = Double.parseDouble(pct.replace("%", "").replace(".", "").replace(',', '.'));
						assertThat(cells.get(7)).as(where + " " + cells.get(1))
							.isEqualTo(p > 100 ? "vượt" : p >= 100 ? "đạt" : "không đạt");
					}
				}
			}
		}
		assertThat(terms).isGreaterThanOrEqualTo(10);
		assertThat(targetRows).isEqualTo(32);
	}

	private ChartDocument screenDocument(String code, String term) throws Exception {
		vn.blocstats.dashboard.chart.TargetChart.Request request = new vn.blocstats.dashboard.chart.TargetChart.Request(code, term, VI,
				ChartTheme.SCREEN);
		return vn.blocstats.dashboard.chart.TargetChart.document(targets.data(code, term, VI, ChartTheme.SCREEN), request);
	}

	/** 94.9 → "94,9%", 100 → "100,0%": how the grid prints a percentage. */
	private static String gridPercent(String plain) {
		return String.format(Locale.ROOT, "%.1f", Double.parseDouble(plain)).replace('.', ',') + "%";
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
	}

	/** The grid's rows, each as its visible cells. */
	private List<List<String>> rows(TargetsView view) {
		GridTester<?, ?> grid = test(view.grid);
		int columns = view.grid.getColumns().size();
		List<List<String>> out = new ArrayList<>();
		for (int r = 0; r < grid.size(); r++) {
			int row = r;
			// the grid hides the key column (0): the visible cells are shifted by one against the table
			List<String> cells = new ArrayList<>(List.of(""));
			cells.addAll(IntStream.range(0, columns).mapToObj(c -> grid.getCellText(row, c)).toList());
			out.add(cells);
		}
		return out;
	}

	private TargetsView open(String url) {
		int q = url.indexOf('?');
		UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
		return (TargetsView) getCurrentView();
	}
}
