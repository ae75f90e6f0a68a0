/** Problems found in offices' files, their Vietnamese messages, and the reject report. */
package vn.blocstats.etl.report;
