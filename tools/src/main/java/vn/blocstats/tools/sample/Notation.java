package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one office writes a long-form figures table: header language, metric names (catalog code,
 * catalog label or an office's alias), period notations, and whether the basis and note columns are
 * there.
 */
record Notation(boolean english, Labels labels, Periods periods, boolean basis) {

	enum Labels { CODE, LABEL, ALIAS }

	/** LONG: "6 tháng đầu năm 2021", "có đến 31-12-2021"; SHORT: "H1/2021", "31/12/2021"; DOTTED: "6 tháng cuối năm 2021", "31.12.2021". */
	enum Periods { LONG, SHORT, DOTTED }

	List<String> header() {
		List<String> h = new ArrayList<>(english ? List.of("org_code", "period", "metric", "value") : List.of("Mã đơn vị", "Kỳ báo cáo",
				"Chỉ tiêu", "Giá trị"));
		if (basis) {
			h.addAll(english ? List.of("basis", "note") : List.of("Cách tính", "Ghi chú"));
		}
		return h;
	}

	List<Object> row(Figure f) {
		List<Object> r = new ArrayList<>(6);
		r.add(f.org());
		r.add(period(f));
		r.add(switch (labels) {
			case CODE -> f.metric();
			case LABEL -> Metrics.label(f.metric());
			case ALIAS -> Metrics.alias(f.metric());
		});
		r.add(f.value());
		if (basis) {
			r.add(f.cumulative() ? "luy_ke" : "ky");
			r.add(f.note());
		}
		else if (f.cumulative() || !f.note().isEmpty()) {
			throw new IllegalArgumentException("a cumulative figure needs the basis column");
		}
		return r;
	}

	Table table(String sheet, List<Figure> figures) {
		List<List<Object>> rows = new ArrayList<>(figures.size());
		for (Figure f : figures) {
			rows.add(row(f));
		}
		return new Table(sheet, header(), rows);
	}

	String period(Figure f) {
		Span s = f.span();
		return switch (s.kind()) {
			case HALF -> periods == Periods.SHORT ? "H" + s.half() + "/" + s.year()
					: (s.half() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + s.year();
			case YEAR -> periods == Periods.SHORT ? Integer.toString(s.year()) : "năm " + s.year();
			case AS_OF -> asOf(s.asOf(), f.cumulative());
		};
	}

	private String asOf(LocalDate d, boolean cumulative) {
		return switch (periods) {
			case LONG -> cumulative && d.getMonthValue() != 12 ? "tính đến tháng " + d.getMonthValue() + "-" + d.getYear()
					: "có đến " + d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
			case SHORT -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
			case DOTTED -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
		};
	}
}
