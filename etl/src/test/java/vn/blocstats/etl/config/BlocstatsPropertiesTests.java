package vn.blocstats.etl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;


/**
 * The settings as a command's context reads them: the defaults of today when nothing is set, the names
 * users already write, and a bad value stopping the start with one Vietnamese line that names the
 * setting (the innermost cause, which is what the command line prints).
 */
class BlocstatsPropertiesTests {

	/** The fewest beans that read the settings. */
	private final ApplicationContextRunner query = new ApplicationContextRunner().withUserConfiguration(SettingsConfiguration.class);

	@Test
	void nothing_set_gives_the_defaults_of_the_shipped_properties_files() {
		BlocstatsProperties s = BlocstatsProperties.of(Map.of());

		assertThat(s.db()).isEqualTo("data/blocstats.duckdb");
		assertThat(s.demo()).isFalse();
		assertThat(s.sampleData()).isEqualTo("sample-data");
		assertThat(s.tls()).isFalse();
		assertThat(s.inbox().folder()).isEmpty();
		assertThat(s.inbox().minAge()).isEqualTo(Duration.ofSeconds(10));
		assertThat(s.nightly().enabled()).isFalse();
		assertThat(s.nightly().cron()).isEqualTo("0 0 1 * * *");
		assertThat(s.upload().maxBytes()).isEqualTo(104_857_600L);
		assertThat(s.login().maxFailuresPerNameAndAddress()).isEqualTo(5);
		assertThat(s.login().maxFailuresPerAddress()).isEqualTo(20);
		assertThat(s.login().failureWindow()).isEqualTo(Duration.ofMinutes(15));
		assertThat(s.login().firstDelay()).isEqualTo(Duration.ofSeconds(30));
		assertThat(s.login().maxDelay()).isEqualTo(Duration.ofMinutes(15));
		assertThat(s.charts().rendersPerUser()).isEqualTo(2);
		assertThat(s.charts().renderers()).isZero();
	}

	@Test
	void a_context_binds_the_names_users_write() {
		query.withPropertyValues("blocstats.db=/srv/kho/w.duckdb", "blocstats.nightly.cron=0 30 2 * * *", "blocstats.upload.max-bytes=5000",
				"blocstats.login.max-failures-per-name-and-address=3", "blocstats.login.first-delay=1m", "blocstats.charts.renders-per-user=4",
				"blocstats.sample-data=")
			.run(ctx -> {
				BlocstatsProperties s = ctx.getBean(BlocstatsProperties.class);
				assertThat(s.db()).isEqualTo("/srv/kho/w.duckdb");
				assertThat(s.nightly().cron()).isEqualTo("0 30 2 * * *");
				assertThat(s.upload().maxBytes()).isEqualTo(5000);
				assertThat(s.login().maxFailuresPerNameAndAddress()).isEqualTo(3);
				assertThat(s.login().firstDelay()).isEqualTo(Duration.ofMinutes(1));
				assertThat(s.charts().rendersPerUser()).isEqualTo(4);
				assertThat(s.sampleData()).isEmpty();
				assertThat(ctx.getBean(DataDirectory.class).warehouse()).hasToString("/srv/kho/w.duckdb");
			});
	}

	@Test
	void the_inbox_is_a_value_and_the_prefix_of_its_min_age_at_once() {
		assertThat(BlocstatsProperties.of(Map.of("blocstats.inbox", "/srv/in")).inbox())
			.isEqualTo(new BlocstatsProperties.Inbox("/srv/in", Duration.ofSeconds(10)));
		assertThat(BlocstatsProperties.of(Map.of("blocstats.inbox", "/srv/in", "blocstats.inbox.min-age", "5s")).inbox())
			.isEqualTo(new BlocstatsProperties.Inbox("/srv/in", Duration.ofSeconds(5)));
		assertThat(BlocstatsProperties.of(Map.of("blocstats.inbox.min-age", "2m")).inbox())
			.isEqualTo(new BlocstatsProperties.Inbox("", Duration.ofMinutes(2)));
		assertThat(BlocstatsProperties.of(Map.of("blocstats.inbox", "")).inbox())
			.isEqualTo(new BlocstatsProperties.Inbox("", Duration.ofSeconds(10)));
	}

