/** Targets of a term and the sentences a congress report writes about them. */
package vn.blocstats.dashboard.targets;
