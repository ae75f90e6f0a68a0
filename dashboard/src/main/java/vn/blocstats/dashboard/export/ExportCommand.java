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

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.etl.cli.Cli;

/**
 * {@code blocstats export chart [NAME] --committee CODE --metric CODE [--format png|svg|pdf|xlsx|csv]
 * [--size text|half|landscape] [--dpi 300] [--caption …] [--source …] [--number N] [--sep ;]
 * [--theme document|screen] [--lang vi|en] --out FILE}: a dashboard chart ({@link ChartSource}
 * {@code NAME}, {@code trend} by default) — the same definition the screen draws, with the same
 * filters as its URL ({@code --committee} is {@code committee=}) — in any export format, at a
 * congress document's physical size, in the document look by default. The format is the file's
 * extension unless {@code --format} says otherwise.
 */
@Component
public class ExportCommand {

	/** The options of the command itself; every other {@code --name value} is a filter of the chart. */
	private static final List<String> OWN = List.of("--format", "--size", "--dpi", "--theme", "--lang", "--out", "--caption",
			"--source", "--number", "--sep");

	static final String USAGE = "Cách dùng: blocstats export chart [trend] --committee 74-KCQDN --metric admissions "
			+ "[--format png|svg|pdf|xlsx|csv] [--size text|half|landscape] [--dpi 300] [--caption …] [--source …] "
			+ "[--number N] [--sep ;] [--theme document|screen] [--lang vi|en] --out TỆP\n"
			+ "           blocstats export pack --committee 74-KCQDN --term 2015-2020 [--format docx|pdf] --out TỆP.docx";

	private final Map<String, ChartSource> sources;

	private final AuditLog audit;

	private final vn.blocstats.dashboard.demo.DemoWarehouse demo;

	ExportCommand(List<ChartSource> sources, AuditLog audit, vn.blocstats.dashboard.demo.DemoWarehouse demo) {
		this.audit = audit;
		this.demo = demo;
		this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(ChartSource::name, Function.identity()));
	}

	public int run(List<String> words, PrintStream out, PrintStream err) {
		try {
			Request r = Request.parse(words.subList(1, words.size()));
			ChartSource source = sources.get(r.chart());
			if (source == null) {
				throw new IllegalArgumentException("Không có biểu đồ “" + r.chart() + "”; có: "
						+ String.join(", ", sources.keySet().stream().sorted().toList()));
			}
			ChartDocument document = source.document(r.filters(), r.options().locale(), r.theme());
			// A chart of the demo warehouse says so (over the chart, or first in the table).
			ChartExports.Options o = r.options().withNotice(demo.notice(r.options().locale()));
			byte[] bytes = ChartExports.write(document, o);
			write(r.out(), bytes);
			audit.record(AuditAction.CLI, AuditAction.EXPORT, "blocstats " + String.join(" ", words) + ": " + document.caption(), null);
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
			out.println("Đã ghi biểu đồ “" + ChartExports.caption(drawn, o) + "” (" + o.format().name() + ", " + what + ") vào "
					+ r.out());
			o.notice().ifPresent(n -> out.println("Kho dữ liệu mẫu (demo): tệp ghi “" + n + "”."));
			return 0;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
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

	/** Writes {@code bytes} to {@code file}, creating its folder. */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, bytes);
	}

	/** The command line of {@code export chart}. */
	record Request(String chart, Map<String, List<String>> filters, ChartExports.Options options, ChartTheme theme, Path out) {

		static Request parse(List<String> args) {
			if (args.isEmpty() || !args.getFirst().equals("chart")) {
				throw new IllegalArgumentException("Xuất được: export chart … hoặc export pack …");
			}
			int i = 1;
			String chart = "trend";
			if (args.size() > 1 && !args.get(1).startsWith("--")) {
				chart = args.get(1);
				i = 2;
			}
			Map<String, String> own = new LinkedHashMap<>();
			Map<String, List<String>> filters = new LinkedHashMap<>();
			for (; i < args.size(); i++) {
				String name = args.get(i);
				if (!name.startsWith("--") || name.length() < 3) {
					throw new IllegalArgumentException("Tùy chọn không hợp lệ: " + name);
				}
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException("Tùy chọn " + name + " thiếu giá trị");
				}
				String value = args.get(++i);
				if (OWN.contains(name)) {
					own.put(name, value);
				}
				else {
					filters.computeIfAbsent(name.substring(2), k -> new ArrayList<>()).add(value);
				}
			}
			String out = own.get("--out");
			if (out == null) {
				throw new IllegalArgumentException("Cần --out TỆP (tệp sẽ ghi)");
			}
			String ext = out.contains(".") ? out.substring(out.lastIndexOf('.') + 1) : "";
			ExportFormat format = own.containsKey("--format") ? ExportFormat.of(own.get("--format"))
					: List.of("png", "svg", "pdf", "xlsx", "csv").contains(ext.toLowerCase(Locale.ROOT)) ? ExportFormat.of(ext)
							: ExportFormat.PNG;
			String dpi = own.getOrDefault("--dpi", "300");
			if (!dpi.matches("\\d{2,4}") || Integer.parseInt(dpi) < 72 || Integer.parseInt(dpi) > 1200) {
				throw new IllegalArgumentException("--dpi từ 72 đến 1200, không phải " + dpi);
			}
			ChartTheme theme = switch (own.getOrDefault("--theme", "document")) {
				case "document" -> ChartTheme.DOCUMENT;
				case "screen" -> ChartTheme.SCREEN;
				default -> throw new IllegalArgumentException("--theme document hoặc screen, không phải " + own.get("--theme"));
			};
			Locale locale = switch (own.getOrDefault("--lang", "vi")) {
				case "vi" -> Locale.of("vi", "VN");
				case "en" -> Locale.ENGLISH;
				default -> throw new IllegalArgumentException("--lang vi hoặc en, không phải " + own.get("--lang"));
			};
			ChartExports.Options options = new ChartExports.Options(format, ChartSize.named(own.getOrDefault("--size", "text")),
					Integer.parseInt(dpi), ChartExports.number(own.getOrDefault("--number", "1")),
					Optional.ofNullable(own.get("--caption")), Optional.ofNullable(own.get("--source")),
					ChartExports.separator(own.getOrDefault("--sep", ",")), locale);
			return new Request(chart, filters, options, theme, Path.of(out));
		}
	}
}
