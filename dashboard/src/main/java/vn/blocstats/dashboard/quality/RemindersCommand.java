package vn.blocstats.dashboard.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
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
@Command(name = "reminders", sortOptions = false)
public class RemindersCommand implements CliCommand {

	@Option(names = "--committee", required = true, paramLabel = "CODE", descriptionKey = "reminders.committee")
	String committee;

	@Option(names = "--period", required = true, paramLabel = "2026-H1", descriptionKey = "reminders.period")
	String periodText;

	@Option(names = "--format", paramLabel = "xlsx|csv|docx", descriptionKey = "reminders.format")
	String format;

	@Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "reminders.out")
	String file;

	@Option(names = "--templates", paramLabel = "DIR", descriptionKey = "reminders.templates")
	Path templatesDir;

	@Spec
	CommandSpec spec;

	/** Opened on first use. */
	@Autowired
	private ObjectProvider<Warehouse> warehouse;

	@Autowired
	private AuditLog audit;

	@Override
	public int run(PrintStream out, PrintStream err) {
		Optional<HalfYear> parsed = HalfYear.parse(periodText);
		if (parsed.isEmpty()) {
			err.println("--period là một nửa năm, ví dụ 2026-H1, không phải " + periodText);
			return CommandLines.USAGE;
		}
		HalfYear period = parsed.get();
		String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String f = format != null ? format : ext;
		if (!List.of("xlsx", "csv", "docx").contains(f)) {
			err.println("--format xlsx, csv hoặc docx, không phải “" + f + "”");
			return CommandLines.USAGE;
		}
		try {
			Reminders r = Reminders.of(warehouse.getObject(), committee, period);
			ExportCommand.write(Path.of(file), bytes(r, f, LocalDate.now()));
			int templates = 0;
			if (templatesDir != null) {
				Files.createDirectories(templatesDir);
				TemplateContents contents = new TemplateContents(warehouse.getObject());
				for (Unit u : r.missing()) {
					try (OutputStream w = Files.newOutputStream(templatesDir.resolve(Reminders.templateFileName(u.code(), period)))) {
						TemplateWorkbook.write(contents.load(committee, period, null, u.code()), w);
					}
					templates++;
				}
			}
			audit.record(AuditAction.CLI, AuditAction.EXPORT, ExportCommand.line(spec), null);
			out.println(r.heading() + " → " + file + (templates > 0 ? " (+ " + templates + " mẫu báo cáo trong " + templatesDir + ")" : ""));
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
}
