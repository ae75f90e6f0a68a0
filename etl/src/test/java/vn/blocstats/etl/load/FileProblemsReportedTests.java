package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import vn.blocstats.etl.source.UnreadableFileException;

/** Spring Batch's failures reach the log, but not the stack trace of a file the import reports as unreadable. */
class FileProblemsReportedTests {

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
	private final Logger step = context.getLogger("org.springframework.batch.core.step.AbstractStep");
	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
	private final FileProblemsReported filter = new FileProblemsReported();
	private Level before;

	@BeforeEach
	void install() {
		before = step.getLevel();
		step.setLevel(Level.ERROR);
		logged.start();
		step.addAppender(logged);
		filter.afterPropertiesSet();
	}

	@AfterEach
	void remove() {
		step.detachAppender(logged);
		step.setLevel(before);
		context.getTurboFilterList().removeIf(FileProblemsReported.class::isInstance);
	}

	@Test
	void a_step_failing_on_an_unreadable_file_is_left_to_the_imports_own_report() {
		step.error("Encountered an error executing step stage in job importFile",
				new IllegalStateException("wrapped", new UnreadableFileException("bad/empty.csv: Tệp rỗng")));
		step.error("Rolling back chunk transaction", new TableRowReader.NoTableException("Không nhận ra bảng nào trong tệp"));

		assertThat(logged.list).isEmpty();
	}

	@Test
	void any_other_failure_of_spring_batch_is_logged() {
		step.error("Encountered an error executing step stage in job importFile", new IllegalStateException("the job repository is full"));

		assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Encountered an error executing step stage in job importFile");
	}

	@Test
	void installing_twice_keeps_one_filter() {
		new FileProblemsReported().afterPropertiesSet();

		assertThat(context.getTurboFilterList().stream().filter(FileProblemsReported.class::isInstance)).hasSize(1);
	}
}
