package vn.blocstats.etl.cli;

import java.io.PrintStream;

/**
 * One command of the command line. Picocli sets its options and parameters (its annotated fields) from
 * the words, before any Spring context starts, so that a wrong command line or a help request costs no
 * start-up; then the context that the command needs starts and gives it its collaborators (its
 * {@code @Autowired} fields: {@link CommandLines#autowire}); then it runs.
 */
public interface CliCommand {

	/** Runs the command; returns the process's exit code ({@link CommandLines#OK}, {@link CommandLines#USAGE}…). */
	int run(PrintStream out, PrintStream err);
}
