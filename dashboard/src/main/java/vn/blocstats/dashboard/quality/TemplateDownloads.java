package vn.blocstats.dashboard.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.vaadin.flow.server.streams.DownloadHandler;

import vn.blocstats.etl.template.Reminders;
import vn.blocstats.etl.template.TemplateContents;
import vn.blocstats.etl.template.TemplateWorkbook;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.figures.FigureQueries;
import vn.blocstats.warehouse.figures.FigureQueries.Committee;
import vn.blocstats.warehouse.quality.HalfYear;

/**
 * The downloads of the office's template ({@link TemplateWorkbook}) and of the reminders
 * ({@link Reminders}, {@link ReminderLetter}) for the data quality and import screens: the same
 * files as {@code blocstats template} and {@code blocstats reminders}, written as the browser reads
 * them. Thread-safe.
 */
@Service
public class TemplateDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ObjectProvider<Warehouse> warehouse;

	TemplateDownloads(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** The committees a template can be made for (as the other screens list them). */
	public List<Committee> committees() throws SQLException {
		return new FigureQueries(warehouse.getObject()).committees();
	}

	/** The half-years offered: the one {@code today} is in, then the eleven before it (six years). */
	public static List<HalfYear> recentHalfYears(LocalDate today) {
		List<HalfYear> out = new ArrayList<>();
		HalfYear h = new HalfYear(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
		for (int i = 0; i < 12; i++) {
			out.add(h);
			h = vn.blocstats.etl.template.TemplateContent.previous(h);
		}
		return out;
	}

	/** The template of {@code committee} for {@code period}, or of its one unit {@code unit} (null: every unit). */
	public DownloadHandler template(String committee, HalfYear period, String unit) {
		return event -> {
			event.setFileName(Reminders.templateFileName(unit == null ? committee : unit, period));
			event.setContentType(XLSX);
			try {
				TemplateWorkbook.write(new TemplateContents(warehouse.getObject()).load(committee, period, null, unit),
						event.getOutputStream());
			}
			catch (SQLException e) {
				throw new IllegalStateException("The template of " + committee + " cannot be read", e);
			}
		};
	}

	/** The reminders of {@code committee} for {@code period} as {@code format}: xlsx, csv or docx. */
	public DownloadHandler reminders(String committee, HalfYear period, String format) {
		return event -> {
			event.setFileName("chua-bao-cao-" + committee + "-" + period + "." + format);
			event.setContentType(switch (format) {
				case "csv" -> "text/csv; charset=UTF-8";
				case "docx" -> DOCX;
				default -> XLSX;
			});
			try {
				event.getOutputStream().write(RemindersCommand.bytes(Reminders.of(warehouse.getObject(), committee, period), format,
						LocalDate.now()));
			}
			catch (SQLException e) {
				throw new IllegalStateException("The reminders of " + committee + " cannot be read", e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
	}
}
