/**
 * The "Chất lượng số liệu" (data quality) screen: the import history (warehouse loads with what the
 * job repository recorded of them), each load's rejected rows and warnings with the download of
 * its reject report, the completeness of a committee's reporting per half-year with the units
 * missing, and the flags of {@code v_flag} under the committee; the filters live in the URL.
 */
package vn.blocstats.dashboard.quality;
