package dev.concord.cli;

import dev.concord.Checker;
import dev.concord.CheckerBuilder;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.Severity;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.report.FileResult;
import dev.concord.report.Report;
import dev.concord.report.ReportFormats;
import dev.concord.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concord check}: reads files, runs the rules, writes the report, and says by its exit code how it went. */
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the checked text (BCP 47: fr, fr-CA, en-GB), for files that do not say theirs.")
    String lang;

    @Option(names = "--source-lang", paramLabel = "LANG", description = "Language of the source text.")
    String sourceLang;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The source file that the one checked file translates: paragraph N of one pairs with paragraph N of the other.")
    Path source;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when an issue has this severity or worse: error, warning, info or none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--no-grammar", description = "Do not run LanguageTool's grammar, style and spelling rules.")
    boolean noGrammar;

    @Option(names = {"-v", "--verbose"}, description = "Say what is done and how long it takes; show stack traces.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = settings();
        if (settings == null) {
            return ExitCodes.INPUT_ERROR;
        }
        long started = System.nanoTime();
        FileCollector collector = new FileCollector();
        paths.forEach(collector::add);
        List<FileResult> results = new ArrayList<>();
        boolean inputErrors = false;
        for (FileCollector.Problem p : collector.problems()) {
            err.println(p.path() + ": error: " + p.message());
            results.add(FileResult.failed(p.path(), p.message()));
            inputErrors = true;
        }
        if (source != null && collector.files().size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source pairs one source file with one target file, but " + collector.files().size()
                            + " files are to be checked");
        }

        Map<Path, Document> documents = new LinkedHashMap<>();
        for (Path file : collector.files()) {
            try {
                Document doc = Document.parse(file, readOptions(settings));
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

        warnAboutMissingGrammar(documents.values(), err);
        List<Issue> issues = List.of();
        if (!documents.isEmpty()) {
            Checker checker = checker(settings);
            issues = checker.checkAll(documents.values());
        }
        long checked = System.nanoTime();
        for (Document doc : documents.values()) {
            results.add(FileResult.checked(doc.name(), doc.targetLocale(), doc.units().size(), doc.target()));
        }
        results.sort((a, b) -> order(a.path()) - order(b.path()));

        Report report = new Report(results, issues);
        ReportWriter writer = ReportFormats.forName(format, useColor());
        PrintWriter out = spec.commandLine().getOut();
        writer.write(report, out);
        out.flush();
        if (verbose) {
            err.printf(Locale.ROOT, "concord: read %d files in %d ms, checked them in %d ms%n", documents.size(),
                    (read - started) / 1_000_000, (checked - read) / 1_000_000);
        }
        if (inputErrors) {
            return ExitCodes.INPUT_ERROR;
        }
        Severity threshold = settings.failOn;
        boolean failing = threshold != null && issues.stream().anyMatch(i -> i.severity().atLeast(threshold));
        return failing ? ExitCodes.ISSUES : ExitCodes.CLEAN;
    }

    /** Files in the order given on the command line (folders' files in name order), failures where they stand. */
    private int order(String path) {
        int i = 0;
        for (Path p : paths) {
            if (path.startsWith(p.toString())) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** The options that need checking before any file is read. */
    private record Settings(String targetLocale, String sourceLocale, Severity failOn) {
    }

    private Settings settings() {
        PrintWriter err = spec.commandLine().getErr();
        String target = null;
        String src = null;
        try {
            if (lang != null) {
                target = Locales.normalize(lang);
            }
            if (sourceLang != null) {
                src = Locales.normalize(sourceLang);
            }
        } catch (IllegalArgumentException e) {
            err.println("concord: " + e.getMessage());
            return null;
        }
        Severity threshold;
        if (failOn.equalsIgnoreCase("none")) {
            threshold = null;
        } else {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--fail-on: '" + failOn + "' is not one of error, warning, info, none");
            }
        }
        if (!ReportFormats.names().contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format
                    + "' is not one of " + String.join(", ", ReportFormats.names()));
        }
        return new Settings(target, src, threshold);
    }

    private ReadOptions readOptions(Settings settings) {
        return ReadOptions.defaults().withTargetLocale(settings.targetLocale())
                .withSourceLocale(settings.sourceLocale()).withSourceFile(source);
    }

    private Checker checker(Settings settings) {
        CheckerBuilder b = Checker.builder()
                .grammar(!noGrammar)
                .threads(Runtime.getRuntime().availableProcessors());
        if (settings.targetLocale() != null) {
            b.targetLocale(settings.targetLocale());
        }
        if (settings.sourceLocale() != null) {
            b.sourceLocale(settings.sourceLocale());
        }
        return b.build();
    }

    private void warnAboutMissingGrammar(Iterable<Document> documents, PrintWriter err) {
        if (noGrammar) {
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

    private static String location(InputException e) {
        StringBuilder sb = new StringBuilder(e.file() == null ? "concord" : e.file());
        if (e.line() > 0) {
            sb.append(':').append(e.line());
            if (e.column() > 0) {
                sb.append(':').append(e.column());
            }
        }
        return sb.toString();
    }

    private static boolean useColor() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    }
}
