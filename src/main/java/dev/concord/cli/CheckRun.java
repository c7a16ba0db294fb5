package dev.concord.cli;

import dev.concord.Checker;
import dev.concord.CheckerBuilder;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.config.CheckerSettings;
import dev.concord.config.ConfigFiles;
import dev.concord.config.FileSettings;
import dev.concord.config.Suppressions;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.report.FileResult;
import dev.concord.report.Report;
import dev.concord.report.RuleInfo;
import dev.concord.rule.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ref.SoftReference;
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
            boolean inputErrors, Map<String, CheckedFile> checked) {
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
        for (Map.Entry<Path, FileSettings> e : settings.entrySet()) {
            Path file = e.getKey();
            FileSettings s = e.getValue();
            String target = cliTarget != null ? cliTarget : s.language();
            Path sourceFile = options.source != null ? options.source : s.sourceFile();
            String source = cliSource != null ? cliSource : s.sourceLanguage();
            if (options.source == null && s.missingSource() != null) {
                err.println(file + ": warning: its source file " + ConfigFiles.display(s.missingSource())
                        + " (from pairs in .concord.yml) does not exist: checked without a source");
            }
            ReadOptions readOptions = ReadOptions.defaults().withTargetLocale(target).withSourceLocale(source)
                    .withSourceFile(sourceFile);
            try {
                Document doc = Document.parse(file, readOptions);
                if (doc.targetLocale() == null) {
                    throw new InputException(file.toString(), 0, 0,
                            "no language: give it with --lang (such as --lang fr) or in .concord.yml (language: fr)");
                }
                documents.put(file, doc);
                CheckerSettings cs = s.checker();
                if (options.noGrammar) {
                    cs = cs.withGrammar(false);
                }
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
        Map<GrammarSettings, LanguageToolPools> pools = new HashMap<>();
        Map<CheckerSettings, Checker> checkers = new LinkedHashMap<>();
        int threads = options.threads != null ? options.threads : Runtime.getRuntime().availableProcessors();
        for (CheckerSettings cs : groups.keySet()) {
            checkers.put(cs, checker(cs, pools, threads));
        }
        Predicate<String> knownRule = id -> checkers.values().stream().anyMatch(c -> c.knowsRule(id));
        warnAboutUnknownRules(configs, checkers.isEmpty() ? null : knownRule);
        warnAboutMissingGrammar(documents.values(), checkerSettings);

        List<Issue> issues = new ArrayList<>();
        Progress progress = Progress.forRun(err, documents.size(), !options.noProgress);
        for (Map.Entry<CheckerSettings, List<Document>> g : groups.entrySet()) {
            issues.addAll(checkers.get(g.getKey()).checkAll(g.getValue(), d -> progress.fileDone()));
        }
        progress.finish();
        long checkedAt = System.nanoTime();

        // Suppressions the files hold.
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        for (Issue i : issues) {
            byFile.computeIfAbsent(i.file(), k -> new ArrayList<>()).add(i);
        }
        List<Issue> kept = new ArrayList<>();
        int suppressed = 0;
        for (Document d : documents.values()) {
            List<Issue> own = byFile.remove(d.name());
            Suppressions.Result r = Suppressions.apply(d, own == null ? List.of() : own, knownRule);
            kept.addAll(r.kept());
            kept.addAll(r.warnings());
            suppressed += r.suppressed();
        }
        byFile.values().forEach(kept::addAll);

        for (Document doc : documents.values()) {
            results.add(FileResult.checked(doc.name(), doc.targetLocale(), doc.units().size(), doc.target()));
        }
        results.sort(Comparator.comparingInt(r -> order(r.path(), paths)));
        Map<String, Integer> fileOrder = new HashMap<>();
        for (FileResult r : results) {
            fileOrder.putIfAbsent(r.path(), fileOrder.size());
        }
        kept.sort(Comparator.<Issue>comparingInt(i -> fileOrder.getOrDefault(i.file(), Integer.MAX_VALUE))
                .thenComparingInt(i -> i.span().line())
                .thenComparingInt(i -> i.span().column())
                .thenComparingInt(i -> i.span().endLine())
                .thenComparingInt(i -> i.span().endColumn())
                .thenComparing(Issue::ruleId)
                .thenComparing(Issue::message));

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
        return new Outcome(results, kept, suppressed, List.copyOf(rules.values()), inputErrors, checked);
    }

    private boolean warnedAboutTermbases;
    private boolean warnedAboutRuleFolders;

    private Checker checker(CheckerSettings cs, Map<GrammarSettings, LanguageToolPools> pools, int threads) {
        CheckerBuilder b = cs.applyTo(Checker.builder()).threads(threads);
        useTermbases(b, cs.termbases());
        useRuleFolders(b, cs.ruleFolders());
        b.languageToolPools(pools.computeIfAbsent(b.grammarSettings(), CheckRun::sharedPools));
        return b.build();
    }

    /**
     * LanguageTool objects for these settings, kept from an earlier run in this JVM when there was one: the CLI runs
     * once per process, but tests and long-lived hosts run it many times, and each language costs seconds to build.
     * Soft references let the collector take them back when memory runs short.
     */
    private static LanguageToolPools sharedPools(GrammarSettings settings) {
        synchronized (SHARED_POOLS) {
            SoftReference<LanguageToolPools> ref = SHARED_POOLS.get(settings);
            LanguageToolPools pools = ref == null ? null : ref.get();
            if (pools == null) {
                pools = new LanguageToolPools(settings);
                SHARED_POOLS.put(settings, new SoftReference<>(pools));
            }
            return pools;
        }
    }

    /** The pools of the last few grammar settings used in this JVM, most recent last. */
    private static final Map<GrammarSettings, SoftReference<LanguageToolPools>> SHARED_POOLS =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<GrammarSettings, SoftReference<LanguageToolPools>> e) {
                    return size() > 4;
                }
            };

    /**
     * Hook for the termbases that config files name ({@code termbases:}). The terminology package is not on this
     * branch: the paths are read and checked (they must exist) but not used yet; once it is, this loads them
     * ({@code Termbase.load(files)}) and calls {@code b.termbase(...)}, exactly as {@code --termbase} does.
     */
    private void useTermbases(CheckerBuilder b, List<Path> files) {
        if (!files.isEmpty() && !warnedAboutTermbases) {
            warnedAboutTermbases = true;
            err.println("concord: warning: this build has no terminology checks yet: the termbases in .concord.yml"
                    + " are not used");
        }
    }

    /**
     * Hook for the rule folders that config files name ({@code ruleFolders:}). The rule-pack loader is not on this
     * branch: the folders are read and checked (they must exist) but not loaded yet; once it is, this hands them to
     * the builder exactly as {@code --rules DIR} does.
     */
    private void useRuleFolders(CheckerBuilder b, List<Path> folders) {
        if (!folders.isEmpty() && !warnedAboutRuleFolders) {
            warnedAboutRuleFolders = true;
            err.println("concord: warning: this build cannot load rule folders yet: the ruleFolders in .concord.yml"
                    + " are not used");
        }
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
