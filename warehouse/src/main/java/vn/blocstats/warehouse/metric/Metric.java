package vn.blocstats.warehouse.metric;

/**
 * A metric of the catalog.
 *
 * @param code the stable code ({@code admissions})
 * @param labelVi the default Vietnamese label
 * @param labelEn the English label
 * @param kind stock, flow, yearly stock or computed indicator
 * @param unitVi the unit in Vietnamese ("đảng viên", "%")
 * @param theme what it is about, as the pickers group the catalog (members, admissions, training…)
 */
public record Metric(String code, String labelVi, String labelEn, Kind kind, String unitVi, Theme theme) {

	/** A metric outside the catalog's themes (a test's, or one read without its place in the catalog). */
	public Metric(String code, String labelVi, String labelEn, Kind kind, String unitVi) {
		this(code, labelVi, labelEn, kind, unitVi, Theme.OTHER);
	}

	/**
	 * The themes of the catalog, in the catalog's order: each metric's place in the catalog
	 * ({@code metric.sort_order}, by tens) says which it belongs to. The dashboard names them from its
	 * bundles ({@code metric.theme.<name in lower case>}).
	 */
	public enum Theme {
		/** 10–19: party organisations. */
		ORGANISATIONS(10),
		/** 20–29: members at a date. */
		MEMBERS(20),
		/** 30–39: admissions, recognitions, transfers, removals… */
		MOVEMENTS(30),
		/** 40–59: awareness classes, political theory, professional training. */
		TRAINING(40),
		/** 60–79: staffing reductions and the apparatus reorganised. */
		STAFFING(60),
		/** 80–99: organisations and members assessed and rated. */
		RATINGS(80),
		/** 100–199: awards, inspections, supervisions, discipline. */
		AWARDS_DISCIPLINE(100),
		/** 200–: shares and rates computed from the others. */
		INDICATORS(200),
		/** Not placed in the catalog. */
		OTHER(Integer.MAX_VALUE);

		private final int from;

		Theme(int from) {
			this.from = from;
		}

		/** The theme of the metric at {@code sortOrder} in the catalog. */
		public static Theme of(int sortOrder) {
			Theme theme = ORGANISATIONS;
			for (Theme t : values()) {
				if (t != OTHER && sortOrder >= t.from) {
					theme = t;
				}
			}
			return theme;
		}
	}

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
