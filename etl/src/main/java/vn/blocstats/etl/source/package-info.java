/**
 * Reading offices' files: CSV in any of the encodings they use, and Excel workbooks (.xlsx streamed,
 * .xls). {@link vn.blocstats.etl.source.Sources#open} chooses the reader by the file's content and
 * returns a {@link vn.blocstats.etl.source.RowSource}; files that cannot be read at all raise
 * {@link vn.blocstats.etl.source.UnreadableFileException} with a Vietnamese message.
 */
package vn.blocstats.etl.source;
