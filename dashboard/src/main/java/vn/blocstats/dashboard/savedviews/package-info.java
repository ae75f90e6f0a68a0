/**
 * Saved views: each user's named addresses of the dashboard's screens (a screen with all its
 * filters and the language), stored in the account database and listed on the overview.
 */
package vn.blocstats.dashboard.savedviews;
