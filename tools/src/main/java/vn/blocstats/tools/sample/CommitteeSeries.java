package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.blocstats.tools.sample.Unit.Group;

/**
 * What one bloc's units and the bloc itself report, half-year by half-year from H1/2010 to H2/2025:
 * member stocks that move by the flows (end = start + admissions − removals − deaths ± transfers,
 * probationary members recognised a year after admission), ratings near the committee's targets,
 * restructuring in the years of NQ 18/19, and the committee's own figures (classes, cards, badges,
 * schooling, awards, inspection) up to H2/2024 — then every {@link Calibration} applied exactly.
 */
final class CommitteeSeries {

	static final int H = Half.COUNT;
	/** The bloc's own reports run to H2/2024 (the bloc ends early in 2025). */
	static final int LAST_OWN = new Half(2024, 2).index();
	static final int YEARS = Half.LAST_YEAR - Half.FIRST_YEAR + 1;

	final Committee committee;
	final List<Unit> units;
	/** metric → [unit][half] for the unit flows of {@link Metrics#UNIT_FLOWS}. */
	final Map<String, long[][]> flows = new LinkedHashMap<>();
	/** Stocks at the end of each half: [unit][half]; -1 where the unit does not report the stock. */
	final long[][] official;
	final long[][] probationary;
	/** metric → [unit][year] for {@link Metrics#RATINGS}; -1 where not reported. */
	final Map<String, long[][]> ratings = new LinkedHashMap<>();
	/** metric → [half] for {@link Metrics#COMMITTEE_FLOWS}. */
	final Map<String, long[]> own = new LinkedHashMap<>();

	private final SplittableRandom random;
	private final int n;
	private final long[] initialOfficial;

	CommitteeSeries(Committee committee, long seed) {
		this.committee = committee;
		this.random = Draw.random(seed, committee.code());
		this.units = Roster.of(committee, Draw.random(seed, committee.code() + "/units"));
		this.n = units.size();
		this.official = new long[n][H];
		this.probationary = new long[n][H];
		this.initialOfficial = new long[n];
		for (String m : Metrics.UNIT_FLOWS) {
			flows.put(m, new long[n][H]);
		}
		List<Calibration> calibrations = Calibration.of(committee);
		memberFlows();
		calibrate(calibrations, "admissions");
		recognitions(calibrations);
		derivedFlows();
		calibrate(calibrations, "residence_introductions");
		calibrate(calibrations, "candidates_trained");
		calibrate(calibrations, "new_members_trained");
		restructuring(calibrations);
		stocks();
		if (committee.code().equals("36-KCQDN")) {
			shiftMembers(Roster.REFERENCE, Calibration.NAM_DINH_MEMBERS_2022);
		}
		ratings();
		ownFlows(calibrations);
	}

	boolean active(int u, int h) {
		return units.get(u).reports(Half.of(h));
	}

	/** Whether the unit reports stocks at the end of the half (not on its last day when it is merged or dissolved). */
	boolean reportsStock(int u, int h) {
		return official[u][h] >= 0;
	}

	long members(int u, int h) {
		return official[u][h] + probationary[u][h];
	}

	/** The bloc's members at the end of half {@code h}, over the units reporting then. */
	long totalMembers(int h) {
		long t = 0;
		for (int u = 0; u < n; u++) {
			if (reportsStock(u, h)) {
				t += members(u, h);
			}
		}
		return t;
	}

	long sum(String metric, int from, int to) {
		long[][] f = flows.get(metric);
		long t = 0;
		for (int u = 0; u < n; u++) {
			for (int h = from; h <= to; h++) {
				t += f[u][h];
			}
		}
		return t;
	}

	private boolean first(int u, int h) {
		return active(u, h) && (h == 0 || !active(u, h - 1));
	}

	private boolean last(int u, int h) {
		Unit unit = units.get(u);
		return unit.to() != null && active(u, h) && unit.to().equals(Half.of(h).end());
	}

