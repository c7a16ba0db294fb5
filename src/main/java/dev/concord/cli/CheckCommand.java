package dev.concord.cli;

import dev.concord.Severity;
import dev.concord.report.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code concord check}: runs the checks, writes the report, and says by its exit code how it went. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Checks files and folders (recursing into folders by file extension).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:issues at or above --fail-on",
            "2:usage, input or configuration error (the other files are still checked)"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckOptions options = new CheckOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when an issue has this severity or worse: error, warning, info or none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override
    public Integer call() throws IOException {
        Severity threshold = failOnThreshold();
        if (!ReportFormats.names().contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format
                    + "' is not one of " + String.join(", ", ReportFormats.names()));
        }
        CheckRun.Outcome outcome = new CheckRun(options, spec.commandLine()).run();
        if (outcome == null) {
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportFormats.forName(format, useColor()).write(outcome.report(), out);
        out.flush();
        if (outcome.inputErrors()) {
            return ExitCodes.INPUT_ERROR;
        }
        boolean failing = threshold != null
                && outcome.report().issues().stream().anyMatch(i -> i.severity().atLeast(threshold));
        return failing ? ExitCodes.ISSUES : ExitCodes.CLEAN;
    }

    /** The --fail-on severity, or null for none. */
    private Severity failOnThreshold() {
        if (failOn.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: '" + failOn + "' is not one of error, warning, info, none");
        }
    }

    private static boolean useColor() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
