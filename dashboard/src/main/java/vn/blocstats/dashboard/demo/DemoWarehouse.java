package vn.blocstats.dashboard.demo;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.chart.Texts;
import vn.blocstats.etl.load.WarehouseChanged;
import vn.blocstats.warehouse.Warehouse;
import vn.blocstats.warehouse.info.WarehouseInfo;

/**
 * The one place that decides whether this process's warehouse is a demo ({@link WarehouseInfo#demo}:
 * marked by {@code --demo}, or holding a load of the sample data), and the notice every export of a
 * demo carries ({@code demo.notice} in the message bundle, in the export's language). Read once and
 * kept until an import's turn ends ({@link WarehouseChanged}: a load of the sample data may have made
 * it one), not per request. Also whether the warehouse has no figure yet ({@link #noFigures()}: the
 * first run). Thread-safe.
 */
@Component
public class DemoWarehouse {

	private final ObjectProvider<Warehouse> warehouse;
	/** Whether the warehouse is a demo, while no import's turn has ended since it was read; null: read it again. */
	private final AtomicReference<Boolean> demo = new AtomicReference<>();
	/** Set once a figure was seen. */
	private volatile boolean hasFigures;

	DemoWarehouse(ObjectProvider<Warehouse> warehouse) {
		this.warehouse = warehouse;
	}

	/** Whether the warehouse holds the invented sample data. */
	public boolean demo() {
		Boolean d = demo.get();
		if (d != null) {
			return d;
		}
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			d = WarehouseInfo.demo(c);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read whether the warehouse is a demo", e);
		}
		// A turn that ended while this was read has set null: keep that, the next caller reads again.
		demo.compareAndSet(null, d);
		return d;
	}

	/** "Dữ liệu mẫu — số liệu giả lập, …" in {@code locale}'s language for a demo warehouse; empty for a real one. */
	public Optional<String> notice(Locale locale) {
		return demo() ? Optional.of(Texts.get(locale, "demo.notice")) : Optional.empty();
	}

	/**
	 * Whether no figure was ever loaded: a new warehouse (a real one starts so). Once there is a
	 * figure it is not read again (figures are superseded, never all removed).
	 */
	public boolean noFigures() {
		if (hasFigures) {
			return false;
		}
		try (DuckDBConnection c = warehouse.getObject().connection()) {
			boolean none = WarehouseInfo.noFigures(c);
			hasFigures = !none;
			return none;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read whether the warehouse has figures", e);
		}
	}

	@EventListener
	void warehouseChanged(WarehouseChanged event) {
		demo.set(null);
	}
}
