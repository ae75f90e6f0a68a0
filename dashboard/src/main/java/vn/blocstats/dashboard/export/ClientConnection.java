package vn.blocstats.dashboard.export;

import jakarta.servlet.ServletRequest;

import org.apache.coyote.ActionCode;

/**
 * Whether the client that sent a request still holds its connection, asked while the request waits
 * (asynchronously) for its answer. Tomcat reports a connection its client closed only when it writes
 * the answer; a chart that takes a minute to draw would run that minute for nobody. This looks at
 * the connection instead: a non-blocking read on it ({@link ActionCode#AVAILABLE}) that finds the end
 * of the stream — twice in a row, since bytes of a next request sent ahead (HTTP/1.1 pipelining) are
 * read into Tomcat's buffer once and reported once.
 *
 * <p>Safe only while nothing else reads the connection, that is while the request waits: the one
 * who waits {@linkplain #release() releases} it before the answer is given, and every question after
 * that is answered "still there" without touching the connection (which Tomcat reuses for the next
 * request). Set on every request by {@link ClientConnectionValve}; absent outside Tomcat.
 */
final class ClientConnection {

	static final String ATTRIBUTE = ClientConnection.class.getName();

	private org.apache.coyote.Request request;
	private boolean endSeen;

	ClientConnection(org.apache.coyote.Request request) {
		this.request = request;
	}

	/** The request's connection, or none (a request that did not come through Tomcat's connector). */
	static ClientConnection of(ServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof ClientConnection c ? c : null;
	}

	/** Whether the client has closed the connection; never true once {@linkplain #release() released}. */
	synchronized boolean closed() {
		if (request == null) {
			return false;
		}
		request.action(ActionCode.AVAILABLE, Boolean.TRUE);
		boolean end = request.getAvailable() > 0;
		if (end && endSeen) {
			return true;
		}
		endSeen = end;
		return false;
	}

	/** Stops looking at the connection (waits for a look under way): the request is about to be answered. */
	synchronized void release() {
		request = null;
	}
}
