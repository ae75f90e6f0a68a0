/** Reading offices' files: CSV in any of the encodings they use, and Excel workbooks (.xlsx streamed, .xls). */
package vn.blocstats.etl.source;
