package vn.blocstats.dashboard.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.jfree.chart.JFreeChart;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.chart.TrendChart;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * {@code blocstats export chart --committee CODE… --metric CODE [--format png|svg] [--size text|half|landscape]
 * [--dpi 300] [--theme document|screen] [--lang vi|en] --out FILE}: the trend chart — the same
 * definition the dashboard draws — as a print PNG (its resolution recorded in the file) or an SVG,
 * at a congress document's physical size, in the document look by default.
 */
@Component
public class ExportCommand {

	private final ObjectProvider<Warehouse> warehouse;

	ExportCommand(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	public int run(List<String> words, PrintStream out, PrintStream err) {
		try {
			Request r = Request.parse(words.subList(1, words.size()));
			Warehouse w = warehouse.getObject();
			Metric metric;
			try (DuckDBConnection c = w.connection()) {
				metric = MetricCatalog.load(c).resolve(r.metric()).orElseThrow(
						() -> new IllegalArgumentException("Không có chỉ tiêu “" + r.metric() + "” trong danh mục"));
			}
			TrendChart.Request request = new TrendChart.Request(r.committees(), metric, r.locale(), r.theme());
			JFreeChart chart = TrendChart.create(TrendChart.query(new FigureQueries(w), request), request);
			byte[] bytes = r.format().equals("svg")
					? ChartRenderer.svg(chart, r.size().widthPx(96), r.size().heightPx(96))
					: ChartRenderer.png(chart, r.size().widthPx(r.dpi()), r.size().heightPx(r.dpi()), r.dpi());
			Path parent = r.out().toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(r.out(), bytes);
			out.println("Đã ghi biểu đồ “" + metric.labelVi() + "” (" + r.format().toUpperCase(Locale.ROOT) + ", "
					+ r.size().widthCm() + " × " + r.size().heightCm() + " cm"
					+ (r.format().equals("png") ? ", " + r.size().widthPx(r.dpi()) + " × " + r.size().heightPx(r.dpi()) + " px, "
							+ r.dpi() + " dpi" : "")
					+ ") vào " + r.out());
			return 0;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println("Cách dùng: blocstats export chart --committee 74-KCQDN --metric admissions [--format png|svg] "
					+ "[--size text|half|landscape] [--dpi 300] [--theme document|screen] [--lang vi|en] --out FILE");
			return Cli.USAGE;
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return 1;
		}
		catch (IOException e) {
			err.println("Không ghi được tệp: " + e.getMessage());
			return 1;
		}
	}

	/** The command line of {@code export chart}. */
	record Request(List<String> committees, String metric, String format, ChartSize size, int dpi, ChartTheme theme,
			Locale locale, Path out) {

		static Request parse(List<String> args) {
			if (args.isEmpty() || !args.getFirst().equals("chart")) {
				throw new IllegalArgumentException("Hiện xuất được: export chart");
			}
			List<String> committees = new ArrayList<>();
			String metric = null;
			String format = null;
			String size = "text";
			String dpi = "300";
			String theme = "document";
			String lang = "vi";
			String out = null;
			for (int i = 1; i < args.size(); i++) {
				String name = args.get(i);
				if (!name.startsWith("--") || i + 1 >= args.size()) {
					throw new IllegalArgumentException("Tùy chọn không hợp lệ: " + name);
				}
				String value = args.get(++i);
				switch (name) {
					case "--committee" -> committees.add(value);
					case "--metric" -> metric = value;
					case "--format" -> format = value;
					case "--size" -> size = value;
					case "--dpi" -> dpi = value;
					case "--theme" -> theme = value;
					case "--lang" -> lang = value;
					case "--out" -> out = value;
					default -> throw new IllegalArgumentException("Tùy chọn không có: " + name);
				}
			}
			if (committees.isEmpty() || metric == null || out == null) {
				throw new IllegalArgumentException("Cần --committee, --metric và --out");
			}
			String fmt = Optional.ofNullable(format).orElse(out.toLowerCase(Locale.ROOT).endsWith(".svg") ? "svg" : "png");
			if (!fmt.equals("png") && !fmt.equals("svg")) {
				throw new IllegalArgumentException("--format png hoặc svg, không phải " + fmt);
			}
			if (!dpi.matches("\\d{2,4}") || Integer.parseInt(dpi) < 72 || Integer.parseInt(dpi) > 1200) {
				throw new IllegalArgumentException("--dpi từ 72 đến 1200, không phải " + dpi);
			}
			ChartTheme t = switch (theme) {
				case "document" -> ChartTheme.DOCUMENT;
				case "screen" -> ChartTheme.SCREEN;
				default -> throw new IllegalArgumentException("--theme document hoặc screen, không phải " + theme);
			};
			Locale locale = switch (lang) {
				case "vi" -> Locale.of("vi", "VN");
				case "en" -> Locale.ENGLISH;
				default -> throw new IllegalArgumentException("--lang vi hoặc en, không phải " + lang);
			};
			return new Request(List.copyOf(committees), metric, fmt, ChartSize.named(size), Integer.parseInt(dpi), t, locale,
					Path.of(out));
		}
	}
}
