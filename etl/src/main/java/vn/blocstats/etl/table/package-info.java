/** The documented tables: recognising one from its header row, and turning its rows into staged records or reasoned rejections. */
package vn.blocstats.etl.table;
