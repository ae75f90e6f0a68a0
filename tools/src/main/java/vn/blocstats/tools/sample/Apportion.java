package vn.blocstats.tools.sample;

/**
 * Splits an integer total into integer parts proportional to weights (largest remainder, ties to the
 * lower index): the parts sum to the total exactly. Deterministic.
 */
final class Apportion {

	private Apportion() {
	}

	/**
	 * The parts of {@code total} proportional to {@code weights} (all ≥ 0, at least one > 0 unless
	 * total is 0), each at most its cap when {@code caps} is given (caps must allow the total).
	 */
	static long[] split(long total, double[] weights, long[] caps) {
		int n = weights.length;
		long[] out = new long[n];
		if (total == 0) {
			return out;
		}
		double[] w = weights.clone();
		long left = total;
		// Cells that reach their cap are fixed at it and the rest re-split (a few rounds at most).
		for (int round = 0; round < 50 && left > 0; round++) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				if (w[i] > 0 && (caps == null || out[i] < caps[i])) {
					sum += w[i];
				}
			}
			if (sum <= 0) {
				throw new IllegalStateException("cannot split " + total + ": no room left for " + left);
			}
			long[] add = new long[n];
			double[] rem = new double[n];
			long given = 0;
			for (int i = 0; i < n; i++) {
				if (w[i] > 0 && (caps == null || out[i] < caps[i])) {
					double exact = left * w[i] / sum;
					add[i] = (long) Math.floor(exact);
					rem[i] = exact - add[i];
					given += add[i];
				}
			}
			long extra = left - given;
			while (extra > 0) {
				int best = -1;
				for (int i = 0; i < n; i++) {
					if (w[i] > 0 && (caps == null || out[i] < caps[i]) && (best < 0 || rem[i] > rem[best])) {
						best = i;
					}
				}
				add[best]++;
				rem[best] = -1;
				extra--;
			}
			left = 0;
			for (int i = 0; i < n; i++) {
				out[i] += add[i];
				if (caps != null && out[i] > caps[i]) {
					left += out[i] - caps[i];
					out[i] = caps[i];
				}
			}
		}
		if (left > 0) {
			throw new IllegalStateException("cannot split " + total + " within the caps");
		}
		return out;
	}
}
