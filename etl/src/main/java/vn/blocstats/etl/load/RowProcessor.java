package vn.blocstats.etl.load;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.etl.table.RowParser;
import vn.blocstats.etl.table.wide.WideRowParser;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The stage step's processor: parses each row with the metric catalog as it stands when the step
 * begins (so an alias added by an administrator counts from the next import on). One per run
 * ({@link ImportFileJob}): its parsers are that run's.
 */
class RowProcessor implements ItemProcessor<TableRow, ParsedRow>, StepExecutionListener {

	private final Supplier<Warehouse> warehouse;
	private RowParser parser;
	private WideRowParser wideParser;

	RowProcessor(Supplier<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		try (DuckDBConnection conn = warehouse.get().connection()) {
			parser = new RowParser(MetricCatalog.load(conn));
			wideParser = new WideRowParser();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read the metric catalog", e);
		}
	}

	@Override
	public ParsedRow process(TableRow item) {
		if (item.wide() != null) {
			return wideParser.parse(item.wide(), item.row(), item.total());
		}
		return parser.parse(item.layout(), item.row());
	}
}
