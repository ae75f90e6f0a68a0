package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.blocstats.tools.sample.Committee.Term;
import vn.blocstats.tools.sample.Unit.Group;

/**
 * Everything the sample reports, before it is cut into files: the units (with the 2025
 * reorganisation), terms, targets and, per committee, the figures of its units and its own. Built
 * from a seed; {@link SamplePlan} decides which file and format each piece goes to.
 */
final class SampleModel {

	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
	static final LocalDate TERM_2030_END = LocalDate.of(2030, 12, 31);

	final List<CommitteeSeries> series;

	SampleModel(long seed) {
		List<CommitteeSeries> s = new ArrayList<>();
		for (Committee c : Committees.ALL) {
			s.add(new CommitteeSeries(c, seed));
		}
		this.series = List.copyOf(s);
	}

	CommitteeSeries of(Committee c) {
		return series.stream().filter(s -> s.committee == c).findFirst().orElseThrow();
	}

	// ---- units -------------------------------------------------------------------------------

	/** Provinces and the committees of 2025 (loaded first: the blocs' files refer to them). */
	List<List<Object>> commonUnits() {
		List<List<Object>> rows = new ArrayList<>();
		LocalDate lastDay = MERGER.minusDays(1);
		rows.add(unitRow("79", "Thành phố Hồ Chí Minh", "tinh", null, null, null, null, null));
		rows.add(unitRow("37", "Tỉnh Ninh Bình", "tinh", null, null, null, null, null));
		rows.add(unitRow("33", "Tỉnh Hưng Yên", "tinh", null, null, null, null, null));
		for (Committee c : Committees.ALL) {
			if (!c.keepsCode()) {
				rows.add(unitRow(c.province(), c.provinceName(), "tinh", null, null, lastDay, c.host(), null));
			}
			else {
				rows.add(unitRow(c.province(), c.provinceName(), "tinh", null, null, null, null, null));
			}
		}
		for (List<String> j : Committees.JOINING) {
			rows.add(unitRow(j.get(0), j.get(1), "tinh", null, null, lastDay, j.get(2), null));
		}
		LocalDate feb = LocalDate.of(2025, 2, 1);
		for (String[] host : new String[][] {{"79", "Thành phố Hồ Chí Minh"}, {"37", "tỉnh Ninh Bình"}, {"33", "tỉnh Hưng Yên"}}) {
			rows.add(unitRow(host[0] + "-DCQD", "Đảng bộ các cơ quan Đảng " + host[1], "dang_bo_khoi", host[0], feb, null, null, null));
			rows.add(unitRow(host[0] + "-DUB", "Đảng bộ Ủy ban nhân dân " + host[1], "dang_bo_khoi", host[0], feb, null, null, null));
		}
		for (Committee c : Committees.ALL) {
			LocalDate from = c.blocEnd().plusDays(1);
			LocalDate to = c.keepsCode() ? null : lastDay;
			String place = "tỉnh " + c.place();
			rows.add(unitRow(c.partyCommittee(), "Đảng bộ các cơ quan Đảng " + place, "dang_bo_khoi", c.province(), from, to,
					c.keepsCode() ? null : c.host() + "-DCQD", null));
			rows.add(unitRow(c.governmentCommittee(), "Đảng bộ Ủy ban nhân dân " + place, "dang_bo_khoi", c.province(), from, to,
					c.keepsCode() ? null : c.host() + "-DUB", null));
		}
		for (List<String> j : Committees.JOINING) {
			String place = j.get(1).replace("Tỉnh ", "tỉnh ");
			rows.add(unitRow(j.get(0) + "-DCQD", "Đảng bộ các cơ quan Đảng " + place, "dang_bo_khoi", j.get(0), feb, lastDay,
					j.get(2) + "-DCQD", null));
			rows.add(unitRow(j.get(0) + "-DUB", "Đảng bộ Ủy ban nhân dân " + place, "dang_bo_khoi", j.get(0), feb, lastDay,
					j.get(2) + "-DUB", null));
		}
		return rows;
	}

