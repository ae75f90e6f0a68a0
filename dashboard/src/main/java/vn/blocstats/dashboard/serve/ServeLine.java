package vn.blocstats.dashboard.serve;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import vn.blocstats.etl.cli.CliCommand;

/**
 * {@code blocstats serve [--port 8080] [--server.address=0.0.0.0 …]}: the command line of the long-running server
 * ({@link ServeCommand}). Its port and its Spring settings are read before the application starts (they configure it).
 */
@Command(name = "serve", sortOptions = false)
public final class ServeLine implements CliCommand {

	/** The Spring settings that {@code serve} takes on its command line. */
	private static final Pattern SETTING = Pattern.compile("--(server|blocstats|spring|logging)\\.[A-Za-z0-9._\\-\\[\\]]+=.*");

	@Option(names = "--port", paramLabel = "8080", descriptionKey = "serve.port")
	Integer port;

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Autowired
	private ServeCommand serve;

	/** The port asked for, or null (then {@code server.port}, 8080 by default). */
	public Integer port() {
		return port;
	}

	/**
	 * The Spring settings given ({@code --server.address=0.0.0.0}).
	 *
	 * @throws IllegalArgumentException for a word that is no such setting, or a port out of range
	 */
	public List<String> settings() {
		if (port != null && (port < 0 || port > 65535)) {
			throw new IllegalArgumentException("--port cần một số cổng từ 0 đến 65535, không phải " + port);
		}
		for (String s : settings) {
			if (!SETTING.matcher(s).matches()) {
				throw new IllegalArgumentException("Tùy chọn không có: " + s);
			}
		}
		return List.copyOf(settings);
	}

	@Override
	public int run(PrintStream out, PrintStream err) {
		return serve.run(out, err);
	}
}
