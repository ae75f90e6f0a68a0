package vn.blocstats.dashboard.chart;

import java.util.Objects;

/**
 * A chart element's key (a unit's code, a target's row) with the label the chart shows for it. Used
 * as a category key: the axis prints {@link #label}, and {@link ChartRenderer#interactiveSvg} writes
 * {@link #key} into the element's {@code data-key}, so that a click on a bar names what it stands
 * for. Ordered by key.
 */
public record ItemKey(String key, String label) implements Comparable<ItemKey> {

	public ItemKey {
		Objects.requireNonNull(key);
		Objects.requireNonNull(label);
	}

	@Override
	public int compareTo(ItemKey o) {
		return key.compareTo(o.key);
	}

	@Override
	public String toString() {
		return label;
	}
}
