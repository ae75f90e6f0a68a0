package vn.blocstats.dashboard.audit;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log on the account database (the job repository's H2 file), in every command's context. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditLog auditLog(DataSource dataSource, Clock clock) {
		return new AuditLog(dataSource, clock);
	}

	/** The clock of the audit and the login throttle; tests replace it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
