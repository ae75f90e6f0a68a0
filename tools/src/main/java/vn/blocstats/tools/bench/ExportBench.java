package vn.blocstats.tools.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.dashboard.chart.ChartTheme;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ChartSize;
import vn.blocstats.dashboard.congress.PackBuilder;
import vn.blocstats.dashboard.congress.PackDocx;
import vn.blocstats.dashboard.congress.PackPdf;
import vn.blocstats.dashboard.export.ExportFormat;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * {@code blocstats bench export [--data sample-data] [--repeat 20] [--pack-repeat 5]}: how long an
 * export takes, in the scratch warehouse of {@code bench} with the sample data imported. Each
 * measurement is what a download does — the chart's query and drawing ({@link ChartSource}), then
 * the format's writer — repeated after a warm-up; the median and the 95th percentile are printed.
 * Two baselines in the same run put the figures in proportion: a PNG render alone (the chart
 * already built) and POI writing an empty Word document. Goals: a chart ≤ 200 ms in any format, a
 * pack ≤ 5 s.
 */
@Component
public class ExportBench {

	private final Cli cli;
	private final Map<String, ChartSource> sources = new LinkedHashMap<>();
	private final PackBuilder packs;

	ExportBench(Cli cli, List<ChartSource> sources, PackBuilder packs) {
		this.cli = cli;
		sources.forEach(s -> this.sources.put(s.name(), s));
		this.packs = packs;
	}

	/** Runs {@code bench export}: imports {@code data}, then measures each export {@code repeat} times, a pack {@code packRepeat} times. */
	public int run(Path data, int repeat, int packRepeat, PrintStream out, PrintStream err) {
		if (!Files.isDirectory(data)) {
			err.println("Không thấy thư mục dữ liệu mẫu " + data + " (chạy từ thư mục của dự án hoặc dùng --data)");
			return vn.blocstats.etl.cli.CommandLines.USAGE;
		}
		out.println("Benchmark xuất biểu đồ: nạp " + data + " vào kho tạm…");
		long t0 = System.nanoTime();
		int code = cli.run(List.of("import", data.toString()), new PrintStream(OutputStream.nullOutputStream()), err);
		if (code != 0 && code != 3) {
			err.println("Không nạp được dữ liệu mẫu (mã " + code + ")");
			return 1;
		}
		out.printf("  nạp xong trong %s s%n", VietFormat.decimal((System.nanoTime() - t0) / 1e9, 1));
		Locale vi = Locale.of("vi", "VN");
		Map<String, List<String>> filters = Map.of("committee", List.of("74-KCQDN"), "metric", List.of("admissions"));
		try {
			ChartSource trend = sources.get("trend");
			out.printf("Một biểu đồ (trend, 74-KCQDN, admissions), %d lần sau 10 lần khởi động; ms:%n", repeat);
			out.printf("  %-44s %10s %10s%n", "", "trung vị", "p95");
			ChartDocument built = trend.document(filters, vi, ChartTheme.DOCUMENT);
			ChartSize size = ChartSize.TEXT;
			print(out, "chuẩn: chỉ vẽ PNG 300 dpi (biểu đồ đã dựng)", measure(repeat, 10,
					() -> ChartRenderer.png(built.chart(), size.widthPx(300), size.heightPx(300), 300)));
			print(out, "chuẩn: truy vấn + dựng biểu đồ", measure(repeat, 10, () -> trend.document(filters, vi, ChartTheme.DOCUMENT)));
			for (ExportFormat f : ExportFormat.values()) {
				ChartExports.Options options = ChartExports.Options.of(f, vi);
				print(out, f.name() + " (truy vấn + dựng + ghi)", measure(repeat, 10,
						() -> ChartExports.write(trend.document(filters, vi, ChartTheme.DOCUMENT), options)));
			}
			out.printf("Bộ số liệu Đại hội (74-KCQDN, 2015-2020, %d biểu đồ), %d lần sau 1 lần khởi động; ms:%n",
					packs.build("74-KCQDN", "2015-2020", vi).figures().size(), packRepeat);
			print(out, "chuẩn: POI ghi một DOCX rỗng", measure(packRepeat, 1, () -> {
				try (XWPFDocument doc = new XWPFDocument()) {
					doc.createParagraph();
					ByteArrayOutputStream b = new ByteArrayOutputStream();
					doc.write(b);
					return b.toByteArray();
				}
			}));
			print(out, "DOCX (truy vấn + dựng + PNG 300 dpi + ghi)", measure(packRepeat, 1,
					() -> PackDocx.write(packs.build("74-KCQDN", "2015-2020", vi))));
			print(out, "PDF (truy vấn + dựng + vẽ vector + ghi)", measure(packRepeat, 1,
					() -> PackPdf.write(packs.build("74-KCQDN", "2015-2020", vi))));
			out.println("Mục tiêu: một biểu đồ ≤ 200 ms mỗi định dạng, một bộ số liệu ≤ 5 s.");
			return 0;
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return 1;
		}
	}

	/** One export run. */
	@FunctionalInterface
	interface Work {
		Object run() throws SQLException, IOException;
	}

	/** Milliseconds of each of {@code n} runs after {@code warmUp} unmeasured ones, sorted. */
	static double[] measure(int n, int warmUp, Work work) throws SQLException {
		try {
			for (int i = 0; i < warmUp; i++) {
				work.run();
			}
			double[] ms = new double[n];
			for (int i = 0; i < n; i++) {
				long t = System.nanoTime();
				Object result = work.run();
				ms[i] = (System.nanoTime() - t) / 1e6;
				if (result == null) {
					throw new IllegalStateException("An export produced nothing");
				}
			}
			Arrays.sort(ms);
			return ms;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The value below which {@code p} of the sorted {@code ms} lie (nearest rank). */
	static double percentile(double[] ms, double p) {
		int rank = (int) Math.ceil(p * ms.length);
		return ms[Math.max(0, Math.min(ms.length - 1, rank - 1))];
	}

	private static void print(PrintStream out, String what, double[] ms) {
		out.printf("  %-44s %10s %10s%n", what, VietFormat.decimal(percentile(ms, 0.5), 1), VietFormat.decimal(percentile(ms, 0.95), 1));
	}
}
