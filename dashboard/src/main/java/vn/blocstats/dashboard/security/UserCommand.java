package vn.blocstats.dashboard.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.blocstats.etl.cli.CliCommand;
import vn.blocstats.etl.cli.CommandLines;

/**
 * {@code blocstats user add --role admin|steward|viewer [--password-stdin] NAME}: adds a dashboard
 * account. With {@code --password-stdin} the password is the first line of standard input (at
 * least {@value UserAccounts#MIN_PASSWORD_LENGTH} characters);
 * otherwise a random one is generated and printed once.
 */
@Command(name = "user", subcommands = UserCommand.Add.class)
public final class UserCommand {

	/** {@code user add}. */
	@Command(name = "add", sortOptions = false)
	public static final class Add implements CliCommand {

		@Option(names = "--role", required = true, paramLabel = "admin|steward|viewer", descriptionKey = "user.role")
		String role;

		@Option(names = "--password-stdin", descriptionKey = "user.password-stdin")
		boolean fromStdin;

		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "user.name")
		String name;

		@Autowired
		private UserAccounts accounts;

		/** Where {@code --password-stdin} reads (standard input; a test's stream). */
		InputStream in = System.in;

		Add() {
		}

		/** The command over {@code accounts} reading the password from {@code in} (tests: no Spring context). */
		Add(UserAccounts accounts, InputStream in) {
			this.accounts = accounts;
			this.in = in;
		}

		@Override
		public int run(PrintStream out, PrintStream err) {
			try {
				Role r = Role.of(role);
				String password = fromStdin ? firstLine(in) : UserAccounts.randomPassword();
				if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
					err.println("Mật khẩu phải có ít nhất " + UserAccounts.MIN_PASSWORD_LENGTH + " ký tự (không có mật khẩu ngắn hay mặc định).");
					return CommandLines.USAGE;
				}
				accounts.add(name, r, password);
				out.println("Đã thêm người dùng “" + name + "” (" + r + ")." + (fromStdin ? "" : " Mật khẩu (chỉ in một lần): " + password));
				return CommandLines.OK;
			}
			catch (IllegalArgumentException e) {
				err.println(e.getMessage());
				return CommandLines.USAGE;
			}
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
