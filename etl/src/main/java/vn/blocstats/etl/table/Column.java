package vn.blocstats.etl.table;

/** The columns of the documented tables (docs/import-formats.md, the long-form tables). */
public enum Column {
	CODE, NAME, TYPE, PARENT_CODE, VALID_FROM, VALID_TO, SUCCESSOR_CODE, SUCCESSOR_WEIGHT,
	COMMITTEE_CODE, CONGRESS_NUMBER, TERM, START_DATE, END_DATE,
	METRIC, TARGET_KIND, VALUE, SOURCE,
	ORG_CODE, ORG_NAME, PERIOD, BASIS, NOTE
}
