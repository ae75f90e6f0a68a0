package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A bloc committee of the sample and what the sample needs to know about it: its province, terms,
 * how many grassroots organisations it has (as of 30/6/2022), their size, how it ends in 2025 and
 * which province and committees take it over on 1/7/2025.
 *
 * @param province the province's GSO code ({@code 74})
 * @param provinceName {@code Tỉnh Bình Dương}
 * @param place the province's name in unit names ({@code Bình Dương})
 * @param code the committee's code ({@code 74-KCQDN})
 * @param name the committee's full name
 * @param folder the sample-data folder of the committee's files
 * @param terms the committee's terms, oldest first; the last ends on {@code blocEnd}
 * @param committeesAt2022 đảng bộ cơ sở valid on 30/6/2022
 * @param cellsAt2022 chi bộ cơ sở valid on 30/6/2022
 * @param enterprises whether enterprises belong to the bloc (a CCQ&DN bloc)
 * @param blocEnd the bloc's last day (the new committees start the day after)
 * @param host the province that takes this one over on 1/7/2025 (its own code if it keeps it)
 * @param hostName the host province's name ({@code Thành phố Hồ Chí Minh})
 * @param hostPlace the host's name in committee names
 * @param towns place names of the province for enterprise names
 */
record Committee(String province, String provinceName, String place, String code, String name, String folder, List<Term> terms,
		int committeesAt2022, int cellsAt2022, boolean enterprises, LocalDate blocEnd, String host, String hostName, String hostPlace,
		List<String> towns) {

	/** A term: congress number (Roman), label ({@code 2015-2020}), congress date; {@code assumed} when no source gives the date. */
	record Term(String congress, String label, LocalDate start, boolean assumed) {
	}

	/** The committee of party agencies of the province after the bloc ({@code 74-DCQD}). */
	String partyCommittee() {
		return province + "-DCQD";
	}

	/** The committee of the provincial People's Committee after the bloc ({@code 74-DUB}). */
	String governmentCommittee() {
		return province + "-DUB";
	}

	boolean keepsCode() {
		return host.equals(province);
	}

	Term term(String label) {
		return terms.stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
	}

	/** The last day of a term: the day before the next congress, or the bloc's end. */
	LocalDate termEnd(Term t) {
		int i = terms.indexOf(t);
		return i + 1 < terms.size() ? terms.get(i + 1).start().minusDays(1) : blocEnd;
	}
}
