package dev.concord.cli;

import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.config.Baseline;
import dev.concord.io.AtomicFile;
import dev.concord.report.Report;
import dev.concord.report.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code concord check}: runs the checks, writes the reports, and says by its exit code how it went. */
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

    /** One report: a format, and the file it goes to (standard output when none). */
    static final class Output {
        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
                description = "Report format: text, json, sarif, junit, github, checkstyle or html (a page for"
                        + " reviewers; default: text)."
                        + " Repeat --format (each with its own --output) for several reports in one run.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report of the --format it goes with to FILE instead of standard output.")
        Path file;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when an issue has this severity or worse: error, warning, info or none"
                    + " (default: failOn in .concord.yml, else error).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that this baseline (written by 'concord baseline') does not hold;"
                    + " overrides baseline in .concord.yml.")
    Path baseline;

    @Option(names = "--no-baseline", description = "Report every finding, whatever baseline .concord.yml names.")
    boolean noBaseline;

    @Override
    public Integer call() throws IOException {
        Severity cliThreshold = failOn == null ? null : parseFailOn(failOn);
        boolean cliNone = failOn != null && failOn.equalsIgnoreCase("none");
        List<Output> reports = reports();
        if (baseline != null && noBaseline) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline and --no-baseline exclude each other");
        }
        CheckRun.Outcome outcome = new CheckRun(options, spec.commandLine()).run();
        if (outcome == null) {
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Issue> issues = outcome.issues();
        int baselined = 0;
        if (!noBaseline) {
            try {
                BaselineResult b = applyBaselines(outcome);
                issues = b.issues;
                baselined = b.baselined;
            } catch (InputException e) {
                err.println(CheckRun.location(e) + ": error: " + e.detail());
                return ExitCodes.INPUT_ERROR;
            }
        }
        Report report = new Report(outcome.files(), issues, outcome.suppressed(), baselined, outcome.rules());
        boolean writeFailed = false;
        long writing = System.nanoTime();
        for (Output o : reports) {
            try {
                write(report, o);
            } catch (IOException e) {
                err.println("concord: error: cannot write " + o.file + ": " + dev.concord.io.IoErrors.describe(e));
                writeFailed = true;
            }
        }
        if (options.verbose) {
            outcome.profile().add("report", System.nanoTime() - writing, reports.size());
            printProfile(outcome.profile(), err);
        }
        if (outcome.inputErrors() || writeFailed) {
            return ExitCodes.INPUT_ERROR;
        }
        for (Issue i : issues) {
            Severity threshold;
            if (failOn != null) {
                threshold = cliNone ? null : cliThreshold;
            } else {
                CheckRun.CheckedFile f = outcome.checked().get(i.file());
                String level = f == null || f.failOn() == null ? "error" : f.failOn();
                threshold = level.equals("none") ? null : Severity.parse(level);
            }
            if (threshold != null && i.severity().atLeast(threshold)) {
                return ExitCodes.ISSUES;
            }
        }
        return ExitCodes.CLEAN;
    }

    private record BaselineResult(List<Issue> issues, int baselined) {
    }

    /** Leaves out what the baseline holds: --baseline for every file, else each file's baseline from its config. */
    private BaselineResult applyBaselines(CheckRun.Outcome outcome) throws InputException {
        if (baseline != null) {
            Baseline.Result r = Baseline.read(baseline).filter(outcome.issues(), outcome::pathOf);
            return new BaselineResult(r.kept(), r.baselined());
        }
        Map<Path, Baseline> baselines = new LinkedHashMap<>();
        List<Issue> kept = new ArrayList<>();
        int baselined = 0;
        for (Issue i : outcome.issues()) {
            CheckRun.CheckedFile f = outcome.checked().get(i.file());
            Path file = f == null ? null : f.baseline();
            if (file == null) {
                kept.add(i);
                continue;
            }
            Baseline b = baselines.get(file);
            if (b == null) {
                b = Baseline.read(file);
                baselines.put(file, b);
            }
            if (b.contains(f.path(), i)) {
                baselined++;
            } else {
                kept.add(i);
            }
        }
        return new BaselineResult(kept, baselined);
    }

    /**
     * The reports to write. Each --format starts a report and the --output next to it says where it goes (the order
     * within a pair does not matter); a report without --output goes to standard output, and only one may.
     */
    private List<Output> reports() {
        List<Output> out = new ArrayList<>();
        int toStdout = 0;
        for (Output o : outputs) {
            if (o.format == null) {
                o.format = "text";
            }
            o.format = o.format.toLowerCase(Locale.ROOT);
            if (!ReportFormats.names().contains(o.format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + o.format
                        + "' is not one of " + String.join(", ", ReportFormats.names()));
            }
            if (o.file == null) {
                toStdout++;
            }
            out.add(o);
        }
        if (toStdout > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "only one report can go to standard output:"
                    + " give the others an --output FILE");
        }
        if (out.isEmpty()) {
            Output text = new Output();
            text.format = "text";
            out.add(text);
        }
        return out;
    }

    /**
     * Where the time went, phase by phase: each phase's own time, summed over threads (so with several threads the
     * lines add up to more than the wall time); the JVM's start and LanguageTool's class loading come before "read".
     */
    static void printProfile(dev.concord.CheckProfile profile, PrintWriter err) {
        long total = profile.phases().stream().mapToLong(dev.concord.CheckProfile.Phase::nanos).sum();
        err.printf(java.util.Locale.ROOT, "concord: profile (thread time, %d ms in all; JVM start not counted):%n",
                total / 1_000_000);
        for (dev.concord.CheckProfile.Phase p : profile.phases()) {
            err.printf(java.util.Locale.ROOT, "  %-40s %8d ms %5.1f%% %9d calls%n", p.name(), p.millis(),
                    total == 0 ? 0.0 : 100.0 * p.nanos() / total, p.calls());
        }
    }

    private void write(Report report, Output o) throws IOException {
        if (o.file == null) {
            PrintWriter out = spec.commandLine().getOut();
            ReportFormats.forName(o.format, useColor()).write(report, out);
            out.flush();
            return;
        }
        AtomicFile.write(o.file, w -> ReportFormats.forName(o.format, false).write(report, w));
    }

    /** The --fail-on severity, or null for none. */
    private Severity parseFailOn(String level) {
        if (level.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(level);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: '" + level + "' is not one of error, warning, info, none");
        }
    }

    private static boolean useColor() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
