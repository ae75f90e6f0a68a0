/**
 * Reading what the data-quality screen shows: the loads and their rejected rows and warnings, the
 * completeness of a committee's reporting per half-year (units that reported / units expected,
 * effective-dated), and the flags of {@code v_flag} under a committee.
 */
package vn.blocstats.warehouse.quality;
