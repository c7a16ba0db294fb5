package dev.concord.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code concord} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 clean, 1 issues at or above --fail-on, 2 bad input). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ConcordCommand());
        // Reports are UTF-8 whatever the platform's default charset, so that names and quotes survive.
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("concord: internal error: " + e);
            if (ConcordCommand.verbose(parseResult)) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("concord: run again with --verbose for details");
            }
            return ExitCodes.INPUT_ERROR;
        });
        return cl;
    }

    /** A usage error is one line and a hint, not the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("concord: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.INPUT_ERROR;
    }
}
