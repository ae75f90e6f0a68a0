package vn.blocstats.etl.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: options ({@code --name value} or {@code --flag}) and positional words.
 * {@code --db} is consumed before Spring starts (it chooses the warehouse) and is not seen here.
 */
public record Args(Map<String, String> options, List<String> words) {

	private static final Set<String> FLAGS = Set.of("dry-run", "inbox", "all", "warm", QueryCommand.ALLOW_FILES);

	public static Args parse(List<String> args) {
		Map<String, String> options = new HashMap<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.startsWith("--") && a.length() > 2) {
				String name = a.substring(2);
				int eq = name.indexOf('=');
				if (eq > 0) {
					options.put(name.substring(0, eq), name.substring(eq + 1));
				}
				else if (FLAGS.contains(name)) {
					options.put(name, "true");
				}
				else if (i + 1 < args.size()) {
					options.put(name, args.get(++i));
				}
				else {
					throw new IllegalArgumentException("Tùy chọn --" + name + " cần một giá trị");
				}
			}
			else {
				words.add(a);
			}
		}
		return new Args(Map.copyOf(options), List.copyOf(words));
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(options.getOrDefault(name, "false"));
	}

	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	public int intOption(String name, int fallback) {
		String v = options.get(name);
		if (v == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(v.replace("_", "").replace(",", "").replace(".", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " cần một số, không phải " + v);
		}
	}
}
