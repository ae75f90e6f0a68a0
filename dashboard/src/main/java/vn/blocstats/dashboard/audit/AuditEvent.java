package vn.blocstats.dashboard.audit;

import java.time.LocalDateTime;

/** One row of the audit table. {@code client} is the client's address, or null outside a web request. */
public record AuditEvent(long id, LocalDateTime at, String username, String action, String detail, String client) {
}
