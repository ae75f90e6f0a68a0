package vn.blocstats.dashboard.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code blocstats user add --role admin|steward|viewer [--password-stdin] NAME}: adds a dashboard
 * account. With {@code --password-stdin} the password is the first line of standard input (at
 * least {@value UserAccounts#MIN_PASSWORD_LENGTH} characters);
 * otherwise a random one is generated and printed once.
 */
@Component
public class UserCommand {

	/** Exit code of a command line that cannot be understood (as the etl commands). */
	static final int USAGE = 64;

	private final UserAccounts accounts;

	UserCommand(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** Runs {@code words} (starting with {@code user}); returns the exit code. */
	public int run(List<String> words, InputStream in, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(words.subList(1, words.size()));
		if (rest.isEmpty() || !rest.removeFirst().equals("add")) {
			err.println("Cách dùng: blocstats user add --role admin|steward|viewer [--password-stdin] TÊN");
			return USAGE;
		}
		boolean fromStdin = rest.remove("--password-stdin");
		int at = rest.indexOf("--role");
		if (at < 0 || at + 1 >= rest.size()) {
			err.println("Thiếu --role admin|steward|viewer");
			return USAGE;
		}
		String roleName = rest.get(at + 1);
		rest.subList(at, at + 2).clear();
		if (rest.size() != 1) {
			err.println("Cần đúng một tên người dùng");
			return USAGE;
		}
		String name = rest.getFirst();
		try {
			Role role = Role.of(roleName);
			String password = fromStdin ? firstLine(in) : UserAccounts.randomPassword();
			if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
				err.println("Mật khẩu phải có ít nhất " + UserAccounts.MIN_PASSWORD_LENGTH + " ký tự (không có mật khẩu ngắn hay mặc định).");
				return USAGE;
			}
			accounts.add(name, role, password);
			out.println("Đã thêm người dùng “" + name + "” (" + role + ")."
					+ (fromStdin ? "" : " Mật khẩu (chỉ in một lần): " + password));
			return 0;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
	}

	private static String firstLine(InputStream in) {
		try {
			String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
			return line == null ? "" : line;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