	// Admissions, transfers, removals, deaths at rates of a nominal membership.
	private void memberFlows() {
		// Admissions a year near the committee's figures of the seeds (or the sample's own), spread by unit size.
		double perYear = switch (committee.province()) {
			case "74" -> 420;
			case "36" -> 400;
			case "34" -> 237;
			case "56" -> 205;
			default -> 320;
		};
		double members = 0;
		for (int u = 0; u < n; u++) {
			if (active(u, new Half(2015, 1).index())) {
				members += units.get(u).size();
			}
		}
		double rate = perYear / 2 / members;
		for (int u = 0; u < n; u++) {
			Unit unit = units.get(u);
			double size = unit.size();
			initialOfficial[u] = Math.round(size * 0.955);
			for (int h = 0; h < H; h++) {
				if (!active(u, h)) {
					continue;
				}
				flows.get("admissions")[u][h] = Draw.count(random, size * rate * (Half.of(h).half() == 2 ? 1.1 : 0.9));
				flows.get("transfers_in")[u][h] = Draw.count(random, size * 0.011);
				// Retirements go out by transfer to the residence's cell: membership stays about level (+0,2 % a half-year).
				flows.get("transfers_out")[u][h] = Draw.count(random, size * (rate + 0.011 - 0.002 - 0.002));
				flows.get("removals")[u][h] = Draw.count(random, size * 0.0008);
				flows.get("deaths")[u][h] = Draw.count(random, size * 0.0012);
				if (first(u, h) && unit.from() != null && unit.successor() == null && !isSuccessor(u)) {
					flows.get("transfers_in")[u][h] += unit.size(); // a new organisation: its members come by transfer
				}
			}
		}
	}

	private boolean isSuccessor(int u) {
		String code = units.get(u).code();
		return units.stream().anyMatch(x -> code.equals(x.successor()));
	}

	private void calibrate(List<Calibration> calibrations, String metric) {
		for (Calibration c : calibrations) {
			if (c.unitLevel() && c.metric().equals(metric)) {
				long[][] f = flows.get(metric);
				List<int[]> cells = cells(c.from(), c.to(), u -> true);
				double[] w = new double[cells.size()];
				for (int i = 0; i < w.length; i++) {
					w[i] = f[cells.get(i)[0]][cells.get(i)[1]] + 0.3;
				}
				long[] parts = Apportion.split(c.total(), w, null);
				for (int i = 0; i < w.length; i++) {
					f[cells.get(i)[0]][cells.get(i)[1]] = parts[i];
				}
			}
		}
	}

	private List<int[]> cells(int from, int to, java.util.function.IntPredicate unitFilter) {
		List<int[]> cells = new ArrayList<>();
		for (int u = 0; u < n; u++) {
			if (!unitFilter.test(u)) {
				continue;
			}
			for (int h = from; h <= to; h++) {
				if (active(u, h)) {
					cells.add(new int[] {u, h});
				}
			}
		}
		return cells;
	}

	// Probationary members are recognised a year after admission; a calibrated window recognises fewer, the rest half a year late.
	private void recognitions(List<Calibration> calibrations) {
		long[][] adm = flows.get("admissions");
		long[][] rec = flows.get("recognitions");
		for (int u = 0; u < n; u++) {
			Unit unit = units.get(u);
			long pool = unit.from() == null ? Math.round(unit.size() * 0.045) : 0;
			initialOfficial[u] = unit.from() == null ? unit.size() - pool : 0;
			for (int h = 0; h < H; h++) {
				if (!active(u, h)) {
					continue;
				}
				if (h >= 2 && active(u, h - 2)) {
					rec[u][h] = adm[u][h - 2];
				}
				else if (h < 2 && unit.from() == null) {
					rec[u][h] = h == 0 ? pool / 2 : pool - pool / 2;
				}
			}
		}
		for (Calibration c : calibrations) {
			if (c.unitLevel() && c.metric().equals("recognitions")) {
				List<int[]> cells = cells(c.from(), c.to(), u -> true);
				double[] w = new double[cells.size()];
				long[] caps = new long[cells.size()];
				long base = 0;
				for (int i = 0; i < w.length; i++) {
					caps[i] = rec[cells.get(i)[0]][cells.get(i)[1]];
					w[i] = caps[i];
					base += caps[i];
				}
				if (base < c.total()) {
					throw new IllegalStateException("too few admissions to recognise " + c.total() + " in " + committee.code());
				}
				long[] parts = Apportion.split(c.total(), w, caps);
				for (int i = 0; i < w.length; i++) {
					int u = cells.get(i)[0];
					int h = cells.get(i)[1];
					long late = caps[i] - parts[i];
					rec[u][h] = parts[i];
					if (late > 0 && c.to() + 1 < H && active(u, c.to() + 1)) {
						rec[u][c.to() + 1] += late;
					}
				}
			}
		}
	}

