package dev.concord.cli;

import dev.concord.Checker;
import dev.concord.CheckerBuilder;
import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.format.Formats;
import dev.concord.format.MessageFiles;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.pack.RulePacks;
import dev.concord.report.FileResult;
import dev.concord.report.Report;
import dev.concord.terms.Termbase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * One run of the checks that {@link CheckOptions} describe: finds the files, reads them, builds the checker, checks
 * them all together, and reports every file that could not be read as one line on standard error.
 */
final class CheckRun {
    /** Units per part when a large file is read in parts: a few megabytes of text at most. */
    private static final int UNITS_PER_PART = 2000;

    /** What a run produced, and whether some input could not be checked. */
    record Outcome(Report report, boolean inputErrors) {
    }

    private final CheckOptions options;
    private final CommandLine commandLine;
    private final PrintWriter err;

    CheckRun(CheckOptions options, CommandLine commandLine) {
        this.options = options;
        this.commandLine = commandLine;
        this.err = commandLine.getErr();
    }

    /**
     * Runs the check.
     *
     * @return the outcome, or null when the options are unusable (the error is already printed)
     */
    Outcome run() {
        String target;
        String source;
        try {
            target = options.lang == null ? null : Locales.normalize(options.lang);
            source = options.sourceLang == null ? null : Locales.normalize(options.sourceLang);
        } catch (IllegalArgumentException e) {
            err.println("concord: " + e.getMessage());
            return null;
        }
        long started = System.nanoTime();
        Termbase termbase = null;
        if (!options.termbases.isEmpty()) {
            try {
                termbase = Termbase.load(options.termbases);
            } catch (InputException e) {
                err.println(location(e) + ": error: " + e.detail());
                return null;
            } catch (IOException e) {
                err.println("concord: error: cannot read termbase: " + e.getMessage());
                return null;
            }
        }
        FileCollector collector = new FileCollector();
        options.paths.forEach(collector::add);
        List<FileResult> results = new ArrayList<>();
        boolean inputErrors = false;
        for (FileCollector.Problem p : collector.problems()) {
            err.println(p.path() + ": error: " + p.message());
            results.add(FileResult.failed(p.path(), p.message()));
            inputErrors = true;
        }
        if (options.source != null && collector.files().size() != 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "--source pairs one source file with one target file, but " + collector.files().size()
                            + " files are to be checked");
        }

