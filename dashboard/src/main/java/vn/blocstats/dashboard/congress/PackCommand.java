package vn.blocstats.dashboard.congress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.export.ExportCommand;
import vn.blocstats.etl.cli.Cli;

/**
 * {@code blocstats export pack --committee CODE --term 2015-2020 [--format docx|pdf] [--lang vi|en]
 * --out FILE}: the congress pack of a committee's term as a Word document or a PDF (the format is
 * the file's extension unless {@code --format} says otherwise).
 */
@Component
public class PackCommand {

	static final String USAGE = "Cách dùng: blocstats export pack --committee 74-KCQDN --term 2015-2020 [--format docx|pdf] "
			+ "[--lang vi|en] --out TỆP.docx";

	private final PackBuilder builder;

	private final AuditLog audit;

	PackCommand(PackBuilder builder, AuditLog audit) {
		this.builder = builder;
		this.audit = audit;
	}

	/** Runs {@code export pack …} ({@code words} from {@code export} on). */
	public int run(List<String> words, PrintStream out, PrintStream err) {
		try {
			Map<String, String> o = options(words.subList(2, words.size()));
			String committee = o.get("--committee");
			String term = o.get("--term");
			String file = o.get("--out");
			if (committee == null || term == null || file == null) {
				throw new IllegalArgumentException("Cần --committee, --term và --out");
			}
			String format = o.getOrDefault("--format", file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "pdf" : "docx");
			if (!format.equals("docx") && !format.equals("pdf")) {
				throw new IllegalArgumentException("--format docx hoặc pdf, không phải “" + format + "”");
			}
			Locale locale = switch (o.getOrDefault("--lang", "vi")) {
				case "vi" -> Locale.of("vi", "VN");
				case "en" -> Locale.ENGLISH;
				default -> throw new IllegalArgumentException("--lang vi hoặc en, không phải " + o.get("--lang"));
			};
			CongressPack pack = builder.build(committee, term, locale);
			byte[] bytes = format.equals("pdf") ? PackPdf.write(pack) : PackDocx.write(pack);
			ExportCommand.write(Path.of(file), bytes);
			audit.record(AuditAction.CLI, AuditAction.EXPORT, "blocstats " + String.join(" ", words), null);
			out.println("Đã ghi bộ số liệu Đại hội của “" + pack.committeeName() + "”, nhiệm kỳ " + TermCharts.dash(pack.term()) + " ("
					+ format.toUpperCase(Locale.ROOT) + ", " + pack.figures().size() + " biểu đồ, " + pack.sentences().size()
					+ " câu về chỉ tiêu) vào " + file);
			pack.notice().ifPresent(n -> out.println("Kho dữ liệu mẫu (demo): mọi trang ghi “" + n + "”."));
			return 0;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return Cli.USAGE;
		}
		catch (SQLException e) {
			err.println("Lỗi kho dữ liệu: " + e.getMessage());
			return 1;
		}
		catch (IOException e) {
			err.println("Không ghi được tệp: " + e.getMessage());
			return 1;
		}
	}

	private static Map<String, String> options(List<String> args) {
		return vn.blocstats.etl.cli.Cli.valued(args, List.of("--committee", "--term", "--format", "--lang", "--out"));
	}
}
