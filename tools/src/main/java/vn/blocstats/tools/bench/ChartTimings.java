package vn.blocstats.tools.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;

/**
 * Each chart's query + render, in-process, one call after the other (no concurrency): the chart
 * source's {@code document} (the warehouse query, the dataset, the JFreeChart) and then its SVG at
 * the screen's size or its PNG at the chart endpoint's default (text width, 150 dpi).
 */
final class ChartTimings {

	/** The screen's SVG size, as {@code /charts/…svg} serves it. */
	static final int SVG_WIDTH = 960;
	static final int SVG_HEIGHT = 520;

	/** {@code /charts/….png} by default: A4 text width 16 × 10 cm at 150 dpi. */
	static final int PNG_DPI = 150;
	static final int PNG_WIDTH = (int) Math.round(16 / 2.54 * PNG_DPI);
	static final int PNG_HEIGHT = (int) Math.round(10 / 2.54 * PNG_DPI);

	/** One chart in one format: the query alone and the query + render. */
	/** @param firstError the first failed call's filters and message, null when none failed */
	record Result(String chart, String format, Timings query, Timings total, String firstError) {
	}

	private static final Locale VI = Locale.of("vi", "VN");

	private ChartTimings() {
	}

	/**
	 * Measures every source in SVG and PNG over {@code filters} in turn, after {@code warmup} unmeasured
	 * calls. A call that fails (a filter the source does not take, say) counts as an error.
	 */
	static List<Result> measure(Collection<ChartSource> sources, List<Map<String, List<String>>> filters, int warmup,
			int iterations) {
		List<Result> results = new ArrayList<>();
		for (ChartSource source : sources) {
			List<Map<String, List<String>>> own = DashboardBenchmark.forSource(source.name(), filters);
			if (own.isEmpty()) {
				continue;
			}
			for (String format : List.of("svg", "png")) {
				long[] query = new long[iterations];
				long[] total = new long[iterations];
				int measured = 0;
				int errors = 0;
				String firstError = null;
				for (int i = 0; i < warmup + iterations; i++) {
					Map<String, List<String>> f = own.get(i % own.size());
					try {
						long t0 = System.nanoTime();
						ChartDocument doc = source.document(f, VI, ChartTheme.SCREEN);
						long t1 = System.nanoTime();
						byte[] bytes = format.equals("svg") ? ChartRenderer.svg(doc.chart(), SVG_WIDTH, SVG_HEIGHT)
								: ChartRenderer.png(doc.chart(), PNG_WIDTH, PNG_HEIGHT, PNG_DPI);
						long t2 = System.nanoTime();
						if (bytes.length == 0) {
							throw new IllegalStateException("empty " + format);
						}
						if (i >= warmup) {
							query[measured] = t1 - t0;
							total[measured] = t2 - t0;
							measured++;
						}
					}
					catch (SQLException | RuntimeException e) {
						if (i >= warmup) {
							errors++;
							if (firstError == null) {
								firstError = f + ": " + e.getMessage();
							}
						}
					}
				}
				results.add(new Result(source.name(), format, new Timings(java.util.Arrays.copyOf(query, measured), errors),
						new Timings(java.util.Arrays.copyOf(total, measured), errors), firstError));
			}
		}
		return results;
	}
}
