/** What the warehouse is, beside its figures: a demo of invented sample data, or real; and whether it has any figure yet. */
package vn.blocstats.warehouse.info;
