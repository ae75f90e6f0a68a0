/** Versioned SQL migrations of the warehouse file, applied when a database is opened. */
package vn.blocstats.warehouse.migration;
