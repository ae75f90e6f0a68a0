package vn.blocstats.dashboard.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;

import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.figures.FigureQueries.YearValue;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The sentences a congress report uses to sum up a term's targets, written from the attainment
 * figures of {@code v_target_attainment} (never typed by hand), so that a sentence can never
 * contradict the percentage and the verdict beside it:
 * <ul>
 * <li>the summary, one count per source: "Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11
 * chỉ tiêu vượt kế hoạch" for the congress resolution's targets, and the provincial committee's
 * assigned targets counted apart ("Chỉ tiêu Tỉnh ủy giao: hoàn thành 0/1 chỉ tiêu"); a term that
 * has not ended is an estimate up to the date of its last figure ("Ước đến 30/6/2026: …");</li>
 * <li>one sentence per target, its sources together, saying how the figure was found: the term
 * total; the per-year average with the total and the years it covers ("bình quân mỗi năm kết nạp
 * 322,4 đảng viên mới (1.612 trong 5 năm, 1/7/2015–30/6/2020)"); or, for a minimum share, the worst
 * year with the average as context and the years below the minimum named.</li>
 * </ul>
 * Texts come from the bundle {@code messages/dashboard}; numbers and dates in the locale's format.
 * Stateless.
 */
public final class TargetSentences {

	private static final String RESOLUTION = "nghi_quyet";
	private static final String ASSIGNED = "tinh_uy_giao";

	private TargetSentences() {
	}

	/**
	 * The summary of a term's targets, one count per source (the resolution's first), or empty without
	 * any figure.
	 */
	public static String summary(List<Attainment> attainments, Locale locale) {
		List<Attainment> resolution = attainments.stream().filter(a -> RESOLUTION.equals(a.source())).toList();
		List<Attainment> assigned = attainments.stream().filter(a -> ASSIGNED.equals(a.source())).toList();
		List<Attainment> other = attainments.stream().filter(a -> !RESOLUTION.equals(a.source()) && !ASSIGNED.equals(a.source()))
			.toList();
		List<String> parts = new ArrayList<>();
		boolean both = !resolution.isEmpty() && !assigned.isEmpty();
		count(resolution, both ? "targets.summary.resolution" : "targets.summary", locale).ifPresent(parts::add);
		count(assigned, resolution.isEmpty() ? "targets.summary" : "targets.summary.assigned", locale).ifPresent(parts::add);
		count(other, "targets.summary", locale).ifPresent(parts::add);
		if (parts.isEmpty()) {
			return "";
		}
		String text = String.join(". ", parts);
		Optional<LocalDate> until = estimateUntil(attainments);
		return until.map(d -> Texts.get(locale, "targets.summary.inProgress", VietFormat.date(d, locale), text)).orElse(text);
	}

	/** The last day of the figures of a term that has not ended, when it has any. */
	public static Optional<LocalDate> estimateUntil(List<Attainment> attainments) {
		if (attainments.stream().noneMatch(a -> a.how().inProgress())) {
			return Optional.empty();
		}
		return attainments.stream().map(a -> a.how().dataEnd()).filter(Objects::nonNull).max(LocalDate::compareTo);
	}

	/** "hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch; 1 chỉ tiêu chưa có số liệu". */
	private static Optional<String> count(List<Attainment> counted, String key, Locale locale) {
		List<Attainment> judged = counted.stream().filter(a -> a.met() != null).toList();
		if (judged.isEmpty()) {
			return Optional.empty();
		}
		long met = judged.stream().filter(Attainment::met).count();
		long exceeded = judged.stream().filter(Attainment::exceeded).count();
		int total = counted.size();
		String sentence = Texts.get(locale, key, met, total);
		if (exceeded > 0) {
			sentence += Texts.get(locale, "targets.summary.exceeded", exceeded, total);
		}
		if (judged.size() < total) {
			sentence += Texts.get(locale, "targets.summary.pending", total - judged.size());
		}
		return Optional.of(sentence);
	}

	/** One sentence per target (metric and kind), its sources together, in the order given. */
	public static List<String> sentences(List<Attainment> attainments, MetricCatalog catalog, Locale locale) {
		Map<String, List<Attainment>> byTarget = new LinkedHashMap<>();
		for (Attainment a : attainments) {
			byTarget.computeIfAbsent(a.metric() + "|" + a.targetKind(), k -> new ArrayList<>()).add(a);
		}
		List<String> out = new ArrayList<>();
		for (List<Attainment> group : byTarget.values()) {
			Attainment first = group.getFirst();
			Metric metric = catalog.byCode(first.metric()).orElseThrow(
					() -> new IllegalStateException("Target on a metric missing from the catalog: " + first.metric()));
			if (first.actual() == null) {
				out.add(Texts.get(locale, "targets.noData", label(metric, locale)));
				continue;
			}
			StringBuilder sb = new StringBuilder(achievement(metric, first, locale));
			for (int i = 0; i < group.size(); i++) {
				Attainment a = group.get(i);
				sb.append(i == 0 ? ", " : Texts.get(locale, "targets.and"));
				sb.append(Texts.get(locale, "targets.attained." + a.source(), VietFormat.percent(a.attainmentPct(), locale)));
				sb.append(shortfall(a, locale));
			}
			out.add(sb.toString());
		}
		return out;
	}

	/**
	 * How the figure judged was found, as a phrase: "kết nạp 2.096 đảng viên mới"; "bình quân mỗi năm
	 * kết nạp 322,4 đảng viên mới (1.612 trong 5 năm, 1/7/2015–30/6/2020)"; "tỷ lệ … thấp nhất 85,4%
	 * (năm 2018; bình quân các năm 91,9%)".
	 */
	private static String achievement(Metric metric, Attainment a, Locale locale) {
		return switch (a.targetKind()) {
			case "hang_nam" -> {
				String avg = VietFormat.decimal(a.actual(), 1, locale);
				String perYear = Texts.get(locale, "targets.perYear", phrase(metric, avg, locale));
				if (a.how().total() == null || a.how().years() == null || a.how().dataStart() == null) {
					yield perYear;
				}
				yield perYear + Texts.get(locale, "targets.perYear.window", VietFormat.count(a.how().total(), locale),
						a.how().years() == Math.rint(a.how().years()) ? VietFormat.count(a.how().years(), locale)
								: VietFormat.decimal(a.how().years(), 1, locale), VietFormat.date(a.how().dataStart(), locale),
						VietFormat.date(a.how().dataEnd(), locale));
			}
			case "ty_le_toi_thieu" -> {
				String worst = VietFormat.percent(a.actual(), locale);
				String value = a.how().worstYear() == null || a.how().average() == null ? worst
						: Texts.get(locale, "targets.share.worst", worst, Integer.toString(a.how().worstYear()),
								VietFormat.percent(a.how().average(), locale));
				yield phrase(metric, value, locale);
			}
			default -> Texts.get(locale, "targets.total",
					phrase(metric, metric.isShare() ? VietFormat.percent(a.actual(), locale) : VietFormat.count(a.actual(), locale), locale));
		};
	}

	/** For a minimum share missed: " (không đạt: năm 2018 đạt 85,4%, dưới mức tối thiểu 90%)"; else empty. */
	private static String shortfall(Attainment a, Locale locale) {
		if (!"ty_le_toi_thieu".equals(a.targetKind()) || !Boolean.FALSE.equals(a.met()) || a.how().failingYears().isEmpty()) {
			return "";
		}
		List<String> years = new ArrayList<>();
		for (YearValue y : a.how().failingYears()) {
			years.add(Texts.get(locale, "targets.shortfall.year", Integer.toString(y.year()), VietFormat.percent(y.value(), locale)));
		}
		return Texts.get(locale, "targets.shortfall", String.join(", ", years), VietFormat.percent(a.target(), locale));
	}

	private static String phrase(Metric metric, String value, Locale locale) {
		try {
			return Texts.get(locale, "targets.phrase." + metric.code(), value);
		}
		catch (MissingResourceException e) {
			return Texts.get(locale, "targets.phrase.default", label(metric, locale), value,
					"en".equals(locale.getLanguage()) ? "" : metric.unitVi()).strip();
		}
	}

	private static String label(Metric metric, Locale locale) {
		return "en".equals(locale.getLanguage()) ? metric.labelEn() : metric.labelVi().toLowerCase(Locale.forLanguageTag("vi"));
	}
}
