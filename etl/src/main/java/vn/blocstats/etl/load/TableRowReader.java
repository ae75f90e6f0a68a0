package vn.blocstats.etl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.blocstats.etl.report.Problem;
import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.SourceRow;
import vn.blocstats.etl.source.Sources;
import vn.blocstats.etl.source.UnreadableFileException;
import vn.blocstats.etl.table.TableLayout;
import vn.blocstats.etl.table.wide.WideHeader;
import vn.blocstats.etl.table.wide.WideRows;
import vn.blocstats.etl.table.wide.WideTable;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * Reads the data rows of one file: recognises each sheet's table from its header row and hands
 * on its rows with their layout. A sheet whose first row is not a documented table's header is
 * searched for an office's report (docs/import-formats.md, the wide form): its first {@value WideHeader#SCAN_ROWS} rows are
 * read ahead for a header block under title rows, and the rows under it are told apart (data,
 * total, notes) by {@link WideRows}. Sheet-level problems (an unrecognised sheet, unknown columns, a
 * header without rows) and the title lines of wide sheets are written to the staging tables when
 * the reader closes. Reading starts again from the top when a step is restarted (a file loads
 * whole or not at all).
 */
class TableRowReader implements ItemStreamReader<TableRow>, StepExecutionListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TableRowReader.class);

	/** Thrown when no sheet of the file holds a recognised table. */
	static final class NoTableException extends ItemStreamException {
		NoTableException(String message) {
			super(message);
		}
	}

	private final java.util.function.Supplier<Warehouse> warehouse;
	private Path file;
	private String displayName;
	private final List<Problem> problems = new ArrayList<>();
	private RowSource source;
	private TableLayout layout;
	private String sheet;
	private boolean sheetStarted;
	private boolean skipSheet;
	private int sheetRows;
	private int tables;
	private MetricCatalog catalog;
	/** Rows read ahead while looking for a wide table's header, to be handed on first. */
	private final Deque<SourceRow> pending = new ArrayDeque<>();
	private boolean exhausted;
	private WideTable wide;
	private WideRows wideRows;
	private final List<String[]> scopes = new ArrayList<>();

	/**
	 * A reader for one run's stage step ({@link ImportFileJob} builds one per file), reading the file its
	 * job parameters name: its state is that run's alone, and no step-scoped proxy sits on each row read.
	 */
	TableRowReader(java.util.function.Supplier<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		file = Path.of(stepExecution.getJobParameters().getString(ImportJobConfiguration.FILE));
		displayName = stepExecution.getJobParameters().getString(ImportJobConfiguration.NAME);
		layout = null;
		sheet = null;
		sheetStarted = false;
		skipSheet = false;
		sheetRows = 0;
		tables = 0;
		problems.clear();
		pending.clear();
		exhausted = false;
		wide = null;
		wideRows = null;
		scopes.clear();
		try (DuckDBConnection conn = warehouse.get().connection()) {
			catalog = MetricCatalog.load(conn);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the metric catalog", e);
		}
	}

	@Override
	public void open(ExecutionContext executionContext) {
		try {
			source = Sources.open(file, displayName);
		}
		catch (UnreadableFileException e) {
			throw new ItemStreamException(e.getMessage(), e);
		}
	}

	@Override
	public TableRow read() throws IOException {
		while (true) {
			SourceRow row = nextRow();
			if (row == null) {
				endSheet();
				if (tables == 0) {
					throw new NoTableException(vn.blocstats.etl.report.Messages.text("file.no_table"));
				}
				return null;
			}
			if (!sheetStarted || !Objects.equals(row.sheet(), sheet)) {
				endSheet();
				startSheet(row);
				continue;
			}
			if (skipSheet) {
				continue;
			}
			if (wide != null) {
				WideRows.Role role = wideRows.classify(row);
				if (role == WideRows.Role.END) {
					skipSheet = true;
				}
				if (role != WideRows.Role.DATA && role != WideRows.Role.TOTAL) {
					continue;
				}
				sheetRows += role == WideRows.Role.DATA ? 1 : 0;
				return new TableRow(null, row, wide, role == WideRows.Role.TOTAL);
			}
			sheetRows++;
			return new TableRow(layout, row);
		}
	}

	private SourceRow nextRow() throws IOException {
		if (!pending.isEmpty()) {
			return pending.poll();
		}
		if (exhausted) {
			return null;
		}
		SourceRow row = source.next();
		exhausted = row == null;
		return row;
	}

	private void startSheet(SourceRow header) throws IOException {
		sheetStarted = true;
		sheet = header.sheet();
		sheetRows = 0;
		wide = null;
		wideRows = null;
		if (WideHeader.isReferencePage(header)) {
			// A reference page of blocstats' own template (instructions, the previous half-year): nothing to load, nothing to say.
			skipSheet = true;
			return;
		}
		Optional<TableLayout> recognised = TableLayout.recognise(header);
		skipSheet = recognised.isEmpty();
		layout = recognised.orElse(null);
		if (skipSheet && startWide(header)) {
			return;
		}
		if (skipSheet) {
			problems.add(Problem.warning(sheet, header.rowNumber(), null, null, "sheet.unrecognised",
					sheet == null ? displayName : sheet));
			return;
		}
		tables++;
		for (String unknown : layout.unknownHeaders()) {
			problems.add(Problem.warning(sheet, header.rowNumber(), unknown, null, "header.unknown_column", unknown,
					layout.kind().code()));
		}
	}

	/**
	 * Reads ahead the sheet's first rows and looks for a wide table's header among them; the rows
	 * under the header (and the first row of the next sheet) are handed on afterwards.
	 */
	private boolean startWide(SourceRow first) throws IOException {
		List<SourceRow> top = new ArrayList<>();
		top.add(first);
		SourceRow next = null;
		while (top.size() < WideHeader.SCAN_ROWS) {
			next = nextRow();
			if (next == null || !Objects.equals(next.sheet(), first.sheet())) {
				break;
			}
			top.add(next);
			next = null;
		}
		Optional<WideHeader.Found> found = WideHeader.recognise(top, catalog);
		Deque<SourceRow> after = new ArrayDeque<>();
		if (found.isPresent()) {
			after.addAll(top.subList(found.get().bodyStart(), top.size()));
		}
		if (next != null) {
			after.add(next);
		}
		after.addAll(pending);
		pending.clear();
		pending.addAll(after);
		if (found.isEmpty()) {
			return false;
		}
		wide = found.get().table();
		wideRows = new WideRows(wide);
		skipSheet = false;
		tables++;
		for (String unknown : wide.unknownColumns()) {
			problems.add(Problem.warning(sheet, wide.headerRow(), unknown, null, "wide.column_unknown", unknown));
		}
		for (String key : WideHeader.scopeKeys(wide)) {
			scopes.add(new String[] { sheet, key });
		}
		return true;
	}

	private void endSheet() {
		if (sheetStarted && !skipSheet && sheetRows == 0) {
			problems.add(Problem.warning(sheet, 0, null, null, "sheet.header_only", sheet == null ? displayName : sheet));
		}
	}

	@Override
	public void close() {
		try {
			if (source != null) {
				for (String note : source.notes()) {
					problems.add(Problem.warning(null, 0, null, null, "file.note", note));
				}
				if (!source.description().isEmpty()) {
					log.info("{}: {}", displayName, source.description());
				}
				source.close();
			}
			if (source != null && !scopes.isEmpty()) {
				try (DuckDBConnection c = warehouse.get().connection();
						PreparedStatement ps = c.prepareStatement("INSERT INTO stg_sheet_scope (sheet, name_key) VALUES (?, ?)")) {
					for (String[] s : scopes) {
						ps.setString(1, s[0]);
						ps.setString(2, s[1]);
						ps.addBatch();
					}
					ps.executeBatch();
				}
			}
			if (source != null && !problems.isEmpty()) {
				try (DuckDBConnection c = warehouse.get().connection();
						PreparedStatement ps = c.prepareStatement("INSERT INTO stg_issue (severity, sheet, row_no, column_name, "
								+ "value, reason, rule) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
					for (Problem p : problems) {
						ps.setString(1, p.severity().code());
						ps.setString(2, p.sheet());
						ps.setInt(3, p.row());
						ps.setString(4, p.column());
						ps.setString(5, p.value());
						ps.setString(6, p.reason());
						ps.setString(7, p.rule());
						ps.addBatch();
					}
					ps.executeBatch();
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new ItemStreamException("Cannot record the problems of " + displayName, e);
		}
		finally {
			source = null;
			problems.clear();
			scopes.clear();
			pending.clear();
		}
	}
}
