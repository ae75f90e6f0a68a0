package vn.blocstats.dashboard.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.etl.cli.CliCommand;
import vn.blocstats.etl.cli.CommandLines;

/**
 * {@code blocstats export chart [NAME] --committee CODE --metric CODE [--format png|svg|pdf|xlsx|csv]
 * [--size text|half|landscape] [--dpi 300] [--caption …] [--source …] [--number N] [--sep ;]
 * [--theme document|screen] [--lang vi|en] --out FILE}: a dashboard chart ({@link ChartSource}
 * {@code NAME}, {@code trend} by default) — the same definition the screen draws, with the same
 * filters as its URL ({@code --committee} is {@code committee=}) — in any export format, at a
 * congress document's physical size, in the document look by default. The format is the file's
 * extension unless {@code --format} says otherwise.
 */
@Command(name = "chart", sortOptions = false)
public class ExportCommand implements CliCommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = "trend", descriptionKey = "export.chart.name")
	String chart;

	@Option(names = "--committee", paramLabel = "CODE", descriptionKey = "export.committee")
	List<String> committees = new ArrayList<>();

	@Option(names = "--metric", paramLabel = "CODE", descriptionKey = "export.metric")
	String metric;

	@Option(names = "--term", paramLabel = "2015-2020", descriptionKey = "export.term")
	String term;

	@Option(names = "--year", paramLabel = "YYYY", descriptionKey = "export.year")
	String year;

	@Option(names = "--node", paramLabel = "CODE", descriptionKey = "export.node")
	String node;

	@Option(names = "--period", paramLabel = "year|half", descriptionKey = "export.period")
	String period;

	@Option(names = "--per", paramLabel = "1|100", descriptionKey = "export.per")
	String per;

	@Option(names = "--structure", paramLabel = "then|today|predecessors", descriptionKey = "export.structure")
	String structure;

	@Option(names = "--axis", paramLabel = "zero|data", descriptionKey = "export.axis")
	String axis;

	@Option(names = "--format", paramLabel = "png|svg|pdf|xlsx|csv", descriptionKey = "export.format")
	String format;

	@Option(names = "--size", paramLabel = "text|half|landscape", defaultValue = "text", descriptionKey = "export.size")
	String size;

	@Option(names = "--dpi", paramLabel = "N", defaultValue = "300", descriptionKey = "export.dpi")
	int dpi;

	@Option(names = "--caption", paramLabel = "TEXT", descriptionKey = "export.caption")
	String caption;

	@Option(names = "--source", paramLabel = "TEXT", descriptionKey = "export.source")
	String source;

	@Option(names = "--number", paramLabel = "N", defaultValue = "1", descriptionKey = "export.number")
	String number;

	@Option(names = "--sep", paramLabel = ",|;", defaultValue = ",", descriptionKey = "export.sep")
	String separator;

	@Option(names = "--theme", paramLabel = "document|screen", defaultValue = "document", descriptionKey = "export.theme")
	String theme;

	@Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
	Path out;

	@Spec
	CommandSpec spec;

	@Autowired
	private List<ChartSource> sources;

	@Autowired
	private AuditLog audit;

	@Autowired
	private vn.blocstats.dashboard.demo.DemoWarehouse demo;

	@Override
	public int run(PrintStream stdout, PrintStream err) {
		Map<String, ChartSource> byName = sources.stream().collect(Collectors.toUnmodifiableMap(ChartSource::name, Function.identity()));
		try {
			Request r = request(vn.blocstats.dashboard.BlocstatsCommand.of(spec).lang().locale());
			ChartSource source = byName.get(r.chart());
			if (source == null) {
				throw new IllegalArgumentException("Không có biểu đồ “" + r.chart() + "”; có: "
						+ String.join(", ", byName.keySet().stream().sorted().toList()));
			}
			ChartDocument document = source.document(r.filters(), r.options().locale(), r.theme());
			// A chart of the demo warehouse says so (over the chart, or first in the table).
			ChartExports.Options o = r.options().withNotice(demo.notice(r.options().locale()));
			byte[] bytes = ChartExports.write(document, o);
			write(r.out(), bytes);
			audit.record(AuditAction.CLI, AuditAction.EXPORT, line(spec) + ": " + document.caption(), null);
			ChartSize size = o.size();
			String what = switch (o.format()) {
				case PNG -> size.widthCm() + " × " + size.heightCm() + " cm, " + size.widthPx(o.dpi()) + " × " + size.heightPx(o.dpi())
						+ " px, " + o.dpi() + " dpi";
				case SVG, PDF -> size.widthCm() + " × " + size.heightCm() + " cm";
				case XLSX, CSV -> document.table().rows().size() + " dòng số liệu";
			};
			// The caption of what was drawn: a compare chart drawn at a size says how many units it shows.
			ChartDocument drawn = switch (o.format()) {
				case PNG, SVG, PDF -> ChartExports.drawn(document, size);
				case XLSX, CSV -> document;
			};
			stdout.println("Đã ghi biểu đồ “" + ChartExports.caption(drawn, o) + "” (" + o.format().name() + ", " + what + ") vào "
					+ r.out());
			o.notice().ifPresent(n -> stdout.println("Kho dữ liệu mẫu (demo): tệp ghi “" + n + "”."));
			return CommandLines.OK;
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return CommandLines.FAILED;
		}
		catch (IOException e) {
			err.println("Không ghi được tệp: " + e.getMessage());
			return CommandLines.FAILED;
		}
	}

	/** The command line as typed ({@code blocstats export chart …}), for the audit. */
	public static String line(CommandSpec spec) {
		return "blocstats " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
	}

	/** The chart asked for: its filters (the screen's URL parameters), the export's options, in {@code locale}. */
	Request request(Locale locale) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		if (!committees.isEmpty()) {
			filters.put("committee", List.copyOf(committees));
		}
		Map<String, String> single = new LinkedHashMap<>();
		single.put("metric", metric);
		single.put("term", term);
		single.put("year", year);
		single.put("node", node);
		single.put("period", period);
		single.put("per", per);
		single.put("structure", structure);
		single.put("axis", axis);
		single.forEach((k, v) -> {
			if (v != null) {
				filters.put(k, List.of(v));
			}
		});
		String name = out.getFileName() == null ? "" : out.getFileName().toString();
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		ExportFormat f = format != null ? ExportFormat.of(format)
				: List.of("png", "svg", "pdf", "xlsx", "csv").contains(ext) ? ExportFormat.of(ext) : ExportFormat.PNG;
		if (dpi < 72 || dpi > 1200) {
			throw new IllegalArgumentException("--dpi từ 72 đến 1200, không phải " + dpi);
		}
		ChartTheme t = switch (theme) {
			case "document" -> ChartTheme.DOCUMENT;
			case "screen" -> ChartTheme.SCREEN;
			default -> throw new IllegalArgumentException("--theme document hoặc screen, không phải " + theme);
		};
		ChartExports.Options options = new ChartExports.Options(f, ChartSize.named(size), dpi, ChartExports.number(number),
				Optional.ofNullable(caption), Optional.ofNullable(source), ChartExports.separator(separator), locale);
		return new Request(chart, filters, options, t, out);
	}

	/** Writes {@code bytes} to {@code file}, creating its folder. */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, bytes);
	}

	/** What {@code export chart} was asked for. */
	record Request(String chart, Map<String, List<String>> filters, ChartExports.Options options, ChartTheme theme, Path out) {
	}
}
