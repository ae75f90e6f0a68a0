package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.etl.inbox.InboxImport;
import vn.blocstats.etl.inbox.InboxImport.InboxFile;
import vn.blocstats.etl.inbox.InboxImport.InboxRun;
import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.WarehouseException;
import vn.blocstats.warehouse.base.VietFormat;

/**
 * {@code blocstats import [--dry-run] [--report FILE] PATH...} and {@code blocstats import --inbox
 * [--dry-run]} (the nightly batch, once, now). Both recover imports interrupted by a killed process
 * first (before the first import), and fail with a clear message while another process (the server)
 * holds the warehouse — unless the application's {@link ImportHandoff} hands the files to that server
 * ({@code --user}, the password in {@code BLOCSTATS_PASSWORD} or {@code --password-stdin}).
 */
@Command(name = "import", sortOptions = false)
class ImportCommand implements CliCommand {

	@Option(names = "--dry-run", descriptionKey = "import.dry-run")
	boolean dryRun;

	@Option(names = "--report", paramLabel = "FILE", descriptionKey = "import.report")
	Path report;

	@Option(names = "--inbox", descriptionKey = "import.inbox")
	boolean inboxRun;

	@Option(names = "--user", paramLabel = "NAME", descriptionKey = "import.user")
	String user;

	@Option(names = "--password-stdin", descriptionKey = "import.password-stdin")
	boolean passwordStdin;

