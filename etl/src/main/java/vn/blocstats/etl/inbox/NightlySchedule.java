package vn.blocstats.etl.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import vn.blocstats.etl.config.BlocstatsProperties;

/**
 * Runs the inbox on the cron expression {@code blocstats.nightly.cron} (default 01:00 every day,
 * the server's time zone). Exists only where {@code blocstats.nightly.enabled=true}: the long-running
 * {@code blocstats serve} process, which owns the warehouse file; command-line runs never schedule
 * anything. A run waits for an import of the same process in progress (the one-import-at-a-time
 * turn), so scheduled and on-demand runs never overlap. A failed run is logged and the next one
 * tries again: files that were not imported are still in the inbox. Each finished run is published
 * as an application event (the {@link InboxImport.InboxRun}). The expression is the checked setting
 * ({@link BlocstatsProperties.Nightly#cron}); whether to schedule at all is decided on the property itself,
 * before any bean exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "blocstats.nightly.enabled")
@EnableScheduling
class NightlySchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final InboxImport inbox;
	private final ApplicationEventPublisher events;
	private final String cron;

	NightlySchedule(InboxImport inbox, ApplicationEventPublisher events, BlocstatsProperties settings) {
		this.inbox = inbox;
		this.events = events;
		this.cron = settings.nightly().cron();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(this::nightly, cron);
	}

	void nightly() {
		log.info("Nightly import of {}", inbox.inbox());
		try {
			InboxImport.InboxRun run = inbox.run(false);
			// Heard by whoever keeps a record of imports (the dashboard's audit table).
			events.publishEvent(run);
			log.info("Nightly import done: {} file(s), {} left for the next run{}", run.files().size(), run.waiting().size(),
					run.stoppedBy() == null ? "" : "; stopped by a system failure at " + run.stoppedBy());
		}
		catch (RuntimeException e) {
			log.error("Nightly import failed; the files stay in the inbox for the next run", e);
		}
	}
}