	private void derivedFlows() {
		long[][] adm = flows.get("admissions");
		long[][] tin = flows.get("transfers_in");
		for (int u = 0; u < n; u++) {
			for (int h = 0; h < H; h++) {
				if (!active(u, h)) {
					continue;
				}
				long next = h + 1 < H && active(u, h + 1) ? adm[u][h + 1] : adm[u][h];
				long previous = h > 0 && active(u, h - 1) ? adm[u][h - 1] : adm[u][h];
				flows.get("candidates_trained")[u][h] = Draw.count(random, next * 1.12);
				flows.get("new_members_trained")[u][h] = Draw.count(random, previous * 0.96);
				flows.get("residence_introductions")[u][h] = Draw.count(random, 0.8 * (adm[u][h] + Math.min(tin[u][h], 30)));
			}
		}
	}

	// Staffing cuts and fewer departments in the years of NQ 18/19 (2016–2024): rare events, exact sums where calibrated.
	private void restructuring(List<Calibration> calibrations) {
		String[] metrics = {"staff_reductions_party", "staff_reductions_state", "departments_reduced", "subdepartments_reduced",
				"units_dissolved", "units_merged", "deputies_reduced", "public_units_reduced"};
		double[] p = {0.12, 0.2, 0.03, 0.01, 0.008, 0.008, 0.03, 0.012};
		for (int k = 0; k < metrics.length; k++) {
			String m = metrics[k];
			long[][] f = flows.get(m);
			java.util.function.IntPredicate eligible = eligible(m);
			int from = new Half(2016, 1).index();
			int to = new Half(2024, 2).index();
			for (int[] cell : cells(from, to, eligible)) {
				if (random.nextDouble() < p[k]) {
					f[cell[0]][cell[1]] = m.startsWith("staff") ? 1 + random.nextInt(3) : 1;
				}
			}
			for (Calibration c : calibrations) {
				if (c.unitLevel() && c.metric().equals(m)) {
					List<int[]> cells = cells(c.from(), c.to(), eligible);
					double[] w = new double[cells.size()];
					for (int i = 0; i < w.length; i++) {
						w[i] = Math.pow(random.nextDouble(), 4) + 1e-6; // a few units do most of it
					}
					long[] parts = Apportion.split(c.total(), w, null);
					for (int i = 0; i < w.length; i++) {
						f[cells.get(i)[0]][cells.get(i)[1]] = parts[i];
					}
				}
			}
		}
		long[][] total = flows.get("staff_reductions");
		for (int u = 0; u < n; u++) {
			for (int h = 0; h < H; h++) {
				total[u][h] = flows.get("staff_reductions_party")[u][h] + flows.get("staff_reductions_state")[u][h];
			}
		}
	}

	private java.util.function.IntPredicate eligible(String metric) {
		return u -> {
			Group g = units.get(u).group();
			return switch (metric) {
				case "staff_reductions_party" -> g == Group.PARTY;
				case "staff_reductions_state", "public_units_reduced" -> g == Group.STATE || g == Group.PUBLIC;
				case "departments_reduced", "subdepartments_reduced", "deputies_reduced" -> g == Group.STATE || g == Group.PARTY;
				default -> g != Group.ENTERPRISE;
			};
		};
	}

