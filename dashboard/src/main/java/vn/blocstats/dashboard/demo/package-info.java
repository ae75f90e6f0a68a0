/**
 * The demo warehouse: whether the warehouse of this process holds the invented sample data
 * ({@link vn.blocstats.dashboard.demo.DemoWarehouse}), so that every screen and every export of it
 * says so.
 */
package vn.blocstats.dashboard.demo;
