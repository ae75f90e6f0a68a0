/** The blocstats application: the command line and, later, the analysts' dashboard. */
package vn.blocstats.dashboard;
