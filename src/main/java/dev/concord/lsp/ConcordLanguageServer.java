package dev.concord.lsp;

import dev.concord.InputException;
import dev.concord.Version;
import dev.concord.config.ConfigFiles;
import dev.concord.text.LineIndex;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Concord as a Language Server Protocol server ({@code concord lsp}): diagnostics for every open document Concord
 * reads, re-checked a moment after each edit (only the edited document, on one check thread, stale checks dropped),
 * positions in the encoding the client negotiates, and code actions on the findings. Configuration comes from the
 * workspace's {@code .concord.yml} files (read again when they change) under the editor's {@code concord} settings.
 */
public final class ConcordLanguageServer implements LanguageServer, LanguageClientAware {
    /** Checks every file of the workspace that Concord reads, open or not, and publishes their diagnostics. */
    static final String CHECK_WORKSPACE = "concord.checkWorkspace";
    /** A rule's explanation as Markdown; the argument is the rule id. */
    static final String EXPLAIN_RULE = "concord.explainRule";
    /** At most this many files in a workspace check: a folder that holds more is not a translation project. */
    static final int WORKSPACE_FILE_LIMIT = 10_000;

    private final Workspace workspace;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concord-lsp-check");
        t.setDaemon(true);
        return t;
    });
    /** The latest edit of each document: a scheduled check that finds a newer one does nothing. */
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    /** Config files that currently have an error diagnostic, so that it can be cleared once fixed. */
    private final Set<Path> brokenConfigs = ConcurrentHashMap.newKeySet();
    /** The diagnostics last published per document, for hovers. */
    private final Map<String, List<Diagnostic>> shown = new ConcurrentHashMap<>();
    /** The language each document was last checked in, for "accept this word" actions. */
    private final Map<String, String> languages = new ConcurrentHashMap<>();
    /** The baseline file the config names for each document, for "add to the baseline" actions. */
    private final Map<String, Path> baselines = new ConcurrentHashMap<>();
    private final Documents documents = new Documents();
    private final Settings settings = new Settings();
    private volatile LanguageClient client;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;
    private volatile boolean canCreateFiles;
    private volatile boolean pullsConfiguration;
    private volatile boolean showsProgress;
    private volatile boolean watchesDynamically;
    private volatile Path root;
    private volatile boolean shutDown;
    /** What {@code exit} does besides stopping the checks: {@link #serve} stops listening. */
    private volatile Runnable onExit = () -> { };

    public ConcordLanguageServer() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    ConcordLanguageServer(int threads) {
        this.workspace = new Workspace(threads);
    }

    /**
     * Runs a server on these streams until the client sends {@code exit} or ends the connection.
     *
     * @return the exit code the protocol asks for: 0 after a {@code shutdown} request, 1 otherwise
     */
    public static int serve(InputStream in, OutputStream out) throws Exception {
        ConcordLanguageServer server = new ConcordLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        server.onExit = () -> listening.cancel(true);
        try {
            listening.get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // The client went away, or said exit: nothing left to serve.
        } finally {
            server.checks.shutdownNow();
        }
        return server.shutDown ? 0 : 1;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        var caps = params.getCapabilities();
        if (caps != null && caps.getGeneral() != null) {
            encoding = PositionEncoding.negotiate(caps.getGeneral().getPositionEncodings());
        }
        if (caps != null && caps.getWorkspace() != null) {
            var ws = caps.getWorkspace();
            pullsConfiguration = Boolean.TRUE.equals(ws.getConfiguration());
            showsProgress = caps.getWindow() != null && Boolean.TRUE.equals(caps.getWindow().getWorkDoneProgress());
            watchesDynamically = ws.getDidChangeWatchedFiles() != null
                    && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
            canCreateFiles = ws.getWorkspaceEdit() != null && ws.getWorkspaceEdit().getResourceOperations() != null
                    && ws.getWorkspaceEdit().getResourceOperations().contains("create");
        }
        root = rootOf(params);
        workspace.root(root);
        EditorSettings initial = EditorSettings.from(params.getInitializationOptions());
        checks.execute(() -> workspace.editorSettings(initial));

        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setHoverProvider(true);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CHECK_WORKSPACE, EXPLAIN_RULE)));
        capabilities.setPositionEncoding(encoding.lspName());
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("concord", Version.concord())));
    }

    @Override
    public void initialized(InitializedParams params) {
        pullSettings();
        LanguageClient c = client;
        if (c != null && watchesDynamically) {
            var watchers = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/.concord.{yml,yaml}")),
                    new FileSystemWatcher(Either.forLeft("**/*.{tbx,csv,tsv,xml}"))));
            c.registerCapability(new RegistrationParams(List.of(new Registration("concord-watch",
                    "workspace/didChangeWatchedFiles", watchers))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        checks.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        checks.shutdownNow();
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return settings;
    }

    /** The negotiated position encoding (for tests). */
    PositionEncoding encoding() {
        return encoding;
    }

    private static Path rootOf(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        String uri = folders != null && !folders.isEmpty() ? folders.get(0).getUri() : params.getRootUri();
        return uri == null ? null : Workspace.pathOf(uri);
    }

    // ---- checking ----------------------------------------------------------------------------------------------

    /** Checks a document after {@code delayMillis}, unless it is edited again before the check starts. */
    private void schedule(String uri, long delayMillis) {
        if (shutDown) {
            return;
        }
        long generation = generations.computeIfAbsent(uri, k -> new AtomicLong()).incrementAndGet();
        checks.schedule(() -> {
            if (generations.get(uri) == null || generations.get(uri).get() != generation) {
                return;
            }
            Workspace.OpenDocument d = workspace.open(uri);
            if (d != null) {
                publish(d);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void checkAllOpen() {
        for (Workspace.OpenDocument d : workspace.openDocuments()) {
            schedule(d.uri(), 0);
        }
    }

    /** Checks one document and publishes its diagnostics (and a broken config file's). Check thread only. */
    private void publish(Workspace.OpenDocument d) {
        Workspace.Result r;
        try {
            r = workspace.check(d, this::publish);
        } catch (RuntimeException e) {
            log(MessageType.Error, "concord: checking " + d.path() + " failed: " + e);
            return;
        }
        publish(r);
    }

    /** A check's diagnostics for its document; a broken config file's error is published on that file. */
    private List<Diagnostic> diagnosticsOf(Workspace.Result r) {
        Workspace.OpenDocument d = r.document();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (r.configError() != null) {
            publishConfigError(r.configError());
        }
        if (r.inputError() != null) {
            diagnostics.add(Diagnostics.ofInputError(r.inputError(), d.text(), encoding, Diagnostics.INPUT_ERROR));
        }
        if (r.note() != null) {
            log(MessageType.Info, "concord: " + d.path() + " not checked: " + r.note());
        }
        LineIndex index = new LineIndex(d.text());
        for (var issue : r.issues()) {
            diagnostics.add(Diagnostics.of(issue, index, encoding, workspace::textOf));
        }
        return diagnostics;
    }

    private void publish(Workspace.Result r) {
        Workspace.OpenDocument d = r.document();
        List<Diagnostic> diagnostics = diagnosticsOf(r);
        Workspace.OpenDocument now = workspace.open(d.uri());
        if (now == null || now.version() != d.version()) {
            return; // edited or closed while it was checked: the next check publishes
        }
        shown.put(d.uri(), diagnostics);
        if (r.language() != null) {
            languages.put(d.uri(), r.language());
        }
        if (r.baseline() != null) {
            baselines.put(d.uri(), r.baseline());
        } else {
            baselines.remove(d.uri());
        }
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(d.uri(), diagnostics, d.version()));
        }
    }

    private void publishConfigError(InputException e) {
        if (e.file() == null) {
            return;
        }
        Path file = Path.of(e.file()).toAbsolutePath().normalize();
        if (!ConfigFiles.FILE_NAMES.contains(String.valueOf(file.getFileName()))) {
            log(MessageType.Error, "concord: " + e.getMessage());
            return;
        }
        brokenConfigs.add(file);
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), List.of(
                    Diagnostics.ofInputError(e, workspace.textOf(file), encoding, Diagnostics.CONFIG_ERROR))));
        }
    }

    /** The config files changed: read them again, clear the errors of the fixed ones, check every open document. */
    private void configChanged() {
        checks.execute(() -> {
            workspace.reloadConfig();
            LanguageClient c = client;
            for (Path p : new HashSet<>(brokenConfigs)) {
                brokenConfigs.remove(p);
                if (c != null) {
                    c.publishDiagnostics(new PublishDiagnosticsParams(p.toUri().toString(), List.of()));
                }
            }
            checkAllOpen();
        });
    }

    /** A rule's explanation as Markdown: its id, what it finds, and what a diagnostic of it carries. */
    String explain(String ruleId, Diagnostic diagnostic) {
        StringBuilder md = new StringBuilder("**").append(ruleId).append("**");
        String description = workspace.describe(ruleId);
        if (description != null && !description.isBlank()) {
            md.append("\n\n").append(description);
        } else if (ruleId.startsWith("lt.")) {
            md.append("\n\nA LanguageTool rule (").append(ruleId.substring(3)).append(").");
        }
        if (diagnostic != null && diagnostic.getData() instanceof com.google.gson.JsonObject data) {
            md.append("\n\n");
            if (data.has("type")) {
                md.append("ITS type: `").append(data.get("type").getAsString()).append('`');
            }
            if (data.has("mqm")) {
                md.append(" · MQM: ").append(data.get("mqm").getAsString());
            }
            var suggestions = data.getAsJsonArray("suggestions");
            if (suggestions != null && !suggestions.isEmpty()) {
                md.append("\n\nSuggested: ");
                for (int i = 0; i < suggestions.size() && i < 5; i++) {
                    md.append(i == 0 ? "" : ", ").append('`').append(suggestions.get(i).getAsString()).append('`');
                }
            }
        }
        md.append("\n\nSilence it here with a code action, or with `disable:` in `.concord.yml`.");
        return md.toString();
    }

    /** Checks every file of the workspace Concord reads (open ones as the editor has them), with progress. */
    private CompletableFuture<Object> checkWorkspace() {
        Path where = root;
        if (where == null) {
            return CompletableFuture.completedFuture(0);
        }
        CompletableFuture<Object> done = new CompletableFuture<>();
        checks.execute(() -> {
            String token = "concord-workspace-" + System.nanoTime();
            LanguageClient c = client;
            boolean progress = showsProgress && c != null;
            try {
                if (progress) {
                    c.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token))).get(10,
                            TimeUnit.SECONDS);
                    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
                    begin.setTitle("Concord: checking the workspace");
                    begin.setPercentage(0);
                    c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
                }
                List<Path> files = workspace.workspaceFiles(where, WORKSPACE_FILE_LIMIT);
                int n = 0;
                for (Path file : files) {
                    if (done.isCancelled() || shutDown) {
                        break; // $/cancelRequest (LSP4J cancels the future) or shutdown: stop between files
                    }
                    String uri = file.toUri().toString();
                    Workspace.OpenDocument d = workspace.open(uri);
                    if (d == null) {
                        String text = workspace.textOf(file);
                        if (text == null) {
                            continue;
                        }
                        d = new Workspace.OpenDocument(uri, file, text, 0);
                    }
                    publishChecked(d);
                    n++;
                    if (progress) {
                        WorkDoneProgressReport report = new WorkDoneProgressReport();
                        report.setMessage(where.relativize(file).toString());
                        report.setPercentage(100 * n / Math.max(1, files.size()));
                        c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(report)));
                    }
                }
                if (progress) {
                    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                    end.setMessage(n + " files checked");
                    c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(end)));
                }
                done.complete(n);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Checks a document that may not be open (a workspace check) and publishes what it finds. Check thread only. */
    private void publishChecked(Workspace.OpenDocument d) {
        Workspace.Result r = workspace.check(d);
        if (workspace.open(d.uri()) != null) {
            publish(r);
            return;
        }
        List<Diagnostic> diagnostics = diagnosticsOf(r);
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(d.uri(), diagnostics));
        }
    }

    /** Asks the client for its {@code concord} settings, when it answers such requests. */
    private void pullSettings() {
        LanguageClient c = client;
        if (c == null || !pullsConfiguration) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("concord");
        c.configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (values != null && !values.isEmpty() && values.get(0) != null) {
                applySettings(EditorSettings.from(wrap(values.get(0))));
            }
        });
    }

    private static Object wrap(Object section) {
        if (section instanceof com.google.gson.JsonObject o) {
            com.google.gson.JsonObject w = new com.google.gson.JsonObject();
            w.add("concord", o);
            return w;
        }
        return section;
    }

    private void applySettings(EditorSettings s) {
        checks.execute(() -> {
            workspace.editorSettings(s);
            checkAllOpen();
        });
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
    }

    private static boolean isConfig(Path path) {
        return path != null && ConfigFiles.FILE_NAMES.contains(String.valueOf(path.getFileName()));
    }

    // ---- textDocument/* ----------------------------------------------------------------------------------------

    /** The document notifications and requests. */
    private final class Documents implements TextDocumentService {
        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
            var item = params.getTextDocument();
            Path path = Workspace.pathOf(item.getUri());
            if (path == null || isConfig(path)) {
                return;
            }
            workspace.put(new Workspace.OpenDocument(item.getUri(), path, item.getText(), item.getVersion()));
            schedule(item.getUri(), 0);
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            Workspace.OpenDocument d = workspace.open(uri);
            if (d == null) {
                return;
            }
            String text = d.text();
            for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
                if (change.getRange() == null) {
                    text = change.getText();
                } else {
                    LineIndex index = new LineIndex(text);
                    int start = encoding.offset(index, change.getRange().getStart());
                    int end = Math.max(start, encoding.offset(index, change.getRange().getEnd()));
                    text = text.substring(0, start) + change.getText() + text.substring(end);
                }
            }
            Integer version = params.getTextDocument().getVersion();
            workspace.put(new Workspace.OpenDocument(uri, d.path(), text, version == null ? d.version() : version));
            // Typing on does not start a check per keystroke.
            schedule(uri, workspace.editorSettings().debounceMillis());
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            if (workspace.close(uri) != null) {
                generations.remove(uri);
                LanguageClient c = client;
                if (c != null) {
                    c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
                }
            }
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
            Path path = Workspace.pathOf(params.getTextDocument().getUri());
            if (isConfig(path)) {
                configChanged();
            }
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
            String uri = params.getTextDocument().getUri();
            List<Diagnostic> here = new ArrayList<>();
            for (Diagnostic d : shown.getOrDefault(uri, List.of())) {
                if (contains(d.getRange(), params.getPosition()) && d.getCode() != null && d.getCode().isLeft()) {
                    here.add(d);
                }
            }
            if (here.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            StringBuilder md = new StringBuilder();
            for (Diagnostic d : here) {
                md.append(md.length() == 0 ? "" : "\n\n---\n\n").append(explain(d.getCode().getLeft(), d));
            }
            return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN,
                    md.toString()), here.get(0).getRange()));
        }

        @Override
        public CompletableFuture<List<Either<org.eclipse.lsp4j.Command, CodeAction>>> codeAction(
                CodeActionParams params) {
            Workspace.OpenDocument d = workspace.open(params.getTextDocument().getUri());
            if (d == null || params.getContext() == null || params.getContext().getDiagnostics() == null) {
                return CompletableFuture.completedFuture(List.of());
            }
            CodeActions.Context context = new CodeActions.Context(encoding, canCreateFiles,
                    root != null ? root : d.path().getParent(), workspace::textOf,
                    languages.get(params.getTextDocument().getUri()), baselines.get(params.getTextDocument().getUri()),
                    workspace::baseline);
            return CompletableFuture.completedFuture(CodeActions.forDiagnostics(d,
                    asPublished(params.getTextDocument().getUri(), params.getContext().getDiagnostics()),
                    params.getRange(), context));
        }
    }

    // ---- workspace/* -------------------------------------------------------------------------------------------

    /**
     * The diagnostics as this server published them, matched by rule and fingerprint: some clients send back a range
     * of their own making (Neovim 0.7 sends byte columns as UTF-16 ones), and an edit must not land beside its text.
     */
    private List<Diagnostic> asPublished(String uri, List<Diagnostic> sent) {
        List<Diagnostic> published = shown.getOrDefault(uri, List.of());
        List<Diagnostic> out = new ArrayList<>(sent.size());
        for (Diagnostic d : sent) {
            Diagnostic match = null;
            String print = fingerprint(d);
            for (Diagnostic p : published) {
                if (print != null && print.equals(fingerprint(p)) && java.util.Objects.equals(p.getCode(), d.getCode())
                        && (match == null || sameLine(p, d) && !sameLine(match, d))) {
                    match = p; // of equal fingerprints (one name twice in a unit), the one on the sent line
                }
            }
            out.add(match != null ? match : d);
        }
        return out;
    }

    private static boolean sameLine(Diagnostic a, Diagnostic b) {
        return a.getRange() != null && b.getRange() != null
                && a.getRange().getStart().getLine() == b.getRange().getStart().getLine();
    }

    private static String fingerprint(Diagnostic d) {
        if (d.getData() instanceof com.google.gson.JsonObject o && o.has("fingerprint")) {
            return o.get("fingerprint").getAsString();
        }
        return null;
    }

    private static boolean contains(org.eclipse.lsp4j.Range r, org.eclipse.lsp4j.Position p) {
        return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
    }

    private static int compare(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    /** The workspace notifications and commands: settings, watched files, the workspace check, explanations. */
    private final class Settings implements WorkspaceService {
        @Override
        public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
            if (CHECK_WORKSPACE.equals(params.getCommand())) {
                return checkWorkspace();
            }
            if (EXPLAIN_RULE.equals(params.getCommand()) && params.getArguments() != null
                    && !params.getArguments().isEmpty()) {
                Object arg = params.getArguments().get(0);
                String id = arg instanceof com.google.gson.JsonPrimitive j ? j.getAsString() : String.valueOf(arg);
                CompletableFuture<Object> out = new CompletableFuture<>();
                checks.execute(() -> out.complete(explain(id, null)));
                return out;
            }
            CompletableFuture<Object> failed = new CompletableFuture<>();
            failed.completeExceptionally(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                    new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
                            org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams,
                            "unknown command: " + params.getCommand(), null)));
            return failed;
        }

        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            if (pullsConfiguration) {
                pullSettings();
            } else {
                applySettings(EditorSettings.from(params.getSettings()));
            }
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            // A config file, a termbase, a rule pack or a source file changed: read the configuration (and what it
            // names) again and check what is open.
            if (!params.getChanges().isEmpty()) {
                configChanged();
            }
        }
    }
}
