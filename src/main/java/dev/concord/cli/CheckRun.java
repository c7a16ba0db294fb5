package dev.concord.cli;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.config.CheckerSettings;
import dev.concord.config.Checkers;
import dev.concord.config.ConfigFiles;
import dev.concord.config.FileSettings;
import dev.concord.config.Suppressions;
import dev.concord.format.Formats;
import dev.concord.format.MessageFiles;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.report.FileResult;
import dev.concord.report.Report;
import dev.concord.report.RuleInfo;
import dev.concord.rule.Rule;
import dev.concord.terms.Termbase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * One run of the checks that {@link CheckOptions} and the {@code .concord.yml} files describe: finds the files, works
 * out each file's settings (command-line options over config files), reads them, builds one checker per distinct
 * setting (sharing LanguageTool objects between checkers with equal grammar settings), checks them in parallel,
 * applies the suppressions the files hold, and reports every file that could not be read as one line on standard
 * error.
 */
final class CheckRun {
    /** Units per part when a large file is read in parts: a few megabytes of text at most. */
    private static final int UNITS_PER_PART = 2000;

    /** What the run says about one checked file: where it is, when it fails the run, and its baseline file. */
    record CheckedFile(Path path, String failOn, Path baseline) {
    }

    /**
     * What a run produced.
     *
     * @param files       every file, checked or not, in command-line order
     * @param issues      the issues left after suppressions, in file order
     * @param suppressed  how many findings suppressions silenced
     * @param rules       the rules that ran, for writers that describe them
     * @param inputErrors whether some input could not be checked
     * @param checked     the checked files by name (as issues name them)
     */
    record Outcome(List<FileResult> files, List<Issue> issues, int suppressed, List<RuleInfo> rules,
            boolean inputErrors, Map<String, CheckedFile> checked, dev.concord.CheckProfile profile) {
        /** The report of this run, with nothing baselined. */
        Report report() {
            return new Report(files, issues, suppressed, 0, rules);
        }

        /** The absolute path of an issue's file. */
        Path pathOf(Issue issue) {
            CheckedFile f = checked.get(issue.file());
            return f != null ? f.path() : Path.of(issue.file()).toAbsolutePath().normalize();
        }
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
     * @return the outcome, or null when the options or the configuration are unusable (the error is already printed)
     */
    Outcome run() {
        String cliTarget;
        String cliSource;
        try {
            cliTarget = options.lang == null ? null : Locales.normalize(options.lang);
            cliSource = options.sourceLang == null ? null : Locales.normalize(options.sourceLang);
        } catch (IllegalArgumentException e) {
            err.println("concord: " + e.getMessage());
            return null;
        }
        if (options.config != null && options.noConfig) {
            throw new CommandLine.ParameterException(commandLine, "--config and --no-config exclude each other");
        }
        if (options.threads != null && options.threads < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1");
        }
        long started = System.nanoTime();
        ConfigFiles configs;
        List<Path> paths = new ArrayList<>(options.paths);
        try {
            configs = options.noConfig ? ConfigFiles.none()
                    : options.config != null ? ConfigFiles.only(options.config) : ConfigFiles.discover();
            if (paths.isEmpty()) {
                if (configs.nearest(Path.of("")).isEmpty()) {
                    throw new CommandLine.ParameterException(commandLine,
                            "no PATH given, and no .concord.yml here to say what to check");
                }
                paths.add(Path.of("."));
            }
        } catch (InputException e) {
            err.println(location(e) + ": error: " + e.detail());
            return null;
        }

        FileCollector collector = new FileCollector();
        paths.forEach(collector::add);
        List<FileResult> results = new ArrayList<>();
        boolean inputErrors = false;
        for (FileCollector.Problem p : collector.problems()) {
            err.println(p.path() + ": error: " + p.message());
            results.add(FileResult.failed(p.path(), p.message()));
            inputErrors = true;
        }

        // Each file's settings; a broken config file stops the run, since nothing it governs can be checked as meant.
        Map<Path, FileSettings> settings = new LinkedHashMap<>();
        Set<String> configErrors = new LinkedHashSet<>();
        for (Path file : collector.files()) {
            try {
                FileSettings s = configs.settingsFor(file);
                if (s.excluded()) {
                    if (options.verbose) {
                        err.println("concord: " + file + ": left out by " + s.excludedBy());
                    }
                    continue;
                }
                settings.put(file, s);
            } catch (InputException e) {
                configErrors.add(location(e) + ": error: " + e.detail());
            }
        }
        if (!configErrors.isEmpty()) {
            configErrors.forEach(err::println);
            return null;
        }
        if (options.source != null && settings.size() != 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "--source pairs one source file with one target file, but " + settings.size()
                            + " files are to be checked");
        }

        Map<Path, Document> documents = new LinkedHashMap<>();
        Map<Document, CheckerSettings> checkerSettings = new HashMap<>();
        Map<String, CheckedFile> checked = new LinkedHashMap<>();
        Map<Path, LargeFile> large = new LinkedHashMap<>();
        List<Path> toRead = withoutMessageSources(new ArrayList<>(settings.keySet()), cliSource);
        for (Path file : toRead) {
            FileSettings s = settings.get(file);
            String target = cliTarget != null ? cliTarget : s.language();
            Path sourceFile = options.source != null ? options.source : s.sourceFile();
            String source = cliSource != null ? cliSource : s.sourceLanguage();
            if (options.source == null && s.missingSource() != null) {
                err.println(file + ": warning: its source file " + ConfigFiles.display(s.missingSource())
                        + " (from pairs in .concord.yml) does not exist: checked without a source");
            }
            ReadOptions readOptions = ReadOptions.defaults().withTargetLocale(target).withSourceLocale(source)
                    .withSourceFile(sourceFile).withHtmlSkip(s.htmlSkip());
            CheckerSettings cs = cliSettings(s.checker());
            if (sourceFile == null && isLarge(file, readOptions)) {
                large.put(file, new LargeFile(readOptions, cs));
                checked.put(file.toString(), new CheckedFile(file.toAbsolutePath().normalize(), s.failOn(),
                        s.baseline()));
                continue;
            }
            try {
                Document doc = Document.parse(file, readOptions);
                if (doc.targetLocale() == null) {
                    throw new InputException(file.toString(), 0, 0,
                            "no language: give it with --lang (such as --lang fr) or in .concord.yml (language: fr)");
                }
                documents.put(file, doc);
                checkerSettings.put(doc, cs);
                checked.put(doc.name(), new CheckedFile(file.toAbsolutePath().normalize(), s.failOn(), s.baseline()));
            } catch (InputException ex) {
                err.println(location(ex) + ": error: " + ex.detail());
                results.add(FileResult.failed(file.toString(), ex.detail()));
                inputErrors = true;
            } catch (IOException ex) {
                err.println(file + ": error: cannot read: " + ex.getMessage());
                results.add(FileResult.failed(file.toString(), "cannot read: " + ex.getMessage()));
                inputErrors = true;
            }
        }
        long read = System.nanoTime();

        // One checker per distinct setting; LanguageTool objects shared by equal grammar settings.
        Map<CheckerSettings, List<Document>> groups = new LinkedHashMap<>();
        for (Document d : documents.values()) {
            groups.computeIfAbsent(checkerSettings.get(d), k -> new ArrayList<>()).add(d);
        }
        for (LargeFile f : large.values()) {
            groups.computeIfAbsent(f.settings(), k -> new ArrayList<>());
        }
        Map<CheckerSettings, Checker> checkers = new LinkedHashMap<>();
        int threads = options.threads != null ? options.threads : Runtime.getRuntime().availableProcessors();
        try {
            for (CheckerSettings cs : groups.keySet()) {
                checkers.put(cs, checker(cs, threads));
            }
        } catch (InputException e) {
            // A broken termbase or rule file: nothing it governs can be checked as meant.
            err.println(location(e) + ": error: " + e.detail());
            return null;
        }
        Predicate<String> knownRule = id -> checkers.values().stream().anyMatch(c -> c.knowsRule(id));
        warnAboutUnknownRules(configs, checkers.isEmpty() ? null : knownRule);
        warnAboutMissingGrammar(documents.values(), checkerSettings);
        warnAboutMissingTerms(documents.values(), checkerSettings);

        List<Issue> issues = new ArrayList<>();
        Progress progress = Progress.forRun(err, documents.size(), !options.noProgress);
        for (Map.Entry<CheckerSettings, List<Document>> g : groups.entrySet()) {
            if (!g.getValue().isEmpty()) {
                issues.addAll(checkers.get(g.getKey()).checkAll(g.getValue(), d -> progress.fileDone()));
            }
        }
        progress.finish();
        for (Map.Entry<Path, LargeFile> f : large.entrySet()) {
            inputErrors |= checkInParts(f.getKey(), f.getValue().readOptions(), checkers.get(f.getValue().settings()),
                    knownRule, issues, results);
        }
        long checkedAt = System.nanoTime();

        // Suppressions the files hold.
        Suppressions.Result applied = Suppressions.applyAll(documents.values(), issues, knownRule);
        List<Issue> kept = new ArrayList<>(applied.kept());
        int suppressed = applied.suppressed() + suppressedInParts;

        // Only flagged units keep their texts (for reports that show whole units), so clean files cost nothing.
        Map<String, Set<String>> flagged = FileResult.unitsPointedAt(kept);
        for (Document doc : documents.values()) {
            results.add(FileResult.checked(doc, flagged.getOrDefault(doc.name(), Set.of())));
        }
        results.sort(Comparator.comparingInt(r -> order(r.path(), paths)));
        Map<String, Integer> fileOrder = new HashMap<>();
        for (FileResult r : results) {
            fileOrder.putIfAbsent(r.path(), fileOrder.size());
        }
        kept.sort(Issue.reportOrder(fileOrder));

        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (Checker c : checkers.values()) {
            for (Rule r : c.rules()) {
                rules.putIfAbsent(r.id(), RuleInfo.of(r));
            }
        }
        if (options.verbose) {
            err.printf(Locale.ROOT, "concord: %d config files (%s); read %d files in %d ms, checked them in %d ms"
                    + " with %d checkers on %d threads; %d findings suppressed%n",
                    configs.filesRead().size(), String.join(", ", configs.filesRead()), documents.size(),
                    (read - started) / 1_000_000, (checkedAt - read) / 1_000_000, checkers.size(), threads,
                    suppressed);
        }
        dev.concord.CheckProfile profile = new dev.concord.CheckProfile();
        profile.add("read (config, files)", read - started, documents.size());
        for (Checker c : checkers.values()) {
            profile.addAll(c.profile());
        }
        profile.add("suppressions, order", System.nanoTime() - checkedAt);
        return new Outcome(results, kept, suppressed, List.copyOf(rules.values()), inputErrors, checked, profile);
    }

