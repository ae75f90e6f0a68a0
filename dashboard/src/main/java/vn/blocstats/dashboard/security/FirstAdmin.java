package vn.blocstats.dashboard.security;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/**
 * There is no default password: on a server's first start with no account at all, creates
 * {@code admin} with a random password and prints it once; never again once any account exists.
 */
@Component
public class FirstAdmin {

	static final String NAME = "admin";

	private final UserAccounts accounts;

	FirstAdmin(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** Creates the first administrator when there is no account; returns whether it did. */
	public boolean createIfNone(PrintStream out) {
		if (!accounts.isEmpty()) {
			return false;
		}
		String password = UserAccounts.randomPassword();
		accounts.add(NAME, Role.ADMIN, password);
		out.println("Chưa có người dùng: đã tạo quản trị viên “" + NAME + "” với mật khẩu " + password);
		out.println("Mật khẩu này chỉ in một lần. Thêm người dùng: blocstats user add --role admin|steward|viewer TÊN");
		return true;
	}
}
