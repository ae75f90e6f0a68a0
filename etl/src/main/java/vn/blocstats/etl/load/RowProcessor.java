package vn.blocstats.etl.load;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.blocstats.etl.table.ParsedRow;
import vn.blocstats.etl.table.RowParser;

/** The stage step's processor: parses each row with the metric catalog as it stood when the step began. */
class RowProcessor implements ItemProcessor<TableRow, ParsedRow> {

	private final RowParser parser;

	RowProcessor(RowParser parser) {
		this.parser = parser;
	}

	@Override
	public ParsedRow process(TableRow item) {
		return parser.parse(item.layout(), item.row());
	}
}