    /** A file read and checked in parts (XLIFF and TMX above --stream-above), with how to read and check it. */
    private record LargeFile(ReadOptions readOptions, CheckerSettings settings) {
    }

    /** The command line's options over a file's config settings. */
    private CheckerSettings cliSettings(CheckerSettings cs) {
        if (options.noGrammar) {
            cs = cs.withGrammar(false);
        }
        if (!options.termbases.isEmpty()) {
            cs = cs.withTermbases(options.termbases.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
        if (!options.ruleFolders.isEmpty()) {
            cs = cs.withRuleFolders(options.ruleFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
        return cs.withRules(options.disabled, options.enabled);
    }

    /** How many findings the unit notes of files read in parts silenced. */
    private int suppressedInParts;

    /** Termbases, rule packs and LanguageTool objects, shared by the checkers of this run. */
    private final Checkers factory = new Checkers();

    private Checker checker(CheckerSettings cs, int threads) throws InputException {
        return factory.checker(cs, threads);
    }

    /**
     * Checks a large file part by part, in bounded memory (XLIFF and TMX); its issues go to {@code issues}, its result
     * to {@code results}. Returns true when the file could not be checked.
     */
    private boolean checkInParts(Path file, ReadOptions readOptions, Checker checker, Predicate<String> knownRule,
            List<Issue> issues, List<FileResult> results) {
        int[] units = new int[1];
        Suppressions.InParts suppressions = Suppressions.inParts(knownRule);
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
                        suppressions.add(part);
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
            Suppressions.Result found = suppressions.apply(checker.check(counted));
            issues.addAll(found.kept());
            issues.addAll(found.warnings());
            suppressedInParts += found.suppressed();
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

    /** A config file that names a rule no checker has is probably a typo: say so, with where. */
    private void warnAboutUnknownRules(ConfigFiles configs, Predicate<String> knownRule) {
        if (knownRule == null) {
            return;
        }
        Set<String> said = new LinkedHashSet<>();
        for (ConfigFiles.NamedRule r : configs.namedRules()) {
            if (!knownRule.test(r.id())) {
                said.add(r.where() + ": warning: unknown rule '" + r.id()
                        + "': no rule, family or pack has this id");
            }
        }
        said.forEach(err::println);
    }

    /** Files in the order given on the command line (a folder's files in name order). */
    private static int order(String path, List<Path> paths) {
        int i = 0;
        for (Path p : paths) {
            if (path.startsWith(p.toString()) || p.toString().equals(".")) {
                return i;
            }
            i++;
        }
        return i;
    }

    private void warnAboutMissingGrammar(Iterable<Document> documents, Map<Document, CheckerSettings> settings) {
        Set<String> missing = new LinkedHashSet<>();
        for (Document d : documents) {
            if (settings.get(d).grammar() && LanguageToolLanguages.find(Locales.parse(d.targetLocale())) == null) {
                missing.add(d.targetLocale());
            }
        }
        for (String m : missing) {
            err.println("concord: warning: no LanguageTool module for '" + m + "': grammar and spelling not checked"
                    + " (available: " + String.join(", ", LanguageToolLanguages.available()) + ")");
        }
    }

    /** A termbase without terms for a checked language checks nothing there: say so rather than stay silent. */
    private void warnAboutMissingTerms(Iterable<Document> documents, Map<Document, CheckerSettings> settings) {
        Set<String> said = new LinkedHashSet<>();
        for (Document d : documents) {
            Termbase termbase;
            try {
                termbase = factory.termbase(settings.get(d).termbases());
            } catch (InputException e) {
                continue;
            }
            if (termbase != null && !termbase.hasTerms(Locales.parse(d.targetLocale()))) {
                said.add("concord: warning: the termbase holds no terms for '" + d.targetLocale() + "' (it holds "
                        + String.join(", ", termbase.languages()) + ")");
            }
        }
        said.forEach(err::println);
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
