/**
 * Offices' own Excel reports (docs/import-formats.md, the wide form, the "wide form": rows are units, columns are metrics):
 * finding the header block under the title rows ({@link vn.blocstats.etl.table.wide.WideHeader}),
 * telling data, total and note rows apart ({@link vn.blocstats.etl.table.wide.WideRows}), and turning
 * a data row into one figure per metric cell, a total row into a check of the rows above it
 * ({@link vn.blocstats.etl.table.wide.WideRowParser}).
 */
package vn.blocstats.etl.table.wide;
