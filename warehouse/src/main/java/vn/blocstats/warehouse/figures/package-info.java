/**
 * Reading the analysts' views: series and term values for screens and exports ({@code FigureQueries}),
 * the materialised tables behind them ({@code FigureTables}), and the series of the trends screen by
 * year or half-year, as structured then or restated to today's structure ({@code TrendQueries}).
 */
package vn.blocstats.warehouse.figures;
