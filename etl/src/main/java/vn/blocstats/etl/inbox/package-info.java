/**
 * The nightly batch: the inbox folder where offices' files arrive, imported once each in arrival
 * order and moved to {@code processed/} or {@code rejected/} with their reports
 * ({@link vn.blocstats.etl.inbox.InboxImport}), on a cron schedule in the server process
 * ({@link vn.blocstats.etl.inbox.NightlySchedule}) or on demand ({@code blocstats import --inbox}).
 */
package vn.blocstats.etl.inbox;
