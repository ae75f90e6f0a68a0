package vn.blocstats.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;

/**
 * A screen whose view can be written as an address: every filter it shows now, the defaults it
 * fell back to included — so that "copy link" and a saved view open exactly what is on screen,
 * whatever the defaults become later.
 */
public interface ShownView {

	/** The filters shown now, as the screen's URL query takes them. */
	QueryParameters shown();
}
