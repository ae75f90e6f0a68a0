package vn.blocstats.dashboard.security;

import java.util.Arrays;
import java.util.Locale;

/** The roles of the dashboard: viewers read and export, stewards also import, administrators also manage users. */
public enum Role {

	VIEWER, STEWARD, ADMIN;

	/** The Spring Security authority stored in {@code authorities} ({@code ROLE_ADMIN}). */
	String authority() {
		return "ROLE_" + name();
	}

	/** The role named {@code name} on the command line ({@code admin}, {@code steward}, {@code viewer}). */
	static Role of(String name) {
		return Arrays.stream(values())
			.filter(r -> r.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Vai trò “" + name + "” không hợp lệ: admin, steward hoặc viewer"));
	}

	/** The role of a stored authority ({@code ROLE_ADMIN}); viewer for an account without one. */
	static Role ofAuthority(String authority) {
		return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst().orElse(VIEWER);
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
