package vn.blocstats.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.blocstats.etl.cli.Args;
import vn.blocstats.etl.cli.Cli;

import vn.blocstats.tools.sample.NationalData;
import vn.blocstats.tools.sample.SampleData;

/**
 * {@code blocstats sample write [--out sample-data] [--seed N]} and
 * {@code blocstats sample national --out DIR [--seed N] [--provinces 34] [--units 200]}.
 */
@Component
class SampleCommand {

	int run(Args args, PrintStream out, PrintStream err) {
		List<String> w = args.words();
		long seed = args.intOption("seed", (int) SampleData.DEFAULT_SEED);
		try {
			if (w.size() == 1 && w.getFirst().equals("write")) {
				Path dir = Path.of(args.option("out", "sample-data"));
				List<Path> files = SampleData.write(dir, seed);
				out.println("Đã ghi " + files.size() + " tệp vào " + dir);
				return 0;
			}
			if (w.size() == 1 && w.getFirst().equals("national") && args.options().containsKey("out")) {
				long start = System.nanoTime();
				NationalData.Result r = NationalData.write(Path.of(args.option("out", "")), seed, args.intOption("provinces", 34),
						args.intOption("units", 200));
				out.printf("Đã ghi %d tệp, %,d dòng số liệu, %,d byte vào %s trong %.1f s%n", r.files(), r.figureRows(), r.bytes(),
						args.option("out", ""), (System.nanoTime() - start) / 1e9);
				return 0;
			}
		}
		catch (IOException e) {
			err.println("Không ghi được dữ liệu mẫu: " + e.getMessage());
			return 1;
		}
		err.println("Cách dùng: blocstats sample write [--out sample-data] [--seed N] | "
				+ "blocstats sample national --out DIR [--seed N] [--provinces 34] [--units 200]");
		return Cli.USAGE;
	}
}
