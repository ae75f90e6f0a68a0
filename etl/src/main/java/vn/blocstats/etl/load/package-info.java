/**
 * The import: the Spring Batch job that recognises a byte-identical file ({@code check}), stages one
 * file's rows and publishes them into the warehouse in one transaction ({@link vn.blocstats.etl.load.ImportFileJob},
 * built for each file, run by {@link vn.blocstats.etl.load.ImportJobRunner}); the inputs made ready
 * ({@link vn.blocstats.etl.load.ImportInputs}: folders expanded, reference data first); the service that
 * imports them, one import at a time per process ({@link vn.blocstats.etl.load.ImportService}); the
 * recovery of imports interrupted by a killed process; and the import history read from the job repository.
 */
package vn.blocstats.etl.load;
