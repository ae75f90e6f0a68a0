/**
 * The import: the Spring Batch job that recognises a byte-identical file ({@code check}), stages one
 * file's rows and publishes them into the warehouse in one transaction; the service that imports
 * files and folders in the right order, one import at a time per process; the recovery of imports
 * interrupted by a killed process; and the import history read from the job repository.
 */
package vn.blocstats.etl.load;
