package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A grassroots organisation of the sample (a đảng bộ cơ sở or a chi bộ cơ sở).
 *
 * @param code {@code 74-KCQDN-017}
 * @param name its name ({@code Đảng bộ Sở Y tế}), NFC
 * @param committee {@code true} for a đảng bộ cơ sở, {@code false} for a chi bộ cơ sở
 * @param group which committee takes it over in February 2025
 * @param from first day (null: before 2010)
 * @param to last day (null: still open at the end of 2025)
 * @param successor the unit that takes it over when it ends (null: dissolved or none)
 * @param size members when it starts
 * @param subordinateCells its chi bộ trực thuộc (a đảng bộ cơ sở only)
 * @param listedCells names of chi bộ trực thuộc listed in the units file (a few đảng bộ cơ sở only)
 */
record Unit(String code, String name, boolean committee, Group group, LocalDate from, LocalDate to, String successor, int size,
		int subordinateCells, List<String> listedCells) {

	/** Where the unit goes on the bloc's end: party agencies, front and mass organisations → DCQD; the rest → DUB. */
	enum Group { PARTY, STATE, PUBLIC, ENTERPRISE }

	boolean validOn(LocalDate d) {
		return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
	}

	/** Whether the unit reports for the half-year (valid on its first and last day). */
	boolean reports(Half h) {
		return validOn(h.start()) && validOn(h.end());
	}

	String type() {
		return committee ? "dang_bo_co_so" : "chi_bo_co_so";
	}
}
