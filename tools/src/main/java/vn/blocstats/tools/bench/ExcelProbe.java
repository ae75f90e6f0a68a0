package vn.blocstats.tools.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.Sources;

/**
 * What {@code bench excel} runs in a child JVM (so that the heap measured is the reader's alone):
 * {@code blocstats bench-probe stream|poi FILE} reads every cell of the workbook with the product's
 * streaming reader or with POI's in-memory {@code XSSFWorkbook}, and prints one line
 * {@code PROBE status=ok cells=N seconds=S peak_heap=BYTES max_heap=BYTES} (status {@code oom}
 * when the heap was too small); {@code bench-probe import ARGS…} runs the application's command
 * line ARGS (an import), then prints the same line.
 */
public final class ExcelProbe {

	/** The command's name. */
	public static final String COMMAND = "bench-probe";

	private ExcelProbe() {
	}

	/**
	 * Runs {@code stream FILE}, {@code poi FILE} or {@code import <command line>}; returns the exit code.
	 *
	 * @param application runs a command line of the application (for {@code import})
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err, ToIntFunction<String[]> application) {
		if (args.size() > 1 && args.get(0).equals("import")) {
			long t = System.nanoTime();
			int code = application.applyAsInt(args.subList(1, args.size()).toArray(String[]::new));
			out.println("PROBE status=" + (code == 0 ? "ok" : "exit" + code) + " seconds=" + seconds(t) + heap());
			return code;
		}
		if (args.size() != 2 || !List.of("stream", "poi").contains(args.get(0))) {
			err.println("Cách dùng: blocstats " + COMMAND + " stream|poi FILE | import ARGS...");
			return 64;
		}
		Path file = Path.of(args.get(1));
		long t = System.nanoTime();
		long cells;
		try {
			cells = args.get(0).equals("stream") ? stream(file) : inMemory(file);
		}
		catch (OutOfMemoryError e) {
			out.println("PROBE status=oom seconds=" + seconds(t) + heap());
			return 0;
		}
		catch (Exception e) {
			out.println("PROBE status=error seconds=" + seconds(t) + heap() + " message=" + e);
			return 1;
		}
		out.println("PROBE status=ok cells=" + cells + " seconds=" + seconds(t) + heap());
		return 0;
	}

	private static long stream(Path file) throws Exception {
		long cells = 0;
		try (RowSource source = Sources.open(file, file.getFileName().toString())) {
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				for (vn.blocstats.etl.source.Cell c : row.cells()) {
					if (!c.isEmpty()) {
						cells++;
					}
				}
			}
		}
		return cells;
	}

	private static long inMemory(Path file) throws Exception {
		long cells = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell c : row) {
						if (c.getCellType() != CellType.BLANK) {
							cells++;
						}
					}
				}
			}
		}
		return cells;
	}

	private static String seconds(long t) {
		return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t) / 1e9);
	}

	/** " peak_heap=… max_heap=…": the peaks of the heap pools summed (an upper bound of the peak heap in use). */
	public static String heap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return " peak_heap=" + peak + " max_heap=" + Runtime.getRuntime().maxMemory();
	}
}
