/**
 * Reading Excel workbooks: .xlsx streamed with POI's event API under zip-bomb and XML-entity
 * protections ({@link vn.blocstats.etl.source.excel.XlsxRowSource}), old .xls with HSSF
 * ({@link vn.blocstats.etl.source.excel.XlsRowSource}), both with the same cell semantics.
 */
package vn.blocstats.etl.source.excel;
