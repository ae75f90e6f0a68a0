package vn.blocstats.warehouse.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** SQL scripts kept as resources: read one, split it into statements at ';' outside quotes and comments. */
public final class SqlScripts {

	private SqlScripts() {
	}

	/** The statements of the class-path resource {@code path} (e.g. {@code "publish/figures.sql"}). */
	public static List<String> load(String path) {
		try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No SQL script " + path + " on the class path");
			}
			return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read SQL script " + path, e);
		}
	}

	public static List<String> split(String script) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int n = script.length();
		for (int i = 0; i < n; i++) {
			char c = script.charAt(i);
			if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
				int eol = script.indexOf('\n', i);
				i = eol < 0 ? n : eol;
				cur.append('\n');
				continue;
			}
			if (c == '\'' || c == '"') {
				int j = i + 1;
				while (j < n) {
					if (script.charAt(j) == c) {
						if (j + 1 < n && script.charAt(j + 1) == c) {
							j += 2;
							continue;
						}
						break;
					}
					j++;
				}
				cur.append(script, i, Math.min(j + 1, n));
				i = j;
				continue;
			}
			if (c == ';') {
				add(out, cur);
				cur.setLength(0);
				continue;
			}
			cur.append(c);
		}
		add(out, cur);
		return out;
	}

	private static void add(List<String> out, StringBuilder cur) {
		String s = cur.toString().strip();
		if (!s.isEmpty()) {
			out.add(s);
		}
	}
}
