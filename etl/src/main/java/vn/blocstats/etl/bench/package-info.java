/** Benchmarks that print figures, run from the command line (never timed unit tests). */
package vn.blocstats.etl.bench;