	/** The bloc and its grassroots organisations (and the chi bộ trực thuộc listed under a few), with their 2025 moves. */
	List<List<Object>> blocUnits(Committee c) {
		CommitteeSeries s = of(c);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(unitRow(c.code(), c.name(), "dang_bo_khoi", c.province(), null, c.blocEnd(),
				c.partyCommittee() + ";" + c.governmentCommittee(), successorWeights(s)));
		LocalDate after = c.blocEnd().plusDays(1);
		for (Unit u : s.units) {
			if (u.to() != null) {
				rows.add(unitRow(u.code(), u.name(), u.type(), c.code(), u.from(), u.to(), u.successor(), null));
			}
			else {
				String moved = u.group() == Group.PARTY ? c.partyCommittee() : c.governmentCommittee();
				String host = (u.group() == Group.PARTY ? c.host() + "-DCQD" : c.host() + "-DUB");
				rows.add(unitRow(u.code(), u.name(), u.type(), c.code(), u.from(), c.blocEnd(), null, null));
				rows.add(unitRow(u.code(), u.name(), u.type(), moved, after, c.keepsCode() ? null : MERGER.minusDays(1), null, null));
				if (!c.keepsCode()) {
					rows.add(unitRow(u.code(), u.name(), u.type(), host, MERGER, null, null, null));
				}
			}
			for (int i = 0; i < u.listedCells().size(); i++) {
				rows.add(unitRow(u.code() + "-" + String.format("%02d", i + 1), u.listedCells().get(i), "chi_bo_truc_thuoc", u.code(),
						u.from(), u.to(), null, null));
			}
		}
		return rows;
	}

	/** The shares of the bloc's members (31/12/2024) that went to the party committee and to the People's Committee's. */
	private static String successorWeights(CommitteeSeries s) {
		int h = new Half(2024, 2).index();
		long party = 0;
		long all = 0;
		for (int u = 0; u < s.units.size(); u++) {
			if (s.reportsStock(u, h) && s.units.get(u).to() == null) {
				all += s.members(u, h);
				if (s.units.get(u).group() == Group.PARTY) {
					party += s.members(u, h);
				}
			}
		}
		long p = Math.round(100.0 * party / all);
		return share(p) + ";" + share(100 - p);
	}

	private static String share(long percent) {
		return percent == 100 ? "1" : "0," + String.format("%02d", percent);
	}

	static List<Object> unitRow(String code, String name, String type, String parent, LocalDate from, LocalDate to, String successor,
			String weights) {
		List<Object> r = new ArrayList<>();
		r.add(code);
		r.add(name);
		r.add(type);
		r.add(parent == null ? "" : parent);
		r.add(from == null ? "" : from);
		r.add(to == null ? "" : to);
		r.add(successor == null ? "" : successor);
		r.add(weights == null ? "" : weights);
		return r;
	}

