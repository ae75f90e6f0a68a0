/**
 * The "Xu hướng" (trends) screen: one metric for one or more committees, by year or half-year,
 * optionally per 100 members, as structured at the time or restated to today's structure across the
 * 2025 reorganisation; drawn by the trend chart definition and embedded as inline SVG. The filters
 * live in the URL ({@link vn.blocstats.dashboard.trends.TrendFilter}), which also drives the chart
 * served at {@code /charts/trend.svg|png}.
 */
package vn.blocstats.dashboard.trends;
