package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** Prints rows as an aligned text table (widths in code points, so Vietnamese text lines up). */
final class TextTable {

	private TextTable() {
	}

	static void print(List<String> header, List<List<String>> rows, Set<Integer> rightAligned, PrintStream out) {
		int[] width = new int[header.size()];
		for (int i = 0; i < header.size(); i++) {
			width[i] = len(header.get(i));
		}
		for (List<String> r : rows) {
			for (int i = 0; i < r.size() && i < width.length; i++) {
				width[i] = Math.max(width[i], len(r.get(i)));
			}
		}
		line(header, width, rightAligned, out);
		StringBuilder rule = new StringBuilder();
		for (int i = 0; i < width.length; i++) {
			rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
		}
		out.println(rule);
		for (List<String> r : rows) {
			line(r, width, rightAligned, out);
		}
	}

	private static void line(List<String> cells, int[] width, Set<Integer> right, PrintStream out) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < width.length; i++) {
			String c = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
			String pad = " ".repeat(width[i] - len(c));
			sb.append(i == 0 ? "" : " | ").append(right.contains(i) ? pad + c : c + pad);
		}
		out.println(sb.toString().stripTrailing());
	}

	private static int len(String s) {
		return s == null ? 0 : s.codePointCount(0, s.length());
	}
}
