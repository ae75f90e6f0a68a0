/**
 * {@code blocstats serve}: the long-running process that owns the warehouse file and runs the
 * nightly import on its schedule (the {@code serve} profile turns the schedule on). The dashboard
 * will be served by this same process.
 */
package vn.blocstats.dashboard.serve;
