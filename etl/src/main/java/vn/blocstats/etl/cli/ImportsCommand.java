package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.blocstats.etl.load.ImportHistory;
import vn.blocstats.etl.load.ImportHistory.Entry;
import vn.blocstats.warehouse.base.VietFormat;

/** {@code blocstats imports [--limit N]}: the import history, newest first, from the job repository. */
@Command(name = "imports")
class ImportsCommand implements CliCommand {

	@Option(names = "--limit", paramLabel = "N", defaultValue = "50", descriptionKey = "imports.limit")
	int limit;

	@Autowired
	private ImportHistory history;

	@Override
	public int run(PrintStream out, PrintStream err) {
		if (limit < 1) {
			err.println("--limit phải lớn hơn 0, không phải " + limit);
			return CommandLines.USAGE;
		}
		List<Entry> entries = history.latest(limit);
		if (entries.isEmpty()) {
			out.println("Chưa nạp tệp nào.");
			return 0;
		}
		List<String> header = List.of("Bắt đầu", "Tệp", "Người nạp", "Kết quả", "Đọc", "Nạp", "Loại", "Cảnh báo", "Thời gian (s)",
				"Chạy thử");
		List<List<String>> rows = entries.stream().map(e -> List.of(
				e.started() == null ? "" : VietFormat.date(e.started().toLocalDate()) + " " + e.started().toLocalTime().withNano(0),
				e.file(), e.importer() == null ? "" : e.importer(), e.status(), VietFormat.count(e.read()), VietFormat.count(e.loaded()), VietFormat.count(e.rejected()),
				VietFormat.count(e.warnings()), e.seconds() < 0 ? "" : VietFormat.decimal(e.seconds(), 1), e.dryRun() ? "có" : ""))
			.toList();
		TextTable.print(header, rows, java.util.Set.of(4, 5, 6, 7, 8), out);
		for (Entry e : entries) {
			if (e.message() != null) {
				out.println("  " + e.file() + ": " + e.message());
			}
		}
		return 0;
	}
}
