package vn.blocstats.tools.sample;

import java.util.SplittableRandom;

/** Random counts for the generators (Poisson, normal approximation above 30). Deterministic for a seeded source. */
final class Draw {

	private Draw() {
	}

	static long count(SplittableRandom r, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean < 30) {
			double limit = Math.exp(-mean);
			long k = 0;
			double p = r.nextDouble();
			while (p > limit) {
				k++;
				p *= r.nextDouble();
			}
			return k;
		}
		return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
	}

	static double gaussian(SplittableRandom r) {
		double u = 1 - r.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
	}

	/** A seed for one purpose, mixed from the run's seed and a name. */
	static SplittableRandom random(long seed, String purpose) {
		long h = 1125899906842597L;
		for (int i = 0; i < purpose.length(); i++) {
			h = 31 * h + purpose.charAt(i);
		}
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ h);
	}
}
