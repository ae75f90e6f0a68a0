/**
 * The etl module: reads offices' CSV and Excel files, checks every row, and loads them into the
 * warehouse with Spring Batch; also the command line ({@code import}, {@code query}, {@code imports}).
 */
package vn.blocstats.etl;
