package dev.concord.lsp;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.config.Baseline;
import dev.concord.config.CheckerSettings;
import dev.concord.config.Checkers;
import dev.concord.config.ConfigFiles;
import dev.concord.config.FileSettings;
import dev.concord.config.Suppressions;
import dev.concord.format.ReadOptions;
import dev.concord.text.LineIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the language server knows of the workspace: the open documents (their latest text and version), the
 * configuration ({@code .concord.yml} files and the editor's settings over them) and the checkers built from it. A
 * check reads an open document's buffer as the file it stands for (its format from its name), pairs it with its source
 * as the config says, runs the checker and the file's suppressions. The open documents may be read from any thread;
 * checks and configuration changes run on the server's one check thread.
 */
final class Workspace {
    /** An open document: its text as the editor has it now, and the version the editor gave that text. */
    record OpenDocument(String uri, Path path, String text, int version) {
    }

    /**
     * The result of checking one document.
     *
     * @param document    the document as checked (its text and version)
     * @param issues      the findings left after suppressions, in report order
     * @param inputError  why the text could not be read as its format (the file's own error), or null
     * @param configError the broken config file that governs it, or null
     * @param note        why it was not checked (left out by the config, no language), or null
     * @param language    the language it was checked in, or null
     * @param baseline    the baseline file the config names for it (which may not exist yet), or null
     */
    record Result(OpenDocument document, List<Issue> issues, InputException inputError, InputException configError,
            String note, String language, Path baseline) {
        Result(OpenDocument document, List<Issue> issues, InputException inputError, InputException configError,
                String note) {
            this(document, issues, inputError, configError, note, null, null);
        }
    }

    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final int threads;
    private ConfigFiles configs = ConfigFiles.discover();
    private Checkers factory = new Checkers();
    private final Map<CheckerSettings, Checker> checkers = new ConcurrentHashMap<>();
    private volatile EditorSettings editor = EditorSettings.NONE;
    /** At most this many workspace files take part in a document's consistency checks. */
    static final int PROJECT_FILES = 2_000;
    /** At most this much text of other files takes part in a document's consistency checks. */
    static final long PROJECT_CHARS = 300_000;
    private final Map<Path, Known> projectCache = new ConcurrentHashMap<>();
    /** How long a walk of the workspace's files stands for it. */
    static final long FILES_FRESH_MILLIS = 5_000;
    private List<Path> projectFiles;
    private long filesWalkedAt;
    private final Map<Path, Map.Entry<Long, Baseline>> baselines = new ConcurrentHashMap<>();
    private volatile Path root;
    /** The settings and languages whose first check has run: LanguageTool is loaded for them. */
    private final java.util.Set<String> warmed = new java.util.HashSet<>();

    Workspace(int threads) {
        this.threads = threads;
    }

    /** The workspace's root folder, whose files the consistency checks read; null for none. */
    void root(Path root) {
        this.root = root;
    }

    OpenDocument open(String uri) {
        return open.get(uri);
    }

    void put(OpenDocument document) {
        open.put(document.uri(), document);
    }

    OpenDocument close(String uri) {
        return open.remove(uri);
    }

    List<OpenDocument> openDocuments() {
        return new ArrayList<>(open.values());
    }

    EditorSettings editorSettings() {
        return editor;
    }

    /** New editor settings: the checkers are built again from them. Check thread only. */
    void editorSettings(EditorSettings settings) {
        this.editor = settings;
        projectCache.clear();
        checkers.clear();
    }

    /** The config files changed on disk: read them again, and the termbases and packs they name. Check thread only. */
    void reloadConfig() {
        configs = ConfigFiles.discover();
        projectCache.clear();
        projectFiles = null;
        factory = new Checkers();
        checkers.clear();
    }

    /** The text of a file as the editor has it when it is open, else as it is on disk; null when it cannot be read. */
    String textOf(Path path) {
        for (OpenDocument d : open.values()) {
            if (d.path().equals(path)) {
                return d.text();
            }
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Checks one open document as its text stands now, with every rule its settings turn on. Check thread only. */
    Result check(OpenDocument d) {
        return check(d, r -> { });
    }

    /**
     * Checks one open document as its text stands now. The first check of a language with grammar on first hands
     * {@code early} the findings of every other rule, so that they show while LanguageTool loads (seconds). Check
     * thread only.
     */
    Result check(OpenDocument d, java.util.function.Consumer<Result> early) {
        FileSettings settings;
        try {
            settings = configs.settingsFor(d.path());
        } catch (InputException e) {
            return new Result(d, List.of(), null, e, null);
        }
        if (settings.excluded()) {
            return new Result(d, List.of(), null, null, "left out by " + settings.excludedBy());
        }
        EditorSettings e = editor;
        String target = e.language() != null ? e.language() : settings.language();
        String source = e.sourceLanguage() != null ? e.sourceLanguage() : settings.sourceLanguage();
        ReadOptions options = ReadOptions.defaults().withTargetLocale(target).withSourceLocale(source)
                .withSourceFile(settings.sourceFile()).withHtmlSkip(settings.htmlSkip());
        Document document;
        try {
            document = Document.parse(d.path(), d.text(), options);
        } catch (InputException ex) {
            return new Result(d, List.of(), ex, null, null);
        } catch (IOException ex) {
            return new Result(d, List.of(), new InputException(d.path().toString(), 0, 0, ex.getMessage()), null,
                    null);
        }
        if (document.targetLocale() == null) {
            return new Result(d, List.of(), null, null, "no language: set 'language' in .concord.yml or the "
                    + "editor's concord.language setting");
        }
        CheckerSettings cs = e.applyTo(settings.checker());
        try {
            if (cs.grammar() && warmed.add(cs + "\u0000" + document.targetLocale())) {
                early.accept(run(d, document, cs.withGrammar(false), settings));
            }
            return run(d, document, cs, settings);
        } catch (InputException ex) {
            return new Result(d, List.of(), null, ex, null);
        }
    }

    private Result run(OpenDocument d, Document document, CheckerSettings cs, FileSettings settings)
            throws InputException {
        Path source = settings.sourceFile();
        Checker checker = checkers.get(cs);
        if (checker == null) {
            checker = factory.checker(cs, threads);
            checkers.put(cs, checker);
        }
        List<Issue> found = checker.checkAmong(document, project(document, cs, source));
        Suppressions.Result r = Suppressions.apply(document, found, checker::knowsRule);
        List<Issue> kept = new ArrayList<>(r.kept());
        kept.addAll(r.warnings());
        Baseline baseline = baseline(settings.baseline());
        if (baseline != null) {
            kept = baseline.filter(kept, i -> d.path()).kept();
        }
        return new Result(d, kept, null, null, null, document.targetLocale(), settings.baseline());
    }

    /**
     * The other files of the workspace that a document's consistency rules compare it with: those Concord reads, in
     * the same language and with the same settings (its own source file aside), as the editor has them when open,
     * else as on disk (read again when they change); at most {@value #PROJECT_FILES} files and
     * {@value #PROJECT_CHARS} characters, so that a re-check stays quick (a larger project is checked whole by
     * {@code concord check}).
     */
    private List<Document> project(Document document, CheckerSettings cs, Path source) {
        if (root == null) {
            return List.of();
        }
        List<Document> out = new ArrayList<>();
        long chars = 0;
        Path self = Path.of(document.name()).toAbsolutePath().normalize();
        for (Path file : projectFiles()) {
            if (file.equals(self) || file.equals(source) || chars > PROJECT_CHARS) {
                continue;
            }
            Document other = projectDocument(file, cs, document.targetLocale());
            if (other != null) {
                chars += other.target().content().length();
                out.add(other);
            }
        }
        return out;
    }

    /**
     * The workspace's files for consistency checks: the folder is walked again when the config is read again (a
     * watched file changed) or {@value #FILES_FRESH_MILLIS} ms after the last walk, not on every keystroke.
     */
    private List<Path> projectFiles() {
        long now = System.nanoTime();
        if (projectFiles == null || now - filesWalkedAt > FILES_FRESH_MILLIS * 1_000_000) {
            projectFiles = workspaceFiles(root, PROJECT_FILES);
            filesWalkedAt = now;
        }
        return projectFiles;
    }

    /** A workspace file read as its settings say, when they are {@code cs} and its language is {@code language}. */
    private Document projectDocument(Path file, CheckerSettings cs, String language) {
        OpenDocument openDoc = null;
        for (OpenDocument o : open.values()) {
            if (o.path().equals(file)) {
                openDoc = o;
            }
        }
        long stamp;
        try {
            stamp = openDoc != null ? -openDoc.version() - 1 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
        Known known = projectCache.get(file);
        if (known == null || known.stamp() != stamp) {
            known = new Known(stamp, readForProject(file, openDoc));
            projectCache.put(file, known);
        }
        if (known.read() == null || !known.read().settings().equals(cs)
                || !language.equals(known.read().document().targetLocale())) {
            return null;
        }
        return known.read().document();
    }

    private Read readForProject(Path file, OpenDocument openDoc) {
        try {
            FileSettings s = configs.settingsFor(file);
            if (s.excluded()) {
                return null;
            }
            EditorSettings e = editor;
            ReadOptions options = ReadOptions.defaults()
                    .withTargetLocale(e.language() != null ? e.language() : s.language())
                    .withSourceLocale(e.sourceLanguage() != null ? e.sourceLanguage() : s.sourceLanguage())
                    .withSourceFile(s.sourceFile()).withHtmlSkip(s.htmlSkip());
            Document doc = openDoc != null ? Document.parse(file, openDoc.text(), options)
                    : Document.parse(file, options);
            return doc.targetLocale() == null ? null : new Read(e.applyTo(s.checker()), doc);
        } catch (IOException | RuntimeException ex) {
            return null; // a file that cannot be read is reported when it is opened
        }
    }

    /** A workspace file as last read for consistency checks: when, and what (null when it does not take part). */
    private record Known(long stamp, Read read) {
    }

    private record Read(CheckerSettings settings, Document document) {
    }

    /** What the checkers built so far say a rule does, or null when none of them has it (LanguageTool's own). */
    String describe(String ruleId) {
        for (Checker c : checkers.values()) {
            for (var rule : c.rules()) {
                if (rule.id().equals(ruleId)) {
                    return rule.description();
                }
            }
        }
        return null;
    }

    /**
     * The files under {@code root} that a check of the workspace reads: those Concord reads by their extension and
     * the config does not leave out, skipping hidden folders and build output; at most {@code limit}.
     */
    List<Path> workspaceFiles(Path root, int limit) {
        List<Path> out = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(p -> {
                Path rel = root.relativize(p);
                for (Path part : rel) {
                    String n = part.toString();
                    if (n.startsWith(".") || n.equals("node_modules") || n.equals("target") || n.equals("build")) {
                        return false;
                    }
                }
                return Files.isRegularFile(p) && dev.concord.format.Formats.isCheckable(p);
            }).limit(limit).forEach(out::add);
        } catch (IOException | RuntimeException e) {
            // An unreadable folder: check what was found.
        }
        return out;
    }

    /** The baseline at {@code file} as it is on disk now (read again when it changes); null for none or a broken one. */
    Baseline baseline(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            long stamp = Files.getLastModifiedTime(file).toMillis();
            Map.Entry<Long, Baseline> known = baselines.get(file);
            if (known == null || known.getKey() != stamp) {
                known = Map.entry(stamp, Baseline.read(file));
                baselines.put(file, known);
            }
            return known.getValue();
        } catch (IOException e) {
            return null; // 'concord check' reports a broken baseline; the editor shows every finding meanwhile
        }
    }

    /** The file a {@code file:} URI names, or null for another scheme. */
    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The line index of a text, for turning Concord's lines and columns into the editor's positions. */
    static LineIndex index(String text) {
        return new LineIndex(text);
    }
}
