/**
 * The first run of a real warehouse: while no figure has been imported, the analysis screens show
 * how to import instead of empty charts ({@link vn.blocstats.dashboard.firstrun.FirstRunView}).
 */
package vn.blocstats.dashboard.firstrun;
