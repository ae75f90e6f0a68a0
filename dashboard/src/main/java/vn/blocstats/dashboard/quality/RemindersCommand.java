package vn.blocstats.dashboard.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.export.ExportCommand;
import vn.blocstats.etl.cli.Cli;
import vn.blocstats.etl.template.Reminders;
import vn.blocstats.etl.template.TemplateContents;
import vn.blocstats.etl.template.TemplateWorkbook;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.quality.HalfYear;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * {@code blocstats reminders --committee CODE --period 2026-H1 [--format xlsx|csv|docx] --out FILE
 * [--templates DIR]}: the units of a committee that have not reported for a half-year (the
 * completeness figures' definition) as a list (XLSX, CSV) or a letter (DOCX); with {@code
 * --templates}, each unit's own template too ({@code DIR/mau-bao-cao-CODE-2026-H1.xlsx}). The
 * format is the file's extension unless {@code --format} says otherwise. Exit 0, 64 for a wrong
 * command line, 1 when the warehouse cannot be read or a file cannot be written.
 */
@Component
public class RemindersCommand {

	static final String USAGE = "Cách dùng: blocstats reminders --committee MÃ --period 2026-H1 [--format xlsx|csv|docx] --out TỆP"
			+ " [--templates THƯ_MỤC]";

	/** Opened on first use: every command's context has this bean, and only this command needs the warehouse. */
	private final ObjectProvider<Warehouse> warehouse;
	private final AuditLog audit;

	RemindersCommand(ObjectProvider<Warehouse> warehouse, AuditLog audit) {
		this.warehouse = warehouse;
		this.audit = audit;
	}

	/** Runs {@code reminders …} ({@code words} from {@code reminders} on). */
	public int run(List<String> words, PrintStream out, PrintStream err) {
		try {
			Map<String, String> o = options(words.subList(1, words.size()));
			String committee = o.get("--committee");
			String periodText = o.get("--period");
			String file = o.get("--out");
			if (committee == null || periodText == null || file == null) {
				throw new IllegalArgumentException("Cần --committee, --period và --out");
			}
			HalfYear period = HalfYear.parse(periodText)
				.orElseThrow(() -> new IllegalArgumentException("--period là một nửa năm, ví dụ 2026-H1, không phải " + periodText));
			String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
			String format = o.getOrDefault("--format", ext);
			if (!List.of("xlsx", "csv", "docx").contains(format)) {
				throw new IllegalArgumentException("--format xlsx, csv hoặc docx, không phải “" + format + "”");
			}
			Reminders r = Reminders.of(warehouse.getObject(), committee, period);
			ExportCommand.write(Path.of(file), bytes(r, format, LocalDate.now()));
			int templates = 0;
			if (o.containsKey("--templates")) {
				Path dir = Path.of(o.get("--templates"));
				Files.createDirectories(dir);
				TemplateContents contents = new TemplateContents(warehouse.getObject());
				for (Unit u : r.missing()) {
					try (OutputStream w = Files.newOutputStream(dir.resolve(Reminders.templateFileName(u.code(), period)))) {
						TemplateWorkbook.write(contents.load(committee, period, null, u.code()), w);
					}
					templates++;
				}
			}
			audit.record(AuditAction.CLI, AuditAction.EXPORT, "blocstats " + String.join(" ", words), null);
			out.println(r.heading() + " → " + file + (templates > 0 ? " (+ " + templates + " mẫu báo cáo trong " + o.get("--templates") + ")" : ""));
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

	/** The reminders in {@code format} (xlsx, csv or docx). */
	public static byte[] bytes(Reminders r, String format, LocalDate today) throws IOException {
		if (format.equals("docx")) {
			return ReminderLetter.write(r, today);
		}
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		if (format.equals("csv")) {
			r.writeCsv(b);
		}
		else {
			r.writeXlsx(b);
		}
		return b.toByteArray();
	}

	private static Map<String, String> options(List<String> args) {
		return vn.blocstats.etl.cli.Cli.valued(args, List.of("--committee", "--period", "--format", "--out", "--templates"));
	}
}
