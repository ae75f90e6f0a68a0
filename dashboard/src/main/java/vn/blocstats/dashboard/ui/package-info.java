/**
 * The shell of the dashboard: the Vaadin app shell (Lumo and the product's style sheet, no
 * frontend build), the main layout with its navigation, the texts of the bundle for Vaadin, and
 * the bundled chart font served to the page.
 */
package vn.blocstats.dashboard.ui;
