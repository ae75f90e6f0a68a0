package vn.blocstats.warehouse.metric;

/**
 * A metric of the catalog.
 *
 * @param code the stable code ({@code admissions})
 * @param labelVi the default Vietnamese label
 * @param labelEn the English label
 * @param kind stock, flow, yearly stock or computed indicator
 * @param unitVi the unit in Vietnamese ("đảng viên", "%")
 */
public record Metric(String code, String labelVi, String labelEn, Kind kind, String unitVi) {

	public enum Kind {
		/** Counted as of a date; over a period take the last value. */
		STOCK('S'),
		/** Counted over a period; sum over a longer one. */
		FLOW('F'),
		/** A stock reported once a year, as of the year's end (ratings). */
		YEARLY_STOCK('Y'),
		/** Computed from other metrics, never imported. */
		INDICATOR('I');

		private final char code;

		Kind(char code) {
			this.code = code;
		}

		public static Kind of(String code) {
			for (Kind k : values()) {
				if (k.code == code.charAt(0)) {
					return k;
				}
			}
			throw new IllegalArgumentException("Unknown metric kind " + code);
		}

		public boolean isStock() {
			return this == STOCK || this == YEARLY_STOCK;
		}
	}

	public boolean isShare() {
		return kind == Kind.INDICATOR && "%".equals(unitVi);
	}
}
