package vn.blocstats.dashboard.congress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.export.ExportCommand;
import vn.blocstats.etl.cli.CliCommand;
import vn.blocstats.etl.cli.CommandLines;

/**
 * {@code blocstats export pack --committee CODE --term 2015-2020 [--format docx|pdf] [--lang vi|en]
 * --out FILE}: the congress pack of a committee's term as a Word document or a PDF (the format is
 * the file's extension unless {@code --format} says otherwise).
 */
@Command(name = "pack", sortOptions = false)
public class PackCommand implements CliCommand {

	@Option(names = "--committee", required = true, paramLabel = "CODE", descriptionKey = "export.committee")
	String committee;

	@Option(names = "--term", required = true, paramLabel = "2015-2020", descriptionKey = "export.term")
	String term;

	@Option(names = "--format", paramLabel = "docx|pdf", descriptionKey = "export.pack.format")
	String format;

	@Option(names = "--out", required = true, paramLabel = "FILE.docx", descriptionKey = "export.out")
	String file;

	@Spec
	CommandSpec spec;

	@Autowired
	private PackBuilder builder;

	@Autowired
	private AuditLog audit;

	@Override
	public int run(PrintStream out, PrintStream err) {
		String f = format != null ? format : file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "pdf" : "docx";
		if (!f.equals("docx") && !f.equals("pdf")) {
			err.println("--format docx hoặc pdf, không phải “" + f + "”");
			return CommandLines.USAGE;
		}
		Locale locale = vn.blocstats.dashboard.BlocstatsCommand.of(spec).lang().locale();
		try {
			CongressPack pack = builder.build(committee, term, locale);
			byte[] bytes = f.equals("pdf") ? PackPdf.write(pack) : PackDocx.write(pack);
			ExportCommand.write(Path.of(file), bytes);
			audit.record(AuditAction.CLI, AuditAction.EXPORT, ExportCommand.line(spec), null);
			out.println("Đã ghi bộ số liệu Đại hội của “" + pack.committeeName() + "”, nhiệm kỳ " + TermCharts.dash(pack.term()) + " ("
					+ f.toUpperCase(Locale.ROOT) + ", " + pack.figures().size() + " biểu đồ, " + pack.sentences().size()
					+ " câu về chỉ tiêu) vào " + file);
			pack.notice().ifPresent(n -> out.println("Kho dữ liệu mẫu (demo): mọi trang ghi “" + n + "”."));
			return CommandLines.OK;
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return CommandLines.FAILED;
		}
		catch (IOException e) {
			err.println("Không ghi được tệp: " + e.getMessage());
			return CommandLines.FAILED;
		}
	}
}
