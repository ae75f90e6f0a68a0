/**
 * The import: the Spring Batch job that stages one file's rows and publishes them into the
 * warehouse in one transaction, and the service that imports files and folders in the right order.
 */
package vn.blocstats.etl.load;
