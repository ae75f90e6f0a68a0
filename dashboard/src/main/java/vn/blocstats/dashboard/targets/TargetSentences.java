package vn.blocstats.dashboard.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.figures.FigureQueries.Attainment;
import vn.blocstats.warehouse.metric.Metric;
import vn.blocstats.warehouse.metric.MetricCatalog;

/**
 * The sentences a congress report uses to sum up a term's targets, written from the attainment
 * figures (never typed by hand):
 * <ul>
 * <li>the summary: "Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế
 * hoạch" — counting the congress resolution's targets (those assigned by the provincial committee
 * are reported beside them, not counted twice);</li>
 * <li>one sentence per target, both sources together: "kết nạp 2.096 đảng viên mới, đạt 104,8% chỉ
 * tiêu nghị quyết và đạt 95,2% chỉ tiêu Tỉnh ủy giao".</li>
 * </ul>
 * Texts come from the bundle {@code messages/dashboard}; numbers in the locale's format. Stateless.
 */
public final class TargetSentences {

	private TargetSentences() {
	}

	/** "Đảng bộ Khối hoàn thành 10/11 chỉ tiêu, trong đó 5/11 chỉ tiêu vượt kế hoạch", or empty without data. */
	public static String summary(List<Attainment> attainments, Locale locale) {
		List<Attainment> counted = attainments.stream().filter(a -> "nghi_quyet".equals(a.source())).toList();
		if (counted.isEmpty()) {
			counted = attainments;
		}
		List<Attainment> judged = counted.stream().filter(a -> a.met() != null).toList();
		if (judged.isEmpty()) {
			return "";
		}
		long met = judged.stream().filter(Attainment::met).count();
		long exceeded = judged.stream().filter(Attainment::exceeded).count();
		int total = counted.size();
		String sentence = Texts.get(locale, "targets.summary", met, total);
		if (exceeded > 0) {
			sentence += Texts.get(locale, "targets.summary.exceeded", exceeded, total);
		}
		if (judged.size() < total) {
			sentence += Texts.get(locale, "targets.summary.pending", total - judged.size());
		}
		return sentence;
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
				String pct = VietFormat.percent(a.attainmentPct(), locale);
				sb.append(Texts.get(locale, "targets.attained." + a.source(), pct));
			}
			out.add(sb.toString());
		}
		return out;
	}

	/** "kết nạp 2.096 đảng viên mới", "tỷ lệ … bình quân 93,5%/năm", … */
	private static String achievement(Metric metric, Attainment a, Locale locale) {
		String value = metric.isShare() ? VietFormat.percent(a.actual(), locale) : VietFormat.count(a.actual(), locale);
		String key = switch (a.targetKind()) {
			case "hang_nam" -> "targets.perYear";
			case "ty_le_toi_thieu" -> "targets.share";
			default -> "targets.total";
		};
		String phrase;
		try {
			phrase = Texts.get(locale, "targets.phrase." + metric.code(), value);
		}
		catch (MissingResourceException e) {
			phrase = Texts.get(locale, "targets.phrase.default", label(metric, locale), value, metric.unitVi());
		}
		return Texts.get(locale, key, phrase);
	}

	private static String label(Metric metric, Locale locale) {
		return "en".equals(locale.getLanguage()) ? metric.labelEn() : metric.labelVi().toLowerCase(Locale.forLanguageTag("vi"));
	}
}
