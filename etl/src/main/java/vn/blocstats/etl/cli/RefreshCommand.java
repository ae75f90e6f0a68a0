package vn.blocstats.etl.cli;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.blocstats.etl.load.ImportService;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureTables;

/**
 * {@code blocstats refresh [--all]}: brings the screens' figure tables up to date — what the loads
 * since the last refresh touched, or with {@code --all} everything (after a change of the views, or
 * to be sure). In the import turn, like an import. Exit 0, or 1 when the refresh failed (the tables
 * are then as they were, and the screens read the live views until a refresh succeeds).
 */
@Command(name = "refresh")
class RefreshCommand implements CliCommand {

	@Option(names = "--all", descriptionKey = "refresh.all")
	boolean all;

	@Autowired
	private ImportService imports;

	@Override
	public int run(PrintStream out, PrintStream err) {
		FigureTables.Refreshed r;
		try {
			r = imports.refreshFigureTables(all);
		}
		catch (IllegalStateException e) {
			err.println("Không cập nhật được các bảng số liệu: " + e.getMessage());
			return 1;
		}
		String seconds = VietFormat.decimal(r.millis() / 1000.0, 1);
		if (r.full()) {
			out.println("Đã tính lại toàn bộ các bảng số liệu trong " + seconds + " s.");
		}
		else if (r.units() == 0) {
			out.println("Các bảng số liệu đã cập nhật, không có gì để tính lại.");
		}
		else {
			out.println("Đã tính lại số liệu của " + VietFormat.count(r.units()) + " đơn vị (các nhóm có số liệu mới) trong " + seconds + " s.");
		}
		return 0;
	}
}
