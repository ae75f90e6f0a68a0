/**
 * Who may use the dashboard: users and roles in the job repository's H2 database (passwords
 * hashed), the first administrator created on a first start, {@code blocstats user add}, the login
 * view and the web security rules.
 */
package vn.blocstats.dashboard.security;
