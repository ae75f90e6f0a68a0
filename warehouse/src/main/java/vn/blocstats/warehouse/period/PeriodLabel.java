package vn.blocstats.warehouse.period;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import vn.blocstats.warehouse.base.VietFormat;

/**
 * A stored period (its first and last day) written back as Vietnamese reports write it, for the
 * import's messages: "năm 2024", "6 tháng đầu năm 2022", "quý I/2020", "tháng 6/2020", "9 tháng
 * đầu năm 2020", "30/6/2020" (a stock's or a cumulative figure's date), otherwise "1/1/2020 –
 * 30/9/2021". The reverse of {@link PeriodParser} for the periods it reads. Stateless.
 */
public final class PeriodLabel {

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };

	private PeriodLabel() {
	}

	/** The period [start, end] in Vietnamese. */
	public static String vi(LocalDate start, LocalDate end) {
		if (start.equals(end)) {
			return VietFormat.date(end);
		}
		boolean monthStart = start.getDayOfMonth() == 1;
		boolean monthEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
		if (monthStart && monthEnd && start.getYear() == end.getYear()) {
			int from = start.getMonthValue();
			int to = end.getMonthValue();
			int y = start.getYear();
			if (from == 1 && to == 12) {
				return "năm " + y;
			}
			if (from == 1 && to == 6) {
				return "6 tháng đầu năm " + y;
			}
			if (from == 7 && to == 12) {
				return "6 tháng cuối năm " + y;
			}
			if (from == 1 && to == 9) {
				return "9 tháng đầu năm " + y;
			}
			if (from == to) {
				return "tháng " + from + "/" + y;
			}
			if (to == from + 2 && from % 3 == 1) {
				return "quý " + QUARTERS[from / 3] + "/" + y;
			}
		}
		if (monthStart && monthEnd && start.getMonthValue() == 1 && end.getMonthValue() == 12) {
			return "giai đoạn " + start.getYear() + "–" + end.getYear();
		}
		return VietFormat.date(start) + " – " + VietFormat.date(end);
	}

	/** A term label "2020-2025" as written in sentences: "2020–2025" (an en dash). */
	public static String term(String label) {
		return label.replace('-', '–');
	}
}
