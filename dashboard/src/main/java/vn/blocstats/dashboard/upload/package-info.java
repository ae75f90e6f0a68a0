/**
 * The "Nhập dữ liệu" (import) screen of the stewards: files uploaded to a folder beside the
 * warehouse under server-made names, checked by a dry run of the import, then loaded on
 * confirmation — through the import service's one-at-a-time turn, in the background while the page
 * polls — or deleted on cancel.
 */
package vn.blocstats.dashboard.upload;
