/**
 * Reading CSV files: encoding and separator detection ({@code CsvSniffer}), then streamed parsing
 * with Apache Commons CSV ({@link vn.blocstats.etl.source.csv.CsvRowSource}).
 */
package vn.blocstats.etl.source.csv;
