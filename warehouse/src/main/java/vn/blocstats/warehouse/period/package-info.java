/** Reporting periods: the notations offices write ("Quý I/2020", "6 tháng đầu năm 2022", "tính đến tháng 6-2020") and what they mean. */
package vn.blocstats.warehouse.period;
