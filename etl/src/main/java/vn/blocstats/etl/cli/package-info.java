/** The command line: import, query, imports, alias and bench. */
package vn.blocstats.etl.cli;
