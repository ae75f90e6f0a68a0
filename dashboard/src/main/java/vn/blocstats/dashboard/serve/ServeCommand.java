package vn.blocstats.dashboard.serve;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.blocstats.dashboard.handoff.HandoffResume;
import vn.blocstats.dashboard.handoff.ServerAnnouncement;
import vn.blocstats.dashboard.security.FirstAdmin;
import vn.blocstats.dashboard.upload.UploadService;
import vn.blocstats.etl.config.BlocstatsProperties;
import vn.blocstats.etl.inbox.InboxImport;
import vn.blocstats.etl.load.ImportRecovery;
import vn.blocstats.etl.load.ImportService;
import vn.blocstats.warehouse.WarehouseException;

/**
 * {@code blocstats serve}: opens the warehouse (holding it: no other process can open it while
 * the server runs), recovers imports interrupted by a killed process, loads the sample data into a
 * new demo warehouse ({@code --demo}, {@link SampleDataOnFirstStart}; a real warehouse starts empty),
 * says which warehouse it serves (a demo's figures are invented), creates the first administrator
 * when there is no account ({@link FirstAdmin}), says where the dashboard is, then keeps the application
 * context alive until it is closed (SIGTERM or Ctrl+C run Spring's shutdown hook), while the
 * {@code serve} profile's scheduler runs the inbox on {@code blocstats.nightly.cron}.
 * Thread-safe: {@link #run} blocks the calling thread; closing the context releases it.
 */
@Component
public class ServeCommand {

	private final ImportService imports;
	private final InboxImport inbox;
	private final String cron;
	private final boolean scheduled;
	private final SampleDataOnFirstStart sampleData;
	private final FirstAdmin firstAdmin;
	private final Environment environment;
	private final ServerAnnouncement announcement;
	private final HandoffResume handoffs;
	private final UploadService uploads;
	private final vn.blocstats.dashboard.demo.DemoWarehouse demo;
	private final org.springframework.beans.factory.ObjectProvider<vn.blocstats.warehouse.Warehouse> warehouse;
	private final CountDownLatch closed = new CountDownLatch(1);

	ServeCommand(@Lazy ImportService imports, @Lazy InboxImport inbox, BlocstatsProperties settings, SampleDataOnFirstStart sampleData,
			FirstAdmin firstAdmin, Environment environment, ServerAnnouncement announcement,
			HandoffResume handoffs, UploadService uploads, vn.blocstats.dashboard.demo.DemoWarehouse demo,
			org.springframework.beans.factory.ObjectProvider<vn.blocstats.warehouse.Warehouse> warehouse) {
		this.imports = imports;
		this.demo = demo;
		this.warehouse = warehouse;
		this.uploads = uploads;
		this.handoffs = handoffs;
		this.announcement = announcement;
		this.firstAdmin = firstAdmin;
		this.environment = environment;
		this.sampleData = sampleData;
		this.inbox = inbox;
		this.cron = settings.nightly().cron();
		this.scheduled = settings.nightly().enabled();
	}

	/** Serves until the context closes; returns the exit code (1 when the warehouse cannot be opened). */
	public int run(PrintStream out, PrintStream err) {
		List<ImportRecovery.Recovered> recovered;
		try {
			recovered = imports.recoverInterrupted();
		}
		catch (RuntimeException e) {
			Throwable w = e;
			while (w != null && !(w instanceof WarehouseException)) {
				w = w.getCause();
			}
			if (w == null) {
				throw e;
			}
			err.println("Không mở được kho dữ liệu: " + w.getMessage());
			err.println("Có thể một tiến trình blocstats khác (serve hoặc import) đang giữ kho.");
			return 1;
		}
		for (ImportRecovery.Recovered r : recovered) {
			out.println("Khôi phục lần nạp bị ngắt #" + r.executionId() + " (" + r.file() + "): " + r.message());
		}
		// Before any client can hand files over again: what a killed server was importing, from its kept copy.
		handoffs.resumeInterrupted(out);
		int abandoned = uploads.removeAbandoned();
		if (abandoned > 0) {
			out.println("Xóa " + abandoned + " tệp tải lên màn hình Nhập dữ liệu chưa được nạp (hoặc báo cáo kiểm tra) từ lần chạy trước.");
		}
		try {
			sampleData.loadIfNew().ifPresent(s -> out.println("Kho demo mới: đã nạp dữ liệu mẫu (" + s.files().size() + " tệp, "
					+ vn.blocstats.warehouse.base.VietFormat.count(s.files().stream().mapToLong(f -> f.loaded()).sum())
					+ " dòng); báo cáo: " + s.report()));
		}
		catch (java.sql.SQLException e) {
			err.println("Không nạp được dữ liệu mẫu: " + e.getMessage());
		}
		// Which warehouse this is, said once: a demo's figures are invented; a real one may still be empty.
		java.nio.file.Path file = warehouse.getObject().file();
		if (demo.demo()) {
			out.println("Kho demo " + file + ": DỮ LIỆU MẪU — số liệu giả lập, không dùng cho văn bản chính thức"
					+ " (mọi màn hình và tệp xuất đều ghi rõ). Số liệu thật: ./blocstats serve (không có --demo).");
		}
		else if (demo.noFigures()) {
			out.println("Kho " + file + " chưa có số liệu: nạp tệp bằng ./blocstats import TỆP… hoặc màn hình Nhập dữ liệu,"
					+ " hoặc đặt tệp vào hộp thư đến " + inbox.inbox() + ". Xem thử với dữ liệu mẫu: ./blocstats serve --demo.");
		}
		firstAdmin.createIfNone(out);
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			out.println("Bảng điều khiển: http://localhost:" + port + "/");
			// From now on `blocstats import` hands its files to this server instead of meeting DuckDB's lock.
			announcement.announce(Integer.parseInt(port));
		}
		out.println("blocstats serve: hộp thư đến " + inbox.inbox() + "; "
				+ (scheduled ? "nạp theo lịch “" + cron + "”" : "lịch nạp tắt (blocstats.nightly.enabled=false)")
				+ ". Dừng bằng Ctrl+C hoặc SIGTERM.");
		try {
			closed.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return 0;
	}

	@EventListener(ContextClosedEvent.class)
	void contextClosed() {
		closed.countDown();
	}
}
