/**
 * The blocstats warehouse: one DuckDB file holding the reference data (units, terms, targets,
 * the metric catalog), the figures with their lineage, the load history, and the analysts' views
 * ({@code v_figure_year}, {@code v_figure_term}, {@code v_target_attainment}).
 */
package vn.blocstats.warehouse;
