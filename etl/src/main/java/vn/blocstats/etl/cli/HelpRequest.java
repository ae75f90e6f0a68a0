package vn.blocstats.etl.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code blocstats help [COMMAND…]}: the usage of the whole command line, or of one command. */
@Command(name = "help")
public final class HelpRequest {

	@Parameters(arity = "0..*", paramLabel = "COMMAND", descriptionKey = "help.command")
	List<String> commands = new ArrayList<>();
}
