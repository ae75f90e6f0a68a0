/**
 * Chart definitions (query → dataset → JFreeChart), the product's chart theme and bundled fonts,
 * and the renderers (SVG, PNG) shared by the dashboard and every export.
 */
package vn.blocstats.dashboard.chart;