        ReadOptions readOptions = ReadOptions.defaults().withTargetLocale(target).withSourceLocale(source)
                .withSourceFile(options.source);
        Map<Path, Document> documents = new LinkedHashMap<>();
        List<Path> large = new ArrayList<>();
        List<Path> files = withoutMessageSources(collector.files(), source);
        for (Path file : files) {
            if (options.source == null && isLarge(file, readOptions)) {
                large.add(file);
                continue;
            }
            try {
                Document doc = Document.parse(file, readOptions);
                if (doc.targetLocale() == null) {
                    throw new InputException(file.toString(), 0, 0,
                            "no language: give it with --lang (such as --lang fr)");
                }
                documents.put(file, doc);
            } catch (InputException e) {
                err.println(location(e) + ": error: " + e.detail());
                results.add(FileResult.failed(file.toString(), e.detail()));
                inputErrors = true;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + e.getMessage());
                results.add(FileResult.failed(file.toString(), "cannot read: " + e.getMessage()));
                inputErrors = true;
            }
        }
        long read = System.nanoTime();

        RulePacks packs;
        try {
            packs = RulePacks.bundled().withFolders(options.ruleFolders);
        } catch (InputException e) {
            err.println(location(e) + ": error: " + e.detail());
            return null;
        }
        warnAboutMissingGrammar(documents.values());
        warnAboutMissingTerms(termbase, documents.values());
        List<Issue> issues = new ArrayList<>();
        Checker checker = documents.isEmpty() && large.isEmpty() ? null : checker(target, source, packs, termbase);
        if (!documents.isEmpty()) {
            issues.addAll(checker.checkAll(documents.values()));
        }
        for (Path file : large) {
            inputErrors |= checkInParts(file, readOptions, checker, issues, results);
        }
        long checked = System.nanoTime();
        for (Document doc : documents.values()) {
            results.add(FileResult.checked(doc.name(), doc.targetLocale(), doc.units().size(), doc.target()));
        }
        results.sort((a, b) -> order(a.path()) - order(b.path()));
        if (options.verbose) {
            err.printf(Locale.ROOT, "concord: read %d files in %d ms, checked them in %d ms%n", documents.size(),
                    (read - started) / 1_000_000, (checked - read) / 1_000_000);
        }
        return new Outcome(new Report(results, issues), inputErrors);
    }

    /**
     * Checks a large file part by part, in bounded memory (XLIFF and TMX); its issues go to {@code issues}, its result
     * to {@code results}. Returns true when the file could not be checked.
     */
    private boolean checkInParts(Path file, ReadOptions readOptions, Checker checker, List<Issue> issues,
            List<FileResult> results) {
        int[] units = new int[1];
        String[] language = new String[1];
        try {
            // Checker.check closes the stream it is given, and so this one.
            DocumentStream parts = Formats.stream(file, readOptions, UNITS_PER_PART);
            DocumentStream counted = new DocumentStream() {
                @Override
                public Document next() throws IOException {
                    Document part = parts.next();
                    if (part != null) {
                        if (part.targetLocale() == null && checker.targetLocale() == null) {
                            throw new InputException(file.toString(), 0, 0,
                                    "no language: give it with --lang (such as --lang fr)");
                        }
                        units[0] += part.units().size();
                        language[0] = part.targetLocale() != null ? part.targetLocale()
                                : checker.targetLocale().toLanguageTag();
                    }
                    return part;
                }

                @Override
                public void close() throws IOException {
                    parts.close();
                }
            };
            List<Issue> found = checker.check(counted);
            issues.addAll(found);
            results.add(FileResult.checked(file.toString(), language[0], units[0], null));
            if (options.verbose) {
                err.printf(Locale.ROOT, "concord: checked %s in parts: %d units%n", file, units[0]);
            }
            return false;
        } catch (InputException e) {
            err.println(location(e) + ": error: " + e.detail());
            results.add(FileResult.failed(file.toString(), e.detail()));
        } catch (IOException e) {
            err.println(file + ": error: cannot read: " + e.getMessage());
            results.add(FileResult.failed(file.toString(), "cannot read: " + e.getMessage()));
        }
        return true;
    }

    /** True when a file is to be read in parts: its format streams and it is larger than --stream-above. */
    private boolean isLarge(Path file, ReadOptions readOptions) {
        try {
            if (Files.size(file) < options.streamAboveMegabytes * 1024 * 1024 && options.streamAboveMegabytes > 0) {
                return false;
            }
            return Formats.formatOf(file, readOptions).streams();
        } catch (IOException e) {
            return false; // reading it the usual way reports the problem
        }
    }

    /**
     * The files to check, without the source files of message files (en.json beside fr.json, messages.properties
     * beside messages_fr.properties) whose targets are checked too: they are checked as the source of each target.
     */
    private List<Path> withoutMessageSources(List<Path> files, String sourceLocale) {
        java.util.Set<Path> sources = new java.util.HashSet<>();
        for (Path f : files) {
            Path src = MessageFiles.sourceFor(f, sourceLocale);
            if (src != null && Formats.isCheckable(f)) {
                sources.add(src.toAbsolutePath().normalize());
            }
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            boolean source = sources.contains(f.toAbsolutePath().normalize())
                    || files.size() > 1 && (MessageFiles.isBaseBundle(f) || MessageFiles.isInSourceLocale(f, sourceLocale));
            if (source) {
                if (options.verbose) {
                    err.println("concord: " + f + " is the source of the message files checked with it");
                }
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private Checker checker(String target, String source, RulePacks packs, Termbase termbase) {
        CheckerBuilder b = Checker.builder()
                .grammar(!options.noGrammar)
                .rulePacks(packs)
                .disableRules(options.disabled)
                .enableRules(options.enabled)
                .threads(Runtime.getRuntime().availableProcessors());
        if (termbase != null) {
            b.termbase(termbase);
        }
        if (target != null) {
            b.targetLocale(target);
        }
        if (source != null) {
            b.sourceLocale(source);
        }
        return b.build();
    }

    /** Files in the order given on the command line (a folder's files in name order). */
    private int order(String path) {
        int i = 0;
        for (Path p : options.paths) {
            if (path.startsWith(p.toString())) {
                return i;
            }
            i++;
        }
        return i;
    }

    private void warnAboutMissingGrammar(Iterable<Document> documents) {
        if (options.noGrammar) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Document d : documents) {
            if (LanguageToolLanguages.find(Locales.parse(d.targetLocale())) == null) {
                missing.add(d.targetLocale());
            }
        }
        for (String m : missing) {
            err.println("concord: warning: no LanguageTool module for '" + m + "': grammar and spelling not checked"
                    + " (available: " + String.join(", ", LanguageToolLanguages.available()) + ")");
        }
    }

    /** A termbase without terms for a checked language checks nothing there: say so rather than stay silent. */
    private void warnAboutMissingTerms(Termbase termbase, Iterable<Document> documents) {
        if (termbase == null) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Document d : documents) {
            if (!termbase.hasTerms(Locales.parse(d.targetLocale()))) {
                missing.add(d.targetLocale());
            }
        }
        for (String m : missing) {
            err.println("concord: warning: the termbase holds no terms for '" + m + "' (it holds "
                    + String.join(", ", termbase.languages()) + ")");
        }
    }

    static String location(InputException e) {
        StringBuilder sb = new StringBuilder(e.file() == null ? "concord" : e.file());
        if (e.line() > 0) {
            sb.append(':').append(e.line());
            if (e.column() > 0) {
                sb.append(':').append(e.column());
            }
        }
        return sb.toString();
    }
}
