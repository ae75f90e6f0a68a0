package vn.blocstats.etl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.blocstats.etl.template.TemplateContent;
import vn.blocstats.etl.template.TemplateContents;
import vn.blocstats.etl.template.TemplateWorkbook;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.quality.HalfYear;

/**
 * {@code blocstats template --committee CODE --period 2026-H1 [--metrics all|CODE,…] [--unit CODE] --out FILE.xlsx}:
 * the workbook an office fills for a committee and a half-year ({@link TemplateWorkbook}), or with
 * {@code --unit} the one of a single unit. Exit 0, 64 for a wrong command line (an unknown committee
 * or metric included), 1 when the file cannot be written.
 */
@Command(name = "template", sortOptions = false)
class TemplateCommand implements CliCommand {

	@Option(names = "--committee", required = true, paramLabel = "CODE", descriptionKey = "template.committee")
	String committee;

	@Option(names = "--period", required = true, paramLabel = "2026-H1", descriptionKey = "template.period")
	String periodText;

	@Option(names = "--metrics", paramLabel = "all|CODE,…", descriptionKey = "template.metrics")
	String metrics;

	@Option(names = "--unit", paramLabel = "CODE", descriptionKey = "template.unit")
	String unit;

	@Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "template.out")
	String file;

	/** Opened on first use. */
	@Autowired
	private ObjectProvider<Warehouse> warehouse;

	@Override
	public int run(PrintStream out, PrintStream err) {
		java.util.Optional<HalfYear> parsed = HalfYear.parse(periodText);
		if (parsed.isEmpty()) {
			err.println("--period là một nửa năm, ví dụ 2026-H1 hoặc 2026-H2, không phải " + periodText);
			return CommandLines.USAGE;
		}
		HalfYear period = parsed.get();
		if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			err.println("Mẫu báo cáo là tệp .xlsx: --out phải kết thúc bằng .xlsx, không phải " + file);
			return CommandLines.USAGE;
		}
		TemplateContent t;
		try {
			t = new TemplateContents(warehouse.getObject()).load(committee, period, metrics, unit);
		}
		catch (SQLException e) {
			err.println("Không đọc được kho dữ liệu: " + e.getMessage());
			return 1;
		}
		Path path = Path.of(file);
		try {
			if (path.toAbsolutePath().getParent() != null) {
				Files.createDirectories(path.toAbsolutePath().getParent());
			}
			try (OutputStream o = Files.newOutputStream(path)) {
				TemplateWorkbook.write(t, o);
			}
		}
		catch (IOException e) {
			err.println("Không ghi được " + file + ": " + e.getMessage());
			return 1;
		}
		out.println("Đã ghi mẫu báo cáo " + TemplateContent.periodText(period) + " của " + t.committeeName() + ": "
				+ VietFormat.count(t.units().size()) + " đơn vị, " + VietFormat.count(t.columns().size()) + " cột chỉ tiêu → " + file);
		return 0;
	}
}
