package dev.concord.cli;

import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.terms.Term;
import dev.concord.terms.TermEntry;
import dev.concord.terms.TermStatus;
import dev.concord.terms.Termbase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concord terms}: lists what termbases hold, per language and status, to see that they read as meant. */
@Command(name = "terms",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Lists the terms of termbases (TBX, CSV, TSV) per language and status.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every termbase was read",
            "2:a termbase could not be read (the others are still listed)"})
final class TermsCommand implements Callable<Integer> {
    /** The order statuses are listed in. */
    private static final List<TermStatus> ORDER = List.of(TermStatus.PREFERRED, TermStatus.ADMITTED,
            TermStatus.UNSPECIFIED, TermStatus.DEPRECATED);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Termbase files.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "List only the terms of this language.")
    String lang;

    @Option(names = "--summary", description = "Print only how many terms each language and status has.")
    boolean summary;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String only = null;
        if (lang != null) {
            try {
                only = Locales.normalize(lang);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
            }
        }
        int exit = ExitCodes.CLEAN;
        for (Path file : files) {
            Termbase termbase;
            try {
                termbase = Termbase.load(file);
            } catch (InputException e) {
                err.println(CheckRun.location(e) + ": error: " + e.detail());
                exit = ExitCodes.INPUT_ERROR;
                continue;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + e.getMessage());
                exit = ExitCodes.INPUT_ERROR;
                continue;
            }
            print(out, file.toString(), termbase, only);
        }
        out.flush();
        return exit;
    }

    private void print(PrintWriter out, String name, Termbase termbase, String only) {
        Map<String, Map<TermStatus, Set<String>>> byLanguage = new TreeMap<>();
        int terms = 0;
        for (TermEntry e : termbase.entries()) {
            for (Term t : e.terms()) {
                terms++;
                byLanguage.computeIfAbsent(t.language(), l -> new EnumMap<>(TermStatus.class))
                        .computeIfAbsent(t.status(), s -> new LinkedHashSet<>())
                        .add(t.text() + (t.matchesCaseSensitively() ? " (case-sensitive)" : ""));
            }
        }
        out.printf("%s: %d %s, %d %s in %d %s%n", name, termbase.size(), plural(termbase.size(), "entry", "entries"),
                terms, plural(terms, "term", "terms"), byLanguage.size(),
                plural(byLanguage.size(), "language", "languages"));
        for (Map.Entry<String, Map<TermStatus, Set<String>>> l : byLanguage.entrySet()) {
            if (only != null && !l.getKey().equals(only) && !l.getKey().startsWith(only + "-")) {
                continue;
            }
            int count = l.getValue().values().stream().mapToInt(Set::size).sum();
            out.printf("%s: %d %s%n", l.getKey(), count, plural(count, "term", "terms"));
            for (TermStatus s : ORDER) {
                Set<String> texts = l.getValue().get(s);
                if (texts == null) {
                    continue;
                }
                String label = s == TermStatus.UNSPECIFIED ? "no status" : s.label();
                if (summary) {
                    out.printf("  %s: %d%n", label, texts.size());
                } else {
                    out.printf("  %s (%d): %s%n", label, texts.size(), String.join(", ", texts));
                }
            }
        }
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
