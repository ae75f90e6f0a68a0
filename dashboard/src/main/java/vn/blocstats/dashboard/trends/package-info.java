/**
 * The "Xu hướng" (trends) screen: one metric of one committee year by year across its terms,
 * drawn by the trend chart definition and embedded as inline SVG; the filters live in the URL.
 */
package vn.blocstats.dashboard.trends;