	// Stocks from the flows; a merged or dissolved unit hands its members over in its last half-year.
	private void stocks() {
		if (transfersInBase == null) {
			transfersInBase = copy(flows.get("transfers_in"));
			transfersOutBase = copy(flows.get("transfers_out"));
		}
		long[][] tin = copy(transfersInBase);
		long[][] tout = copy(transfersOutBase);
		flows.put("transfers_in", tin);
		flows.put("transfers_out", tout);
		for (int h = 0; h < H; h++) {
			for (int u = 0; u < n; u++) {
				if (!active(u, h)) {
					official[u][h] = -1;
					probationary[u][h] = -1;
					continue;
				}
				boolean started = h > 0 && active(u, h - 1);
				long off = started ? official[u][h - 1] : initialOfficial[u];
				long prob = started ? probationary[u][h - 1] : 0;
				long rec = flows.get("recognitions")[u][h];
				long adm = flows.get("admissions")[u][h];
				if (!started && units.get(u).from() == null) {
					prob = rec + (h == 0 ? flows.get("recognitions")[u][1] : 0);
				}
				prob = prob + adm - rec;
				long out = Math.min(tout[u][h], Math.max(0, off + rec + tin[u][h] - 3));
				tout[u][h] = out;
				off = off + rec + tin[u][h] - out - flows.get("removals")[u][h] - flows.get("deaths")[u][h];
				if (off < 0 || prob < 0) {
					throw new IllegalStateException("negative stock in " + units.get(u).code() + " at " + Half.of(h));
				}
				if (last(u, h)) {
					long all = off + prob;
					tout[u][h] += all;
					String successor = units.get(u).successor();
					if (successor != null && h + 1 < H) {
						tin[indexOf(successor)][h + 1] += all;
					}
					official[u][h] = -1;
					probationary[u][h] = -1;
					continue;
				}
				official[u][h] = off;
				probationary[u][h] = prob;
			}
		}
	}

	private long[][] transfersInBase;
	private long[][] transfersOutBase;

	private static long[][] copy(long[][] a) {
		long[][] c = new long[a.length][];
		for (int i = 0; i < a.length; i++) {
			c[i] = a[i].clone();
		}
		return c;
	}

	private int indexOf(String code) {
		for (int u = 0; u < n; u++) {
			if (units.get(u).code().equals(code)) {
				return u;
			}
		}
		throw new IllegalArgumentException(code);
	}

	// Adds a constant to the official members of the units present from 2010 so that the bloc has `target` members on `date`.
	private void shiftMembers(LocalDate date, long target) {
		int h = new Half(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2).index();
		List<Integer> from2010 = new ArrayList<>();
		for (int u = 0; u < n; u++) {
			if (units.get(u).from() == null && units.get(u).to() == null) {
				from2010.add(u);
			}
		}
		double[] w = new double[from2010.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = units.get(from2010.get(i)).size();
		}
		// Transfers out are capped by the members there are, so a shift may move the total by a little less: repeat.
		for (int round = 0; round < 20 && totalMembers(h) != target; round++) {
			long delta = target - totalMembers(h);
			long[] parts = Apportion.split(Math.abs(delta), w, null);
			for (int i = 0; i < w.length; i++) {
				initialOfficial[from2010.get(i)] += Long.signum(delta) * parts[i];
			}
			stocks();
		}
		if (totalMembers(h) != target) {
			throw new IllegalStateException("members on " + date + ": " + totalMembers(h));
		}
	}

	// Ratings at 31/12: organisations by exact counts per committee and year, members per unit near the committee's shares.
	private void ratings() {
		for (String m : Metrics.RATINGS) {
			long[][] r = new long[n][YEARS];
			for (long[] row : r) {
				java.util.Arrays.fill(row, -1);
			}
			ratings.put(m, r);
		}
		for (int y = 0; y < YEARS; y++) {
			int year = Half.FIRST_YEAR + y;
			int h2 = new Half(year, 2).index();
			List<Integer> rated = new ArrayList<>();
			for (int u = 0; u < n; u++) {
				if (reportsStock(u, h2) && active(u, h2 - 1)) {
					rated.add(u);
				}
			}
			double[] orgShares = orgShares(year);
			int count = rated.size();
			long exc = Math.round(count * orgShares[0]);
			long comp = Math.round(count * orgShares[2]);
			long inc = Math.round(count * orgShares[3]);
			List<Integer> order = new ArrayList<>(rated);
			for (int i = order.size() - 1; i > 0; i--) {
				java.util.Collections.swap(order, i, random.nextInt(i + 1));
			}
			for (int i = 0; i < order.size(); i++) {
				int u = order.get(i);
				String grade = i < exc ? "orgs_excellent" : i < exc + comp ? "orgs_complete" : i < exc + comp + inc ? "orgs_incomplete" : "orgs_good";
				for (String m : List.of("orgs_assessed", "orgs_excellent", "orgs_good", "orgs_complete", "orgs_incomplete")) {
					ratings.get(m)[u][y] = m.equals("orgs_assessed") || m.equals(grade) ? 1 : 0;
				}
			}
			double[] memberShares = memberShares(year);
			for (int u : rated) {
				long assessed = members(u, h2) - flows.get("admissions")[u][h2];
				if (assessed <= 0) {
					continue;
				}
				long e = Math.round(assessed * memberShares[0] * (0.85 + 0.3 * random.nextDouble()));
				long c = Math.round(assessed * memberShares[2] * (0.7 + 0.6 * random.nextDouble()));
				long i = Draw.count(random, assessed * memberShares[3]);
				ratings.get("members_assessed")[u][y] = assessed;
				ratings.get("members_excellent")[u][y] = e;
				ratings.get("members_complete")[u][y] = c;
				ratings.get("members_incomplete")[u][y] = i;
				ratings.get("members_good")[u][y] = assessed - e - c - i;
			}
		}
	}

