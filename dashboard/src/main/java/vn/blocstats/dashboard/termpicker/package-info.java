/**
 * The committee + term choice shared by the screens about one term of one committee (overview,
 * targets): two selects, their defaults, and their place in the URL.
 */
package vn.blocstats.dashboard.termpicker;
