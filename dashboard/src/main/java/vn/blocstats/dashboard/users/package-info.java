/**
 * The administrators' screen "Người dùng": the accounts with their role and last login; adding an
 * account, resetting a password, disabling and enabling — each change in the audit table.
 */
package vn.blocstats.dashboard.users;