	@Test
	void a_bad_value_stops_the_start_with_one_vietnamese_line_naming_the_setting() {
		assertStartFails("blocstats.upload.max-bytes=0", "Thiết lập blocstats.upload.max-bytes phải từ 1 trở lên, không phải 0");
		assertStartFails("blocstats.charts.renderers=65", "Thiết lập blocstats.charts.renderers phải từ 0 đến 64, không phải 65");
		assertStartFails("blocstats.inbox.min-age=-5s", "Thiết lập blocstats.inbox.min-age không được âm (ví dụ 10s), không phải PT-5S");
		assertStartFails("blocstats.nightly.cron=0 0 25 * * *", "Thiết lập blocstats.nightly.cron không phải biểu thức cron của Spring"
				+ " (sáu trường: giây phút giờ ngày tháng thứ, ví dụ 0 0 1 * * *): “0 0 25 * * *”");
		assertStartFails("blocstats.login.first-delay=20m",
				"Thiết lập blocstats.login.first-delay (PT20M) không được dài hơn blocstats.login.max-delay (PT15M)");
		assertStartFails("blocstats.db=", "Thiết lập blocstats.db không được để trống");
	}

	@Test
	void a_value_that_is_not_even_of_its_type_is_named_too() {
		assertStartFails("blocstats.login.max-failures-per-address=nhiều",
				"Thiết lập blocstats.login.max-failures-per-address có giá trị “nhiều” không đọc được: cần một số nguyên");
		assertStartFails("blocstats.inbox.min-age=mười giây",
				"Thiết lập blocstats.inbox.min-age có giá trị “mười giây” không đọc được: cần một khoảng thời gian (ví dụ 10s, 15m, 2h)");
		assertStartFails("blocstats.demo=có", "Thiết lập blocstats.demo có giá trị “có” không đọc được: cần true hoặc false");
	}

	@Test
	void read_without_a_context_the_settings_are_the_same_as_in_one() {
		String[] given = { "blocstats.db=/srv/kho/w.duckdb", "blocstats.nightly.cron=0 30 2 * * *", "blocstats.upload.max-bytes=5000",
				"blocstats.login.first-delay=1m", "blocstats.inbox=/srv/hop-thu", "blocstats.inbox.min-age=2m", "blocstats.sample-data=" };
		BlocstatsProperties alone = Settings.read(java.util.Arrays.stream(given).map(g -> "--" + g).toList(), env -> {
		});
		query.withPropertyValues(given).run(ctx -> assertThat(alone).isEqualTo(ctx.getBean(BlocstatsProperties.class)));
		// Nothing given: the shipped defaults, as in a context.
		query.run(ctx -> assertThat(Settings.read(java.util.List.of(), env -> {
		})).isEqualTo(ctx.getBean(BlocstatsProperties.class)));
		// A system property counts, as in a context; a source added before binding (the demo's file) comes first.
		System.setProperty("blocstats.upload.max-bytes", "7000");
		try {
			assertThat(Settings.read(java.util.List.of(), env -> {
			}).upload().maxBytes()).isEqualTo(7000);
		}
		finally {
			System.clearProperty("blocstats.upload.max-bytes");
		}
		assertThat(Settings.read(java.util.List.of("--blocstats.db=a.duckdb"), env -> env.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("demo", java.util.Map.of("blocstats.db", "demo.duckdb")))).db())
			.isEqualTo("demo.duckdb");
		// A bad value: the same one Vietnamese line, as the innermost cause (what the command line prints).
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.read(java.util.List.of("--blocstats.demo=có"), env -> {
		})).rootCause().isInstanceOf(BlocstatsProperties.InvalidSetting.class)
			.hasMessage("Thiết lập blocstats.demo có giá trị “có” không đọc được: cần true hoặc false");
	}

	private void assertStartFails(String setting, String message) {
		query.withPropertyValues(setting).run(ctx -> {
			assertThat(ctx).hasFailed();
			Throwable root = ctx.getStartupFailure();
			while (root.getCause() != null) {
				root = root.getCause();
			}
			assertThat(root).as(setting).isInstanceOf(BlocstatsProperties.InvalidSetting.class).hasMessage(message);
		});
	}
}
