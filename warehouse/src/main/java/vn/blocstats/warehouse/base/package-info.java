/** What every part of the warehouse shares: text normalisation and Vietnamese number and date formats. */
package vn.blocstats.warehouse.base;
