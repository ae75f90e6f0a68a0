/**
 * The congress pack: for a committee and a term, the section of the political report (báo cáo
 * chính trị) that holds its figures — the attainment of the term's targets and the key metrics
 * year by year, each chart numbered, captioned and sourced, with its table — as DOCX (Word,
 * LibreOffice) and PDF; the term's chart sources ({@code term-trend}, {@code attainment}) that it
 * is made of; {@code blocstats export pack} and {@code blocstats bench export}.
 */
package vn.blocstats.dashboard.congress;
