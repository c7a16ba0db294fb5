package dev.concord.cli;

import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.config.Baseline;
import dev.concord.config.ConfigFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concord baseline}: runs the same check as {@code concord check} and records its findings in a baseline
 * file, so that later checks report only new findings. Findings the files suppress are not recorded. When only part
 * of a repository is checked, the baseline keeps what it held for the other files (that still exist).
 */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Records the current findings in a baseline file: 'concord check' then reports only new ones.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the baseline was written",
            "2:usage, input or configuration error (nothing written)"})
final class BaselineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckOptions options = new CheckOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The baseline file to write (default: baseline in .concord.yml).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckRun.Outcome outcome = new CheckRun(options, spec.commandLine()).run();
        if (outcome == null) {
            return ExitCodes.INPUT_ERROR;
        }
        if (outcome.inputErrors()) {
            err.println("concord: error: baseline not written: some files could not be checked (see above), and a"
                    + " baseline without their findings would report them all later");
            return ExitCodes.INPUT_ERROR;
        }
        // Which baseline each file's findings go to: --output for all, else the one its config names.
        Map<Path, List<Path>> filesByBaseline = new LinkedHashMap<>();
        for (CheckRun.CheckedFile f : outcome.checked().values()) {
            Path target = output != null ? output.toAbsolutePath().normalize() : f.baseline();
            if (target == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no --output FILE, and no baseline in"
                        + " .concord.yml for " + ConfigFiles.display(f.path()));
            }
            filesByBaseline.computeIfAbsent(target, k -> new ArrayList<>()).add(f.path());
        }
        if (filesByBaseline.isEmpty() && output != null) {
            filesByBaseline.put(output.toAbsolutePath().normalize(), List.of());
        }
        for (Map.Entry<Path, List<Path>> e : filesByBaseline.entrySet()) {
            Path target = e.getKey();
            Set<Path> files = new HashSet<>(e.getValue());
            List<Issue> issues = outcome.issues().stream().filter(i -> files.contains(outcome.pathOf(i))).toList();
            Baseline fresh = Baseline.of(target, issues, outcome::pathOf);
            try {
                Baseline written = Files.exists(target) ? Baseline.read(target).updatedWith(fresh, e.getValue()) : fresh;
                written.write();
                out.println("concord: recorded " + issues.size() + " finding" + (issues.size() == 1 ? "" : "s") + " of "
                        + e.getValue().size() + " file" + (e.getValue().size() == 1 ? "" : "s") + " in "
                        + ConfigFiles.display(target) + " (" + written.entries().size() + " in all)");
            } catch (InputException ex) {
                err.println(CheckRun.location(ex) + ": error: " + ex.detail() + " (delete it to start a new baseline)");
                return ExitCodes.INPUT_ERROR;
            } catch (IOException ex) {
                err.println("concord: error: cannot write " + target + ": " + dev.concord.io.IoErrors.describe(ex));
                return ExitCodes.INPUT_ERROR;
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
