package vn.blocstats.dashboard.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.dashboard.demo.DemoWarehouse;

/**
 * "Tải bảng" beside a grid or a set of cards that has no chart: the table the screen shows, as XLSX
 * and as CSV (comma, or semicolon for a Vietnamese Excel), written by the same writers as a chart's
 * figures ({@link ChartXlsx}, {@link ChartCsv}): the caption first, the source line ("Nguồn: …")
 * last, figures as displayed in the CSV and unrounded in the XLSX, text neutralised against formula
 * injection. The table is read when the file is asked for, so it is the one on screen at that moment;
 * every download is recorded in the audit.
 */
public class TableDownloads extends Composite<MenuBar> {

	/**
	 * A table as downloaded.
	 *
	 * @param caption what the table shows ("Số liệu chủ yếu nhiệm kỳ 2020–2025 — Đảng bộ Khối …")
	 * @param source the organisation or record the figures come from, without its lead "Nguồn:"
	 */
	public record Table(DataTable table, String caption, String source) {
		public Table {
			Objects.requireNonNull(table);
			Objects.requireNonNull(caption);
			Objects.requireNonNull(source);
		}
	}

	private final Supplier<Table> table;
	private final AuditLog audit;
	private final DemoWarehouse demo;
	private final SubMenu menu;
	private final java.util.List<Anchor> links = new java.util.ArrayList<>();

	/**
	 * A menu downloading what {@code table} gives when asked, each download recorded in {@code audit};
	 * a demo warehouse's files say so first ({@code demo}).
	 */
	public TableDownloads(Supplier<Table> table, AuditLog audit, DemoWarehouse demo) {
		this.table = table;
		this.audit = audit;
		this.demo = demo;
		getContent().addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		getContent().addClassName("export-menu");
		getContent().addClassName("table-downloads");
		menu = getContent().addItem(getContent().getTranslation("export.table")).getSubMenu();
		add("export.menu.xlsx", ExportFormat.XLSX, ',');
		add("export.menu.csv", ExportFormat.CSV, ',');
		add("export.menu.csvSemicolon", ExportFormat.CSV, ';');
	}

	/** The table as a download would write it now. */
	public Table table() {
		return table.get();
	}

	/** The links, in menu order: XLSX, CSV with commas, CSV with semicolons. */
	public java.util.List<Anchor> links() {
		return java.util.List.copyOf(links);
	}

	/** Whether there is anything to download: a screen showing no rows greys the menu out. */
	public void setAvailable(boolean available) {
		getContent().setEnabled(available);
	}

	/**
	 * The table written as {@code format}, in {@code locale}'s words: the bytes of the file; {@code notice}
	 * (a demo warehouse's, {@link DemoWarehouse#notice}) its first row.
	 */
	public static byte[] write(Table t, Optional<String> notice, ExportFormat format, char separator, Locale locale) {
		String source = Texts.get(locale, "export.source.lead") + " " + t.source();
		return switch (format) {
			case XLSX -> ChartXlsx.write(t.table(), notice.orElse(null), t.caption(), source, locale);
			case CSV -> ChartCsv.write(t.table(), notice.orElse(null), t.caption(), source, separator);
			default -> throw new IllegalArgumentException("Bảng chỉ tải về dạng XLSX hoặc CSV, không phải " + format.extension());
		};
	}

	private void add(String label, ExportFormat format, char separator) {
		Anchor link = new Anchor();
		link.setText(getContent().getTranslation(label));
		link.addClassName("export-link");
		Locale locale = getLocale();
		link.setHref((DownloadHandler) event -> {
			// Downloads are served without the session's lock: the screen's state is read under it.
			Table[] read = new Table[1];
			event.getSession().accessSynchronously(() -> read[0] = table.get());
			Table t = read[0];
			event.setFileName(ChartExports.slug(t.caption()).toLowerCase(Locale.ROOT) + "." + format.extension());
			event.setContentType(format.mediaType());
			try {
				event.getOutputStream().write(write(t, demo.notice(locale), format, separator, locale));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			audit.record(AuditAction.EXPORT, "bảng " + format.extension() + ": " + t.caption());
		}, AttachmentType.DOWNLOAD);
		links.add(link);
		menu.addItem(link);
	}
}
