/**
 * The "Tổng quan" (overview) screen, the dashboard's landing page: a committee's term in key
 * figures, each against the previous term and against its targets; the filters live in the URL.
 */
package vn.blocstats.dashboard.overview;
