package vn.blocstats.tools.bench;

import java.util.Arrays;

/**
 * Durations of one measured thing, in nanoseconds, with their percentiles (nearest rank).
 *
 * @param errors attempts that failed (not in {@code nanos})
 */
record Timings(long[] nanos, int errors) {

	Timings {
		nanos = nanos.clone();
		Arrays.sort(nanos);
	}

	int count() {
		return nanos.length;
	}

	/** The {@code q} quantile (0 < q ≤ 1) in milliseconds; NaN when nothing was measured. */
	double millis(double q) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * nanos.length);
		return nanos[Math.clamp(rank - 1, 0, nanos.length - 1)] / 1e6;
	}

	double p50() {
		return millis(0.50);
	}

	double p95() {
		return millis(0.95);
	}

	double max() {
		return millis(1.0);
	}
}
