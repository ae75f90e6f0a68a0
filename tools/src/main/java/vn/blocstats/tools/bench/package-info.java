/**
 * {@code blocstats bench dashboard}: how fast the dashboard answers over the national-scale dataset —
 * each chart's query + render in-process, the chart HTTP endpoint under concurrent clients against a
 * static resource of the same server, and the first page load in Chromium. Prints figures; never a
 * test.
 */
package vn.blocstats.tools.bench;
