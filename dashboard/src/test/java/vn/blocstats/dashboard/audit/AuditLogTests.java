package vn.blocstats.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The audit table in a real H2 file database like the job repository's. */
class AuditLogTests {

	@TempDir
	Path dir;

	DataSource dataSource;
	Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:15:30Z"), ZoneOffset.UTC);

	@BeforeEach
	void database() {
		dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("w.jobs"), "sa", "");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void an_event_records_the_signed_in_user_the_action_the_detail_and_the_time() {
		AuditLog audit = new AuditLog(dataSource, clock);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lan", null,
				AuthorityUtils.createAuthorityList("ROLE_STEWARD")));

		audit.record(AuditAction.IMPORT, "2 tệp: don-vi.csv, so-lieu.xlsx");

		assertThat(audit.recent(10)).singleElement().satisfies(e -> {
			assertThat(e.username()).isEqualTo("lan");
			assertThat(e.action()).isEqualTo("import");
			assertThat(e.detail()).isEqualTo("2 tệp: don-vi.csv, so-lieu.xlsx");
			assertThat(e.at()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 15, 30));
			assertThat(e.client()).isNull();
		});
	}

	@Test
	void without_a_signed_in_user_the_event_is_the_systems() {
		AuditLog audit = new AuditLog(dataSource, clock);

		audit.record(AuditAction.EXPORT, "chart.png");

		assertThat(audit.recent(10)).extracting(AuditEvent::username).containsExactly("system");
	}

	@Test
	void the_table_survives_a_restart_and_the_newest_event_comes_first() {
		new AuditLog(dataSource, clock).record("an", AuditAction.LOGIN, null, "127.0.0.1");
		AuditLog reopened = new AuditLog(dataSource, Clock.offset(clock, java.time.Duration.ofHours(1)));
		reopened.record("an", AuditAction.LOGOUT, null, "127.0.0.1");
		reopened.record("binh", AuditAction.LOGIN, null, "::1");

		List<AuditEvent> events = reopened.recent(10);

		assertThat(events).extracting(AuditEvent::action).containsExactly("login", "logout", "login");
		assertThat(events).extracting(AuditEvent::client).containsExactly("::1", "127.0.0.1", "127.0.0.1");
		assertThat(reopened.lastLogins()).containsExactly(
				java.util.Map.entry("an", LocalDateTime.of(2026, 11, 23, 8, 15, 30)),
				java.util.Map.entry("binh", LocalDateTime.of(2026, 11, 23, 9, 15, 30)));
	}

	@Test
	void a_long_detail_is_shortened_not_refused() {
		AuditLog audit = new AuditLog(dataSource, clock);

		audit.record("an", AuditAction.IMPORT, "x".repeat(5000), null);

		assertThat(audit.recent(1).getFirst().detail()).hasSize(4000).endsWith("…");
	}
}
