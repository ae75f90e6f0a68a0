package vn.blocstats.dashboard.savedviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Saved views in a real H2 account database: each user's own, a name saved again replaces its
 * address, only an address of the dashboard's screens is kept (never another site or a script).
 */
class SavedViewsTests {

	@TempDir
	Path dir;

	@Test
	void each_user_keeps_their_own_views_by_name_and_only_addresses_of_the_dashboard() throws Exception {
		SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + dir.resolve("a"), "sa", "");
		SavedViews views = new SavedViews(h2, Clock.systemDefaultZone());

		views.save("lan", "Kết nạp", "xu-huong?committee=74-KCQDN&metric=admissions&lang=vi");
		views.save("lan", "Kết nạp", "xu-huong?committee=36-KCQDN&metric=admissions&lang=vi");
		views.save("minh", "Chỉ tiêu", "chi-tieu?committee=68-KCQ&term=2015-2020&lang=en");

		assertThat(views.of("lan")).singleElement().satisfies(v -> {
			assertThat(v.name()).isEqualTo("Kết nạp");
			assertThat(v.address()).contains("36-KCQDN");
		});
		long theirs = views.of("minh").getFirst().id();
		views.remove("lan", theirs);
		assertThat(views.of("minh")).as("nobody removes another user's view").hasSize(1);

		for (String address : new String[] { "https://example.com/", "//example.com", "javascript:alert(1)", "xu-huong?a=<b>",
				"../login", "" }) {
			assertThatThrownBy(() -> views.save("lan", "Lạ", address)).as(address).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("địa chỉ");
		}
		assertThatThrownBy(() -> views.save("lan", " ", "tong-quan")).hasMessageContaining("Tên góc nhìn");
		for (int i = views.of("lan").size(); i < SavedViews.MAX_PER_USER; i++) {
			views.save("lan", "Góc " + i, "tong-quan?lang=vi");
		}
		assertThatThrownBy(() -> views.save("lan", "Một nữa", "tong-quan")).hasMessageContaining("xóa bớt");
	}
}
