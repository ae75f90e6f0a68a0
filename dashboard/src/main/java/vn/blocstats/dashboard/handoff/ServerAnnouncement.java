package vn.blocstats.dashboard.handoff;

import java.net.URI;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.config.DataDirectory;

/**
 * The running server's {@link ServerFile}: written by {@code serve} once the dashboard listens,
 * removed when the application context closes (SIGTERM, Ctrl+C). Thread-safe.
 */
@Component
public class ServerAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ServerAnnouncement.class);

	private final Path db;
	/** This start's secret: every hand-off must echo it ({@link HandoffSecretCheck}); only the announcement holds it. */
	private final String secret = ServerFile.of(URI.create("http://localhost/"), 0).secret();
	private volatile ServerFile announced;

	ServerAnnouncement(DataDirectory data) {
		this.db = data.warehouse();
	}

	/** The secret a hand-off must send in {@value ImportEndpoint#SECRET}. */
	public String secret() {
		return secret;
	}

	/** Announces this process as the server of the warehouse on {@code port}; returns the file written. */
	public Path announce(int port) {
		ServerFile file = new ServerFile(URI.create("http://localhost:" + port + "/"), ProcessHandle.current().pid(), secret);
		file.write(db);
		announced = file;
		return ServerFile.path(db);
	}

	@EventListener(ContextClosedEvent.class)
	void withdraw() {
		ServerFile file = announced;
		if (file != null) {
			try {
				file.removeIfOurs(db);
			}
			catch (RuntimeException e) {
				log.warn("Cannot remove {}: the next import sees its process gone and ignores it", ServerFile.path(db), e);
			}
			announced = null;
		}
	}
}
