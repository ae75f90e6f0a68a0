package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.load.FileResult;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.etl.load.ImportSummary;
import vn.blocstats.warehouse.base.VietFormat;

/** {@code blocstats import [--dry-run] [--report FILE] PATH...}. */
@Component
class ImportCommand {

	private final ImportService imports;
	private final String db;

	ImportCommand(@Lazy ImportService imports, @Value("${blocstats.db}") String db) {
		this.imports = imports;
		this.db = db;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		if (args.words().isEmpty()) {
			err.println("Cần ít nhất một tệp hoặc thư mục: blocstats import [--dry-run] PATH...");
			return Cli.USAGE;
		}
		boolean dryRun = args.flag("dry-run");
		Path report = Path.of(args.option("report", defaultReport()));
		ImportSummary summary = imports.importPaths(args.words().stream().map(Path::of).toList(), dryRun, report);
		print(summary, out);
		return summary.exitCode();
	}

	private String defaultReport() {
		Path dir = Path.of(db).toAbsolutePath().getParent().resolve("reports");
		return dir.resolve("import-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv")
			.toString();
	}

	static void print(ImportSummary summary, PrintStream out) {
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
		long read = summary.files().stream().mapToLong(FileResult::read).sum();
		long loaded = summary.files().stream().mapToLong(FileResult::loaded).sum();
		long rejected = summary.files().stream().mapToLong(FileResult::rejected).sum();
		long warnings = summary.files().stream().mapToLong(FileResult::warnings).sum();
		out.printf("%s tệp: đọc %s dòng, nạp %s, loại %s, %s cảnh báo%s%n", summary.files().size(), VietFormat.count(read),
				VietFormat.count(loaded), VietFormat.count(rejected), VietFormat.count(warnings),
				summary.dryRun() ? " (chạy thử: kho không thay đổi)" : "");
		out.println("Báo cáo dòng bị loại và cảnh báo: " + summary.report());
	}

	private static String status(FileResult f) {
		return switch (f.status()) {
			case "LOADED" -> "đã nạp";
			case "PARTIAL" -> "nạp một phần";
			case "REJECTED" -> "bị loại hết";
			case "UNREADABLE" -> "không đọc được";
			default -> "lỗi";
		};
	}
}
