package vn.blocstats.dashboard.savedviews;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Each user's saved views ({@code saved_view} in the account database, created when missing): a
 * name and an address inside the dashboard. Only an address of this dashboard is kept — a path of
 * lower-case words and hyphens with its query ({@code xu-huong?committee=74-KCQDN&lang=vi}), never
 * another site or a script — so a saved view can only open a screen of ours. Saving a name again
 * replaces its address. A user sees and removes only their own views. Thread-safe.
 */
@Component
public class SavedViews {

	/** At most this many views per user (the oldest must be removed to save another). */
	public static final int MAX_PER_USER = 50;
	static final int MAX_NAME = 80;
	static final int MAX_ADDRESS = 2000;
	private static final Pattern ADDRESS = Pattern.compile("[a-z][a-z-]{0,40}(\\?[A-Za-z0-9%&=._~+,-]*)?");

	/** A saved view. */
	public record SavedView(long id, String name, String address, LocalDateTime savedAt) {
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;

	SavedViews(DataSource dataSource, Clock clock) {
		new ResourceDatabasePopulator(new ClassPathResource("savedviews/saved_view.sql")).execute(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	/** {@code user}'s views, by name. */
	public List<SavedView> of(String user) {
		return jdbc.query("SELECT id, name, address, saved_at FROM saved_view WHERE username = ? ORDER BY name",
				(rs, i) -> new SavedView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime()), user);
	}

	/**
	 * Saves {@code address} as {@code user}'s view {@code name} (replacing the view of that name).
	 *
	 * @throws IllegalArgumentException when the name is blank or too long, the address is not one of
	 *         the dashboard's, or the user has {@value #MAX_PER_USER} views already — the message in Vietnamese
	 */
	public void save(String user, String name, String address) {
		String n = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
		if (n.isEmpty() || n.codePointCount(0, n.length()) > MAX_NAME) {
			throw new IllegalArgumentException("Tên góc nhìn từ 1 đến " + MAX_NAME + " ký tự.");
		}
		if (address == null || address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches()) {
			throw new IllegalArgumentException("Chỉ lưu được địa chỉ của một màn hình trong bảng điều khiển.");
		}
		int updated = jdbc.update("UPDATE saved_view SET address = ?, saved_at = ? WHERE username = ? AND name = ?", address,
				Timestamp.valueOf(LocalDateTime.now(clock)), user, n);
		if (updated > 0) {
			return;
		}
		Integer count = jdbc.queryForObject("SELECT count(*) FROM saved_view WHERE username = ?", Integer.class, user);
		if (count != null && count >= MAX_PER_USER) {
			throw new IllegalArgumentException("Đã có " + MAX_PER_USER + " góc nhìn: hãy xóa bớt trước khi lưu thêm.");
		}
		jdbc.update("INSERT INTO saved_view (username, name, address, saved_at) VALUES (?, ?, ?, ?)", user, n, address,
				Timestamp.valueOf(LocalDateTime.now(clock)));
	}

	/** Removes {@code user}'s view {@code id} (nothing when it is another user's). */
	public void remove(String user, long id) {
		jdbc.update("DELETE FROM saved_view WHERE id = ? AND username = ?", id, user);
	}
}
