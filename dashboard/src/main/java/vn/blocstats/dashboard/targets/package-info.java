/**
 * Targets of a term: the "Chỉ tiêu" screen (every target with actual, attainment and result, the
 * targets chart, and the sentences a congress report writes about them), the chart served as
 * {@code /charts/targets}, and the sentences themselves.
 */
package vn.blocstats.dashboard.targets;
