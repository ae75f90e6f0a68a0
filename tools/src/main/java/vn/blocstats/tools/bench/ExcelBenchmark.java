package vn.blocstats.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.blocstats.warehouse.base.VietFormat;

/**
 * {@code blocstats bench excel}: generates a wide-form workbook of about 100 MB (SXSSF), then in
 * one run measures, each in its own child JVM so that the peak heap is the reader's alone:
 * (a) the product's streaming reader ({@code Sources.open}, every row), (b) POI's in-memory
 * {@code XSSFWorkbook} on the same file (a large heap, reported as "out of memory" if it is not
 * enough), (c) the product's import of the file (units first) with {@code -Xmx512m}. Prints cells/s
 * and the peak heap (the heap pools' peaks summed, from the child's {@code MemoryPoolMXBean}s).
 */
@Component
public class ExcelBenchmark {

	private static final Pattern PROBE = Pattern.compile("PROBE status=(\\w+)(?: cells=(\\d+))? seconds=([\\d.]+) "
			+ "peak_heap=(\\d+) max_heap=(\\d+)(?: message=(.*))?");

	/** What one child measured. */
	record Probe(String status, long cells, double seconds, long peakHeap, long maxHeap, String output) {

		static Probe parse(ChildJvm.Result r) {
			Matcher m = PROBE.matcher(r.output());
			Probe found = null;
			while (m.find()) {
				found = new Probe(m.group(1), m.group(2) == null ? 0 : Long.parseLong(m.group(2)), Double.parseDouble(m.group(3)),
						Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), r.output());
			}
			if (found == null) {
				// The JVM died without printing (e.g. an OutOfMemoryError outside the probe's reach).
				boolean oom = r.output().contains("OutOfMemoryError");
				return new Probe(oom ? "oom" : "error", 0, 0, 0, 0, r.output());
			}
			return found;
		}
	}

	/**
	 * Runs the benchmark.
	 *
	 * @param rows data rows of the workbook (about 100 MB at 760,000)
	 * @param dir where to write the workbook and the import's scratch warehouse
	 * @param poiHeap the heap of POI's in-memory child, e.g. {@code 4g}
	 */
	public void run(long rows, Path dir, String poiHeap, PrintStream out) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		long t0 = System.nanoTime();
		ExcelBenchData.WideFiles files = ExcelBenchData.write(dir, rows, 20_261_123L);
		Path workbook = files.workbook();
		long cells = files.cells();
		out.printf("Benchmark Excel: %s, %s dòng × %d cột = %s ô, %s MB (sinh bằng SXSSF trong %s s)%n", workbook.getFileName(),
				VietFormat.count(rows), 2 + ExcelBenchData.METRICS.size(), VietFormat.count(cells),
				VietFormat.decimal(Files.size(workbook) / 1e6, 1), VietFormat.decimal((System.nanoTime() - t0) / 1e9, 1));

		Probe stream = Probe.parse(ChildJvm.run("512m", List.of(ExcelProbe.COMMAND, "stream", workbook.toString())));
		print(out, "(a) blocstats, đọc luồng (Sources.open), -Xmx512m", stream);
		Probe poi = Probe.parse(ChildJvm.run(poiHeap, List.of(ExcelProbe.COMMAND, "poi", workbook.toString())));
		print(out, "(b) POI XSSFWorkbook trong bộ nhớ, -Xmx" + poiHeap, poi);

		Path db = Files.createTempDirectory(dir, "import-").resolve("bench.duckdb");
		List<String> args = new ArrayList<>(List.of(ExcelProbe.COMMAND, "import", "import", "--db", db.toString(),
				"--report", dir.resolve("bench-excel-report.csv").toString(), files.units().toString(), workbook.toString()));
		ChildJvm.Result imported = ChildJvm.run("512m", args);
		Probe imp = Probe.parse(imported);
		Optional<String> line = imported.output().lines().filter(l -> l.contains(workbook.getFileName().toString())).findFirst();
		boolean recognised = line.isPresent() && line.get().contains("đã nạp");
		if (recognised) {
			long facts = (rows) * ExcelBenchData.METRICS.size();
			out.printf("  %-52s %s s, %s ô/s, %s dữ liệu/s; heap đỉnh %s MB%n", "(c) blocstats import (đơn vị + tệp), -Xmx512m",
					VietFormat.decimal(imp.seconds(), 2), VietFormat.count(cells / imp.seconds()),
					VietFormat.count(facts / imp.seconds()), VietFormat.count(imp.peakHeap() / 1e6));
		}
		else {
			out.printf("  %-52s chưa nạp được dạng bảng rộng (một dòng mỗi đơn vị và kỳ, một cột mỗi chỉ tiêu) trong bản "
					+ "này; heap đỉnh %s MB, %s s.%n", "(c) blocstats import, -Xmx512m", VietFormat.count(imp.peakHeap() / 1e6),
					VietFormat.decimal(imp.seconds(), 2));
			imported.output().lines().filter(l -> l.contains(workbook.getFileName().toString()) || l.startsWith("  "))
				.limit(4).forEach(l -> out.println("      " + l.strip()));
		}
		if (stream.status().equals("ok") && poi.status().equals("ok")) {
			out.printf("Tỷ lệ tốc độ đọc luồng / POI: %s; heap: %s MB so với %s MB%n",
					VietFormat.decimal(poi.seconds() / stream.seconds(), 2), VietFormat.count(stream.peakHeap() / 1e6),
					VietFormat.count(poi.peakHeap() / 1e6));
		}
	}

	private static void print(PrintStream out, String label, Probe p) {
		switch (p.status()) {
			case "ok" -> out.printf("  %-52s %s s, %s ô/s; heap đỉnh %s MB%n", label, VietFormat.decimal(p.seconds(), 2),
					VietFormat.count(p.cells() / p.seconds()), VietFormat.count(p.peakHeap() / 1e6));
			case "oom" -> out.printf("  %-52s hết bộ nhớ (out of memory) sau %s s; heap đỉnh %s MB / tối đa %s MB%n", label,
					VietFormat.decimal(p.seconds(), 2), VietFormat.count(p.peakHeap() / 1e6), VietFormat.count(p.maxHeap() / 1e6));
			default -> out.printf("  %-52s lỗi: %s%n", label, p.output().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b)
				.orElse("(không có gì)"));
		}
	}
}
