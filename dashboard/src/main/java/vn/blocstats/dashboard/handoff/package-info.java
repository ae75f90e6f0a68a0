/**
 * {@code blocstats import} while the server runs: the server announces itself in a small file
 * beside the warehouse ({@link vn.blocstats.dashboard.handoff.ServerFile}), and the command line,
 * finding it, hands its files to the server's {@code POST /api/import} (HTTP Basic, loopback only,
 * steward or admin) instead of meeting DuckDB's lock; the server imports them in its own turn and
 * answers with the report and exit code the local import would have given.
 */
package vn.blocstats.dashboard.handoff;