	/** Shares of organisations rated excellent, good, complete, incomplete in a year (the targets of seeds 001, 002, 004). */
	private double[] orgShares(int year) {
		double excellent = year < 2018 ? 0.18 : 0.22;
		if (committee.code().equals("34-KCQ")) {
			excellent = 0.24;
		}
		if (committee.code().equals("68-KCQ") && year == 2018) {
			return new double[] {0.17, 0.69, 0.12, 0.02}; // QĐ 132 tightened the rating: 86 % good or better
		}
		return new double[] {excellent, 0.94 - excellent, 0.05, 0.01};
	}

	private double[] memberShares(int year) {
		return new double[] {year < 2018 ? 0.16 : 0.18, 0.0, 0.05, 0.004};
	}

	// The committee's own figures, from the bloc's size and activity, then calibrated.
	private void ownFlows(List<Calibration> calibrations) {
		for (String m : Metrics.COMMITTEE_FLOWS) {
			own.put(m, new long[H]);
		}
		for (int h = 0; h <= LAST_OWN; h++) {
			double members = totalMembers(Math.max(0, h - 1));
			long orgs = 0;
			for (int u = 0; u < n; u++) {
				if (active(u, h)) {
					orgs++;
				}
			}
			boolean yearEnd = Half.of(h).half() == 2;
			long candidates = sum("candidates_trained", h, h);
			long newMembers = sum("new_members_trained", h, h);
			own.get("candidate_classes")[h] = Math.max(1, Math.round(candidates / 105.0));
			own.get("new_member_classes")[h] = Math.max(1, Math.round(newMembers / 110.0));
			own.get("cards_issued")[h] = Draw.count(random, 0.5 * sum("recognitions", h, h));
			own.get("badges_awarded")[h] = Draw.count(random, members * (yearEnd ? 0.0012 : 0.0006));
			own.get("training_theory_senior")[h] = Draw.count(random, members * 0.0028);
			own.get("training_theory_intermediate")[h] = Draw.count(random, members * 0.0078);
			own.get("training_theory_elementary")[h] = Draw.count(random, members * 0.011);
			own.get("training_professional")[h] = Draw.count(random, members * 0.012);
			own.get("training_university")[h] = Draw.count(random, members * 0.0011);
			own.get("awards_org")[h] = Draw.count(random, orgs * (yearEnd ? 0.12 : 0.025));
			own.get("awards_individual")[h] = Draw.count(random, members * (yearEnd ? 0.0024 : 0.0008));
			own.get("inspections")[h] = Draw.count(random, orgs * 0.08);
			own.get("supervisions")[h] = Draw.count(random, orgs * 0.1);
			own.get("discipline_cases")[h] = Draw.count(random, members * 0.0007);
		}
		for (Calibration c : calibrations) {
			if (!c.unitLevel()) {
				long[] f = own.get(c.metric());
				double[] w = new double[c.to() - c.from() + 1];
				for (int i = 0; i < w.length; i++) {
					w[i] = f[c.from() + i] + 0.3;
				}
				long[] parts = Apportion.split(c.total(), w, null);
				for (int i = 0; i < w.length; i++) {
					f[c.from() + i] = parts[i];
				}
			}
		}
	}
}
