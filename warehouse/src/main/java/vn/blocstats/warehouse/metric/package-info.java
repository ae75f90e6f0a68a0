/** The metric catalog: codes, labels, stock or flow, and the aliases offices use. */
package vn.blocstats.warehouse.metric;
