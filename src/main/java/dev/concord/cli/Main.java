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
        // The servers run for days and must not stop themselves; a one-off run had better stop than thrash.
        if (args.length == 0 || !args[0].equals("serve") && !args[0].equals("lsp")) {
            HeapGuard.watch(System.err);
        }
        int exit;
        try {
            exit = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("concord: error: " + HeapGuard.advice(Runtime.getRuntime().maxMemory()));
            exit = ExitCodes.INPUT_ERROR;
        }
        System.exit(exit);
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
            if (outOfMemory(e)) {
                commandLine.getErr().println("concord: error: " + HeapGuard.advice(Runtime.getRuntime().maxMemory()));
                return ExitCodes.INPUT_ERROR;
            }
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

    /** True when a failure comes from running out of heap (a pool task's error arrives wrapped). */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** A usage error is one line and a hint, not the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("concord: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.INPUT_ERROR;
    }
}
