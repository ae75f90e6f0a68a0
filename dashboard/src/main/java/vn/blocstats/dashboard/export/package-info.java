/** Exports for congress documents: charts at print sizes (PNG with its dpi, SVG), from the same chart definitions as the screens. */
package vn.blocstats.dashboard.export;
