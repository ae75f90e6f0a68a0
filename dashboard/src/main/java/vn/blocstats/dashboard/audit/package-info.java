/**
 * The audit table: who did what and when — logins (successful and failed), logouts, user
 * administration, imports (screen, command-line hand-off, nightly batch) and exports — in the
 * account database (H2), so that it can be written while an import holds the warehouse.
 */
package vn.blocstats.dashboard.audit;
