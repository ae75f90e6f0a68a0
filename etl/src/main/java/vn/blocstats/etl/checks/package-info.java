/**
 * The import's checks of a file's figures against the warehouse, inside the file's publish
 * transaction (so a dry run reports them and keeps nothing): the validation rules for the units it
 * touched, outliers against each unit's history, and the correction diff (old → new per figure,
 * and the committee/term figures that change). Their findings join the file's problems
 * ({@code stg_issue}: warnings, or information for corrections) and so its report and the screens.
 */
package vn.blocstats.etl.checks;
