/**
 * The "So sánh" (compare) screen with its drill-down: several bloc committees, or the units of one
 * node (a province's committees, a committee's grassroots organisations, a đảng bộ cơ sở's chi bộ),
 * side by side for a metric over a term or a year — the compare chart and the same figures in a
 * sortable grid; a click on a bar or a row goes one level down, breadcrumbs lead back up, and a
 * grassroots unit shows its own year series. Every filter, the node included, lives in the URL.
 */
package vn.blocstats.dashboard.compare;
