package vn.blocstats.etl.load;

/**
 * Published when an import's turn ends (after the refresh of the figure tables, whether it ran or
 * not): whatever this process shows from the warehouse may have changed. This process is the
 * warehouse's only writer (DuckDB), so a listener that keeps what it read until this event — the
 * chart cache — never serves figures older than the last turn.
 */
public record WarehouseChanged() {
}