	@Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "import.path")
	List<Path> paths = new ArrayList<>();

	@Lazy
	@Autowired
	private ImportService imports;

	@Lazy
	@Autowired
	private InboxImport inbox;

	@Autowired(required = false)
	private ImportHandoff handoff;

	@Autowired
	private DataDirectory data;

	@Override
	public int run(PrintStream out, PrintStream err) {
		if (inboxRun && (!paths.isEmpty() || report != null)) {
			err.println("--inbox nạp các tệp trong hộp thư đến (báo cáo đặt cạnh từng tệp): không nhận thêm PATH hay --report");
			return CommandLines.USAGE;
		}
		if (!inboxRun && paths.isEmpty()) {
			err.println("Cần ít nhất một tệp hoặc thư mục: blocstats import [--dry-run] PATH... (hoặc --inbox)");
			return CommandLines.USAGE;
		}
		ImportHandoff.Request request = new ImportHandoff.Request(List.copyOf(paths), dryRun, report, inboxRun, user, passwordStdin);
		return handoff == null ? here(out, err) : handoff.run(request, System.in, out, err, () -> here(out, err));
	}

	/** The import in this process (no server holds the warehouse). */
	private int here(PrintStream out, PrintStream err) {
		if (inboxRun) {
			try {
				InboxRun run = inbox.run(dryRun);
				print(run, out);
				return refreshFailed(err) ? 1 : run.stoppedBy() != null ? 1 : run.summary().exitCode();
			}
			catch (RuntimeException e) {
				return warehouseBusy(e, err);
			}
		}
		Path to = report != null ? report : Path.of(defaultReport());
		try {
			ImportSummary summary = imports.as("cli:" + System.getProperty("user.name"), () -> imports.importPaths(paths, dryRun, to));
			print(summary, out);
			return refreshFailed(err) ? 1 : summary.exitCode();
		}
		catch (RuntimeException e) {
			return warehouseBusy(e, err);
		}
	}

	/**
	 * Whether the refresh of the figure tables after the run failed: the files are loaded but the
	 * screens still show the figures before them. Said on {@code err}; the exit code is then 1.
	 */
	private boolean refreshFailed(PrintStream err) {
		return imports.refreshFailure().map(f -> {
			err.println(f.message());
			return true;
		}).orElse(false);
	}

	/** A warehouse that cannot be opened (held by another process) is a message, not a stack trace. */
	private int warehouseBusy(RuntimeException e, PrintStream err) {
		Throwable w = e;
		while (w != null && !(w instanceof WarehouseException)) {
			w = w.getCause();
		}
		if (w == null) {
			throw e;
		}
		err.println("Không mở được kho dữ liệu để ghi: " + w.getMessage());
		err.println("Nếu máy chủ (blocstats serve) hoặc một lệnh nạp khác đang chạy, nó đang giữ kho: "
				+ "hãy đợi nó xong (máy chủ tự nạp hộp thư đến theo lịch). Không tệp nào bị chuyển đi.");
		return 1;
	}

	/** The inbox run: the import table, then where each file went and what was left for later. */
	static void print(InboxRun run, PrintStream out) {
		out.println("Hộp thư đến: " + run.inbox());
		if (run.files().isEmpty()) {
			out.println("Không có tệp nào sẵn sàng để nạp.");
		}
		else {
			table(run.summary(), out);
			for (InboxFile f : run.files()) {
				String where = run.dryRun() ? "để nguyên (chạy thử)"
						: f.location() == null ? "không còn trong hộp thư đến"
								: f.location().startsWith(run.inbox()) ? "để lại trong hộp thư đến, sẽ nạp lại lần sau"
										: "→ " + f.location();
				out.println("  " + f.result().name() + ": " + where);
			}
			totals(run.summary(), out);
		}
		for (InboxImport.Waiting w : run.waiting()) {
			out.println("  " + w.name() + ": " + w.reason());
		}
		if (run.stoppedBy() != null) {
			out.println("Dừng vì lỗi hệ thống (các tệp còn lại để nguyên trong hộp thư đến): " + run.stoppedBy());
		}
		if (!run.files().isEmpty()) {
			out.println(run.dryRun() ? "Báo cáo của từng tệp (<tệp>.bao-cao.csv): " + run.reports()
					: "Báo cáo của từng tệp: <tệp>.bao-cao.csv đặt cạnh tệp");
		}
	}

	private String defaultReport() {
		return data.reports().resolve("import-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv")
			.toString();
	}

	static void print(ImportSummary summary, PrintStream out) {
		table(summary, out);
		totals(summary, out);
		out.println("Báo cáo dòng bị loại và cảnh báo: " + summary.report());
	}

	private static void table(ImportSummary summary, PrintStream out) {
		List<String> header = List.of("Tệp", "Bảng", "Kết quả", "Đọc", "Nạp", "Loại", "Cảnh báo");
		List<List<String>> rows = summary.files().stream().map(f -> List.of(f.name(), f.tables(), status(f),
				VietFormat.count(f.read()), VietFormat.count(f.loaded()), VietFormat.count(f.rejected()),
				VietFormat.count(f.warnings()))).toList();
		TextTable.print(header, rows, Set.of(3, 4, 5, 6), out);
		for (FileResult f : summary.files()) {
			if (f.message() != null) {
				out.println("  " + f.name() + ": " + f.message());
			}
		}
	}

	private static void totals(ImportSummary summary, PrintStream out) {
		long read = summary.files().stream().mapToLong(FileResult::read).sum();
		long loaded = summary.files().stream().mapToLong(FileResult::loaded).sum();
		long rejected = summary.files().stream().mapToLong(FileResult::rejected).sum();
		long warnings = summary.files().stream().mapToLong(FileResult::warnings).sum();
		out.printf("%s tệp: đọc %s dòng, nạp %s, loại %s, %s cảnh báo%s%n", summary.files().size(), VietFormat.count(read),
				VietFormat.count(loaded), VietFormat.count(rejected), VietFormat.count(warnings),
				summary.dryRun() ? " (chạy thử: kho không thay đổi)" : "");
	}

	private static String status(FileResult f) {
		return switch (f.status()) {
			case "LOADED" -> "đã nạp";
			case "PARTIAL" -> "nạp một phần";
			case "REJECTED" -> "bị loại hết";
			case "UNREADABLE" -> "không đọc được";
			case "DUPLICATE" -> "trùng, bỏ qua";
			default -> "lỗi";
		};
	}
}
