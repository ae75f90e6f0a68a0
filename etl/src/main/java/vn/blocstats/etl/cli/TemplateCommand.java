package vn.blocstats.etl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

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
@Component
class TemplateCommand {

	/** Opened on first use: every command's context has this bean, and only this command needs the warehouse. */
	private final ObjectProvider<Warehouse> warehouse;

	TemplateCommand(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	int run(Args args, PrintStream out, PrintStream err) {
		String committee = args.option("committee", null);
		String periodText = args.option("period", null);
		String file = args.option("out", null);
		if (committee == null || periodText == null || file == null || !args.words().isEmpty()) {
			err.println("Cách dùng: blocstats template --committee MÃ --period 2026-H1 [--metrics all|mã,mã…] [--unit MÃ] --out TỆP.xlsx");
			return Cli.USAGE;
		}
		HalfYear period = HalfYear.parse(periodText)
			.orElseThrow(() -> new IllegalArgumentException("--period là một nửa năm, ví dụ 2026-H1 hoặc 2026-H2, không phải " + periodText));
		if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			throw new IllegalArgumentException("Mẫu báo cáo là tệp .xlsx: --out phải kết thúc bằng .xlsx, không phải " + file);
		}
		TemplateContent t;
		try {
			t = new TemplateContents(warehouse.getObject()).load(committee, period, args.option("metrics", null), args.option("unit", null));
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
