package io.sinmun.system;

/**
 * A job run from the command line ({@code java -jar sinmun.jar <name> [options]}) instead of the
 * web server: Spring starts without Jetty, runs the command, and the process exits with its
 * status. The names and usage lines are listed in {@code SinmunApplication}, so that an unknown
 * command is refused before anything starts.
 */
public interface Command {

    /** The word that selects the command, e.g. {@code generate}. */
    String name();

    /** The options this command understands, without the leading dashes. */
    java.util.Set<String> options();

    /**
     * Runs the command; returns the exit status (0 done, 1 failed).
     *
     * @throws CommandArguments.UsageException when an option's value is not acceptable (exit 2)
     */
    int run(CommandArguments arguments);
}
