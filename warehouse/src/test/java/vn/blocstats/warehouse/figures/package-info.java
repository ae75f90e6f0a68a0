/**
 * Tests of the analysts' views ({@code R__views.sql}): rows are inserted into the base tables of a
 * real DuckDB file and the views are read back with ordered queries; every expected figure is
 * computed by hand in the test.
 */
package vn.blocstats.warehouse.figures;
