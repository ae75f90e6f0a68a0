/** Reading the analysts' views: series and term values for screens and exports. */
package vn.blocstats.warehouse.figures;
