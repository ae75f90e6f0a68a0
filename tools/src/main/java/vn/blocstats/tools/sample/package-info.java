/**
 * The sample data and its generator: the five committees of the seed articles (units, terms,
 * targets, figures 2010–2025) calibrated to the articles' figures, and a national-scale dataset for
 * benchmarks. Deterministic: the same seed gives the same bytes.
 *
 * <p>The pieces: {@link vn.blocstats.tools.sample.SampleModel} (what the committees report, as long-form
 * {@code Table}s), {@code SamplePlan} (which committee, table and period goes into which file and
 * format), one {@code TableWriter} per output format (CSV in four encodings and in the legacy TCVN3 and
 * VNI, .xlsx, .xls, .xls in the ".VnTime" font, and the offices' own wide-form reports in .xlsx and
 * .xls), and
 * {@link vn.blocstats.tools.sample.SampleData} / {@link vn.blocstats.tools.sample.NationalData}, the entry
 * points of {@code blocstats sample write} and {@code blocstats sample national}.
 */
package vn.blocstats.tools.sample;
