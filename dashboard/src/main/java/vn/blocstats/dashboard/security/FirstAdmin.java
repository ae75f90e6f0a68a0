package vn.blocstats.dashboard.security;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.blocstats.etl.config.DataDirectory;
import vn.blocstats.warehouse.base.OwnerOnly;

/**
 * There is no default password: on a server's first start with no account at all, creates
 * {@code admin} with a random password, written to a file only its owner reads beside the warehouse
 * ({@code <warehouse>.admin-password.txt}, 0600) — never to the console, whose output often ends up
 * in logs; the console says where the file is. Never again once any account exists.
 */
@Component
public class FirstAdmin {

	static final String NAME = "admin";

	private final UserAccounts accounts;
	private final Path file;

	FirstAdmin(UserAccounts accounts, DataDirectory data) {
		this.accounts = accounts;
		this.file = data.adminPasswordFile();
	}

	/** Where the first administrator's password is written for the warehouse {@code db} ({@link DataDirectory#adminPasswordFile}). */
	public static Path passwordFile(Path db) {
		return DataDirectory.of(db).adminPasswordFile();
	}

	/** Creates the first administrator when there is no account; returns whether it did. */
	public boolean createIfNone(PrintStream out) {
		if (!accounts.isEmpty()) {
			return false;
		}
		String password = UserAccounts.randomPassword();
		try {
			if (file.getParent() != null) {
				OwnerOnly.createFolders(file.getParent());
			}
			Files.deleteIfExists(file);
			Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
			Files.writeString(file, NAME + "\n" + password + "\n", StandardCharsets.UTF_8);
		}
		catch (UnsupportedOperationException e) {
			try {
				Files.writeString(file, NAME + "\n" + password + "\n", StandardCharsets.UTF_8);
			}
			catch (IOException io) {
				throw new UncheckedIOException("Cannot write " + file, io);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file, e);
		}
		accounts.add(NAME, Role.ADMIN, password);
		out.println("Chưa có người dùng: đã tạo quản trị viên “" + NAME + "”; mật khẩu ở tệp " + file
				+ " (chỉ người chạy máy chủ đọc được). Đăng nhập, đổi mật khẩu trên màn hình Người dùng rồi xóa tệp này.");
		out.println("Thêm người dùng: blocstats user add --role admin|steward|viewer TÊN");
		return true;
	}
}
