package vn.blocstats.tools.sample;

/**
 * One long-form figure as an office reports it: unit code, period, metric code, value, basis
 * ({@code cumulative} = {@code luy_ke}) and an optional note.
 */
record Figure(String org, Span span, String metric, long value, boolean cumulative, String note) {

	Figure(String org, Span span, String metric, long value) {
		this(org, span, metric, value, false, "");
	}
}
