package vn.blocstats.etl.load;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import vn.blocstats.etl.source.UnreadableFileException;

/**
 * Spring Batch logs every failure of an import's step ({@code logging.level.org.springframework.batch=ERROR}),
 * except the one kind the import reports itself, in Vietnamese, with the file's name: a file that cannot be read
 * as a table ({@link UnreadableFileException}, {@link TableRowReader.NoTableException}) — its stack trace would
 * only bury that message on the command line. Everything else Spring Batch says (a job repository that cannot
 * be written, a failure of ours) stays in the log.
 */
@Component
class FileProblemsReported extends TurboFilter implements InitializingBean {

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (t == null || !logger.getName().startsWith("org.springframework.batch.")) {
			return FilterReply.NEUTRAL;
		}
		for (Throwable x = t; x != null; x = x.getCause()) {
			if (x instanceof UnreadableFileException || x instanceof TableRowReader.NoTableException) {
				return FilterReply.DENY;
			}
		}
		return FilterReply.NEUTRAL;
	}

	/** Installed once logging is set up (Spring Boot configures Logback before the context's beans). */
	@Override
	public void afterPropertiesSet() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& context.getTurboFilterList().stream().noneMatch(FileProblemsReported.class::isInstance)) {
			start();
			context.addTurboFilter(this);
		}
	}
}