	static final List<String> UNIT_HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Loại", "Mã cấp trên", "Hiệu lực từ", "Hiệu lực đến",
			"Kế thừa bởi", "Tỷ trọng");
	static final List<String> UNIT_HEADER_EN = List.of("code", "name", "type", "parent_code", "valid_from", "valid_to",
			"successor_code", "successor_weight");

	// ---- terms and targets -------------------------------------------------------------------

	static final List<String> TERM_HEADER = List.of("Mã đơn vị", "Đại hội lần thứ", "Nhiệm kỳ", "Từ ngày", "Đến ngày");

	List<List<Object>> terms(Committee c) {
		List<List<Object>> rows = new ArrayList<>();
		for (Term t : c.terms()) {
			boolean last = t == c.terms().getLast();
			String label = t.label().equals("2020-2025") ? "2020 – 2025" : t.label();
			rows.add(List.of(c.code(), t.congress(), label, t.start(), last ? c.blocEnd() : ""));
		}
		return rows;
	}

	List<List<Object>> terms2025() {
		List<List<Object>> rows = new ArrayList<>();
		for (List<String> t : Committees.CONGRESSES_2025) {
			rows.add(List.of(t.get(0), "I", "2025-2030", LocalDate.parse(t.get(1)), TERM_2030_END));
		}
		return rows;
	}

	static final List<String> TARGET_HEADER = List.of("Mã đơn vị", "Nhiệm kỳ", "Chỉ tiêu", "Loại chỉ tiêu", "Giá trị", "Nguồn");

	/** The targets of the committee's terms: those of the seeds, and values of the sample where the seeds give none. */
	List<List<Object>> targets(Committee c) {
		List<List<Object>> rows = new ArrayList<>();
		String k = c.code();
		switch (k) {
			case "74-KCQDN" -> {
				target(rows, k, "2010-2015", "admissions", "tong_nhiem_ky", "1.800", "nghi_quyet");
				target(rows, k, "2015-2020", "admissions", "tong_nhiem_ky", "2.000", "nghi_quyet");
				target(rows, k, "2015-2020", "Kết nạp đảng viên mới", "tong_nhiem_ky", "2.202", "tinh_uy_giao");
				target(rows, k, "2015-2020", "share_orgs_good_or_better", "ty_le_toi_thieu", "85%", "nghi_quyet");
				target(rows, k, "2020-2025", "admissions", "hang_nam", "400", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_members_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
			}
			case "36-KCQDN" -> {
				target(rows, k, "2015-2020", "admissions", "tong_nhiem_ky", "2.000", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_members_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
			}
			case "34-KCQ" -> {
				target(rows, k, "2015-2020", "admissions", "hang_nam", "180", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_excellent", "ty_le_toi_thieu", "20%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_members_good_or_better", "ty_le_toi_thieu", "80%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_members_excellent", "ty_le_toi_thieu", "15%", "nghi_quyet");
				target(rows, k, "2020-2025", "admissions", "hang_nam", "200", "nghi_quyet");
			}
			case "56-KCQ" -> {
				target(rows, k, "2015-2020", "share_orgs_good_or_better", "ty_le_toi_thieu", "85%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2020-2025", "share_members_good_or_better", "ty_le_toi_thieu", "85%", "nghi_quyet");
			}
			case "68-KCQ" -> {
				// Congress VII's 11 targets: 10 met, 5 of them exceeded (seed 004).
				target(rows, k, "2015-2020", "admissions", "tong_nhiem_ky", "1.500", "nghi_quyet");
				target(rows, k, "2015-2020", "admissions", "hang_nam", "300", "nghi_quyet");
				target(rows, k, "2015-2020", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2015-2020", "share_orgs_excellent", "ty_le_toi_thieu", "15%", "nghi_quyet");
				target(rows, k, "2015-2020", "share_members_good_or_better", "ty_le_toi_thieu", "85%", "nghi_quyet");
				target(rows, k, "2015-2020", "share_members_excellent", "ty_le_toi_thieu", "10%", "nghi_quyet");
				target(rows, k, "2015-2020", "training_theory_senior", "tong_nhiem_ky", "120", "nghi_quyet");
				target(rows, k, "2015-2020", "training_theory_intermediate", "tong_nhiem_ky", "450", "nghi_quyet");
				target(rows, k, "2015-2020", "candidates_trained", "tong_nhiem_ky", "1.800", "nghi_quyet");
				target(rows, k, "2015-2020", "training_professional", "tong_nhiem_ky", "2.500", "nghi_quyet");
				target(rows, k, "2015-2020", "supervisions", "tong_nhiem_ky", "300", "nghi_quyet");
				target(rows, k, "2020-2025", "share_orgs_good_or_better", "ty_le_toi_thieu", "90%", "nghi_quyet");
				target(rows, k, "2020-2025", "admissions", "hang_nam", "300", "nghi_quyet");
			}
			default -> throw new IllegalArgumentException(k);
		}
		return rows;
	}

	private static void target(List<List<Object>> rows, String committee, String term, String metric, String kind, String value,
			String source) {
		rows.add(List.of(committee, term, metric, kind, value, source));
	}

	// ---- figures -----------------------------------------------------------------------------

	/** The units' half-year figures (stocks at the half's end, flows over it) of the halves {@code from..to}, ratings excluded. */
	List<Figure> unitFigures(CommitteeSeries s, int from, int to, java.util.function.Predicate<String> metrics) {
		List<Figure> out = new ArrayList<>();
		for (int u = 0; u < s.units.size(); u++) {
			Unit unit = s.units.get(u);
			for (int h = from; h <= to; h++) {
				if (!s.active(u, h)) {
					continue;
				}
				Half half = Half.of(h);
				if (s.reportsStock(u, h)) {
					Span at = Span.asOf(half.end());
					stock(out, metrics, unit.code(), at, "org_grassroots", 1);
					stock(out, metrics, unit.code(), at, unit.committee() ? "org_grassroots_committees" : "org_grassroots_cells", 1);
					if (unit.committee()) {
						stock(out, metrics, unit.code(), at, "org_subordinate_cells", unit.subordinateCells());
					}
					stock(out, metrics, unit.code(), at, "members_total", s.members(u, h));
					stock(out, metrics, unit.code(), at, "members_official", s.official[u][h]);
					stock(out, metrics, unit.code(), at, "members_probationary", s.probationary[u][h]);
				}
				for (String m : Metrics.UNIT_FLOWS) {
					long v = s.flows.get(m)[u][h];
					if (metrics.test(m) && (v != 0 || DENSE.contains(m))) {
						out.add(new Figure(unit.code(), Span.half(half), m, v));
					}
				}
			}
		}
		return out;
	}

	/** Flows every unit writes even when nothing happened (a 0); the rest are left out when 0, as offices leave the cell blank. */
	static final List<String> DENSE = List.of("admissions", "recognitions", "transfers_in", "transfers_out", "residence_introductions");

	private static void stock(List<Figure> out, java.util.function.Predicate<String> metrics, String org, Span at, String metric, long v) {
		if (metrics.test(metric)) {
			out.add(new Figure(org, at, metric, v));
		}
	}

	/** The units' ratings at 31/12 of the years {@code from..to}. */
	List<Figure> ratingFigures(CommitteeSeries s, int from, int to) {
		List<Figure> out = new ArrayList<>();
		for (int u = 0; u < s.units.size(); u++) {
			for (int year = from; year <= to; year++) {
				int y = year - Half.FIRST_YEAR;
				for (String m : Metrics.RATINGS) {
					long v = s.ratings.get(m)[u][y];
					if (v > 0 || (v == 0 && m.startsWith("members"))) {
						out.add(new Figure(s.units.get(u).code(), Span.asOf(LocalDate.of(year, 12, 31)), m, v));
					}
				}
			}
		}
		return out;
	}

	/** The committee's own half-year figures of the halves {@code from..to}. */
	List<Figure> ownFigures(CommitteeSeries s, int from, int to) {
		List<Figure> out = new ArrayList<>();
		for (int h = from; h <= Math.min(to, CommitteeSeries.LAST_OWN); h++) {
			for (String m : Metrics.COMMITTEE_FLOWS) {
				out.add(new Figure(s.committee.code(), Span.half(Half.of(h)), m, s.own.get(m)[h]));
			}
		}
		return out;
	}

	/**
	 * The committee's cumulative admissions since the start of the term (31/12 of each year and the last
	 * report before the congress, "tính đến tháng 6-2020"): the running sum of its units' half-years.
	 */
	List<Figure> cumulativeAdmissions(CommitteeSeries s, int from, int to, String lastNote) {
		List<Figure> out = new ArrayList<>();
		long sum = 0;
		for (int h = from; h <= to; h++) {
			sum += s.sum("admissions", h, h);
			Half half = Half.of(h);
			if (half.half() == 2 || h == to) {
				out.add(new Figure(s.committee.code(), Span.asOf(half.end()), "admissions", sum, true, h == to ? lastNote : ""));
			}
		}
		return out;
	}

	/** Each unit's admissions cumulative since the start of the term, at every half's end of {@code from..to}. */
	List<Figure> unitCumulativeAdmissions(CommitteeSeries s, int from, int to) {
		List<Figure> out = new ArrayList<>();
		for (int u = 0; u < s.units.size(); u++) {
			long sum = 0;
			for (int h = from; h <= to; h++) {
				if (!s.active(u, h)) {
					continue;
				}
				sum += s.flows.get("admissions")[u][h];
				out.add(new Figure(s.units.get(u).code(), Span.asOf(Half.of(h).end()), "admissions", sum, true, ""));
			}
		}
		return out;
	}
}
