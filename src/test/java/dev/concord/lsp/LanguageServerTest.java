package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord lsp} as an editor sees it: LSP4J's client talking JSON-RPC to the server over pipes, with real
 * files in a temporary workspace and LanguageTool really running. Positions are checked in every encoding with
 * astral characters before the flagged text; edits, code actions and config changes go through the protocol.
 */
class LanguageServerTest {
    private static final long WAIT_SECONDS = RecordingClient.WAIT_SECONDS;

    @TempDir
    Path dir;

    private final RecordingClient client = new RecordingClient();
    private LanguageServer server;
    private Thread serverThread;

    private InitializeResult start(List<String> encodings) throws Exception {
        return start(encodings, false);
    }

    private InitializeResult start(List<String> encodings, boolean answersConfiguration) throws Exception {
        InMemoryPipe toServer = new InMemoryPipe();
        InMemoryPipe toClient = new InMemoryPipe();
        java.io.InputStream serverIn = toServer.in();
        java.io.OutputStream clientOut = toServer.out();
        java.io.InputStream clientIn = toClient.in();
        java.io.OutputStream serverOut = toClient.out();
        serverThread = new Thread(() -> {
            try {
                ConcordLanguageServer.serve(serverIn, serverOut);
            } catch (Exception e) {
                // the pipes closed: the test is over
            }
        }, "test-lsp-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        caps.setGeneral(general);
        if (answersConfiguration) {
            var ws = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
            ws.setConfiguration(true);
            caps.setWorkspace(ws);
        }
        init.setCapabilities(caps);
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        InitializeResult result = server.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
            server.exit();
        }
    }

    private String open(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "text", 1, text)));
        return uri;
    }

    private static Predicate<PublishDiagnosticsParams> has(String rule) {
        return p -> p.getDiagnostics().stream().anyMatch(d -> rule.equals(code(d)));
    }

    private static Predicate<PublishDiagnosticsParams> hasNo(String rule) {
        return has(rule).negate();
    }

    private static String code(Diagnostic d) {
        return d.getCode() == null ? null : d.getCode().getLeft();
    }

    private static Diagnostic first(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().filter(d -> rule.equals(code(d))).findFirst().orElseThrow();
    }

    /** The text an LSP range covers, counted in the encoding (a reading written apart from the server's). */
    static String covered(String text, Range r, String encoding) {
        return text.substring(offset(text, r.getStart(), encoding), offset(text, r.getEnd(), encoding));
    }

    private static int offset(String text, Position p, String encoding) {
        int i = 0;
        for (int line = 0; line < p.getLine(); line++) {
            i = text.indexOf('\n', i) + 1;
        }
        int left = p.getCharacter();
        while (left > 0) {
            int cp = text.codePointAt(i);
            left -= switch (encoding) {
                case "utf-8" -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                case "utf-32" -> 1;
                default -> Character.charCount(cp);
            };
            i += Character.charCount(cp);
        }
        assertEquals(0, left, "a position inside a character");
        return i;
    }

    private String config(String yaml) throws Exception {
        Files.writeString(dir.resolve(".concord.yml"), yaml, StandardCharsets.UTF_8);
        return dir.resolve(".concord.yml").toUri().toString();
    }

    /** What the client does with a workspace edit: apply it to the open text, or to the file on disk. */
    private static String apply(String text, List<TextEdit> edits, String encoding) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart(), encoding),
                offset(text, a.getRange().getStart(), encoding)));
        String out = text;
        for (TextEdit e : sorted) {
            out = out.substring(0, offset(out, e.getRange().getStart(), encoding)) + e.getNewText()
                    + out.substring(offset(out, e.getRange().getEnd(), encoding));
        }
        return out;
    }

    private static List<TextEdit> editsOf(WorkspaceEdit edit, String uri) {
        List<TextEdit> out = new ArrayList<>();
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
            out.addAll(edit.getChanges().get(uri));
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft() && change.getLeft().getTextDocument().getUri().equals(uri)) {
                    change.getLeft().getEdits().forEach(e -> out.add(e.getLeft()));
                }
            }
        }
        return out;
    }

    private List<CodeAction> actions(String uri, Diagnostic d) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)));
        List<CodeAction> out = new ArrayList<>();
        for (Either<org.eclipse.lsp4j.Command, CodeAction> e : server.getTextDocumentService().codeAction(params)
                .get(WAIT_SECONDS, TimeUnit.SECONDS)) {
            out.add(e.getRight());
        }
        return out;
    }

    private void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    // ---- positions ---------------------------------------------------------------------------------------------

    @Test
    void positionsAreInTheNegotiatedEncodingPastAstralCharacters() throws Exception {
        for (String encoding : List.of("utf-8", "utf-32", "utf-16")) {
            if (server != null) {
                stop();
            }
            client.published.clear();
            InitializeResult init = start(List.of(encoding));
            assertEquals(encoding, init.getCapabilities().getPositionEncoding());
            config("language: en\n");
            String text = "# Notes\n\n😀 𠀀 This is is a test of the server.\n";
            String uri = open("notes-" + encoding + ".md", text);
            PublishDiagnosticsParams p = client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE"));
            Diagnostic d = first(p, "lt.ENGLISH_WORD_REPEAT_RULE");
            assertEquals(DiagnosticSeverity.Warning, d.getSeverity());
            assertEquals("concord", d.getSource());
            assertEquals(2, d.getRange().getStart().getLine());
            int expected = switch (encoding) {
                case "utf-8" -> 4 + 1 + 4 + 1 + 5;
                case "utf-32" -> 1 + 1 + 1 + 1 + 5;
                default -> 2 + 1 + 2 + 1 + 5;
            };
            assertEquals(expected, d.getRange().getStart().getCharacter(), encoding);
            JsonObject data = (JsonObject) d.getData();
            assertEquals(data.get("text").getAsString(), covered(text, d.getRange(), encoding), encoding);
            assertEquals("duplication", data.get("type").getAsString());
            assertFalse(data.get("fingerprint").getAsString().isEmpty());
        }
    }

    @Test
    void utf16IsTheDefaultWhenTheClientOffersNoEncoding() throws Exception {
        assertEquals("utf-16", start(null).getCapabilities().getPositionEncoding());
    }

    // ---- edits and code actions -----------------------------------------------------------------------------------

    @Test
    void anEditIsCheckedAgainAndASuggestionFixesTheFinding() throws Exception {
        start(List.of("utf-16"));
        config("language: en\n");
        String text = "Notes\n\nThis is is a test of the server.\n";
        String uri = open("edit.md", text);
        Diagnostic d = first(client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE")), "lt.ENGLISH_WORD_REPEAT_RULE");
        // LanguageTool's rules are documented on its community site: the editor links the code there
        assertEquals("https://community.languagetool.org/rule/show/ENGLISH_WORD_REPEAT_RULE",
                d.getCodeDescription().getHref());
        List<CodeAction> actions = actions(uri, d);
        CodeAction fix = actions.stream().filter(a -> a.getTitle().startsWith("Replace with")).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion among " + actions));
        assertEquals(Boolean.TRUE, fix.getIsPreferred());
        String fixed = apply(text, editsOf(fix.getEdit(), uri), "utf-16");
        assertEquals("Notes\n\nThis is a test of the server.\n", fixed);
        // An incremental change, as editors send them: the range of the first "is ".
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(
                        new Range(new Position(2, 5), new Position(2, 8)), ""))));
        PublishDiagnosticsParams after = client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
        assertTrue(hasNo("lt.ENGLISH_WORD_REPEAT_RULE").test(after), after.toString());
    }

    @Test
    void disableHereWritesTheSuppressionCommentOfMarkdown() throws Exception {
        start(List.of("utf-16"));
        config("language: en\n");
        String text = "Notes\n\nThis is is a test of the server.\n";
        String uri = open("here.md", text);
        Diagnostic d = first(client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE")), "lt.ENGLISH_WORD_REPEAT_RULE");
        CodeAction here = actions(uri, d).stream().filter(a -> a.getTitle().endsWith(" here")).findFirst()
                .orElseThrow();
        String edited = apply(text, editsOf(here.getEdit(), uri), "utf-16");
        assertEquals("Notes\n\nThis is is a test of the server. <!-- concord-disable-line "
                + "lt.ENGLISH_WORD_REPEAT_RULE -->\n", edited);
        change(uri, 2, edited);
        PublishDiagnosticsParams after = client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
        assertEquals(List.of(), after.getDiagnostics());
    }

    @Test
    void anHtmlPageGetsDiagnosticsAtItsSourcePositionsAndTheCommentSilencesThem() throws Exception {
        start(List.of("utf-16"));
        config("language: en\n");
        String text = "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<script>var a = 'is is';</script>\n"
                + "<p>Caf&eacute; notes: <b>this is</b> is a test of the server.</p>\n</body></html>\n";
        String uri = open("page.html", text);
        Diagnostic d = first(client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE")), "lt.ENGLISH_WORD_REPEAT_RULE");
        String line = text.split("\n")[4];
        assertEquals(4, d.getRange().getStart().getLine());
        String held = line.substring(d.getRange().getStart().getCharacter(), d.getRange().getEnd().getCharacter());
        assertEquals("is</b> is", held, "the range covers the repeated words in the file, markup between them");
        CodeAction here = actions(uri, d).stream().filter(a -> a.getTitle().endsWith(" here")).findFirst()
                .orElseThrow();
        String edited = apply(text, editsOf(here.getEdit(), uri), "utf-16");
        assertTrue(edited.contains("server.</p> <!-- concord-disable-line lt.ENGLISH_WORD_REPEAT_RULE -->"), edited);
        change(uri, 2, edited);
        PublishDiagnosticsParams after = client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
        assertTrue(hasNo("lt.ENGLISH_WORD_REPEAT_RULE").test(after), after.toString());
    }

    @Test
    void aPoEntryGetsItsFindingsAndTheTranslatorCommentSilencesOne() throws Exception {
        start(List.of("utf-16"));
        config("# project settings\ngrammar: false\n");
        String po = """
                msgid ""
                msgstr ""
                "Language: fr\\n"
                "Content-Type: text/plain; charset=UTF-8\\n"

                #: src/main.c:10
                msgid "Deleted %d files"
                msgstr "Fichiers supprimés"

                msgid "Open"
                msgstr "Ouvrir"
                """;
        String uri = open("po/fr.po", po);
        Diagnostic d = first(client.await(uri, has("qa.placeholders")), "qa.placeholders");
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals(7, d.getRange().getStart().getLine());
        CodeAction here = actions(uri, d).stream().filter(a -> a.getTitle().endsWith(" here")).findFirst()
                .orElseThrow();
        String edited = apply(po, editsOf(here.getEdit(), uri), "utf-16");
        assertTrue(edited.contains("\n\n# concord-disable qa.placeholders\n#: src/main.c:10\n"), edited);
        change(uri, 2, edited);
        PublishDiagnosticsParams after = client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
        assertTrue(hasNo("qa.placeholders").test(after), after.toString());
        assertTrue(hasNo("concord.suppression").test(after), after.toString());
    }

    @Test
    void disableInConfigEditsTheFileAndKeepsItsComments() throws Exception {
        start(List.of("utf-16"));
        String yaml = "# project settings\nlanguage: en\ndisable:\n  - qa.whitespace   # aligned help texts\n";
        String configUri = config(yaml);
        String text = "Notes\n\nThis is is a test of the server.\n";
        String uri = open("config.md", text);
        Diagnostic d = first(client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE")), "lt.ENGLISH_WORD_REPEAT_RULE");
        CodeAction off = actions(uri, d).stream().filter(a -> a.getTitle().endsWith("in .concord.yml")).findFirst()
                .orElseThrow();
        String edited = apply(yaml, editsOf(off.getEdit(), configUri), "utf-16");
        assertEquals("# project settings\nlanguage: en\ndisable:\n  - qa.whitespace   # aligned help texts\n"
                + "  - lt.ENGLISH_WORD_REPEAT_RULE\n", edited);
        Files.writeString(dir.resolve(".concord.yml"), edited, StandardCharsets.UTF_8);
        client.published.clear();
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(configUri, FileChangeType.Changed))));
        PublishDiagnosticsParams after = client.await(uri, p -> true);
        assertTrue(hasNo("lt.ENGLISH_WORD_REPEAT_RULE").test(after), after.toString());
    }

    @Test
    void aBrokenConfigIsOneDiagnosticOnItAndTheServerLivesOn() throws Exception {
        start(List.of("utf-16"));
        String configUri = config("language: en\ndisable: [qa.numbers\n");
        String uri = open("broken.md", "Notes\n\nThis is is a test.\n");
        PublishDiagnosticsParams p = client.await(configUri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(1, p.getDiagnostics().size());
        Diagnostic d = p.getDiagnostics().get(0);
        assertEquals(Diagnostics.CONFIG_ERROR, code(d));
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        // Fixed on disk: the error goes, the document is checked.
        config("language: en\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(configUri, FileChangeType.Changed))));
        client.await(configUri, x -> x.getDiagnostics().isEmpty());
        client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE"));
    }

    @Test
    void aFileThatCannotBeReadIsADiagnosticAtWhereItStops() throws Exception {
        start(List.of("utf-16"));
        config("language: fr\nsourceLanguage: en\ngrammar: false\n");
        String xliff = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n  <file source-language=\"en\" "
                + "target-language=\"fr\">\n    <body>\n      <trans-unit id=\"1\"\n";
        String uri = open("broken.xlf", xliff);
        PublishDiagnosticsParams p = client.await(uri, has(Diagnostics.INPUT_ERROR));
        Diagnostic d = first(p, Diagnostics.INPUT_ERROR);
        assertTrue(d.getRange().getStart().getLine() >= 4, d.toString());
    }

    @Test
    void theEditorsSettingsGoOverTheConfigFile() throws Exception {
        client.settings = com.google.gson.JsonParser.parseString(
                "{\"language\": \"en-US\", \"disabledRules\": [\"lt.EN_A_VS_AN\"]}");
        config("# no language here\n");
        start(List.of("utf-16"), true);
        String uri = open("settings.md", "Notes\n\nThis is is a test of an server.\n");
        // Checked as English (the config gives no language), without the rule the editor turned off.
        PublishDiagnosticsParams p = client.await(uri, has("lt.ENGLISH_WORD_REPEAT_RULE"));
        assertTrue(hasNo("lt.EN_A_VS_AN").test(p), p.toString());
    }

    @Test
    void theFirstCheckShowsTheOtherRulesBeforeLanguageToolsAndHoverExplains() throws Exception {
        start(List.of("utf-16"));
        Path example = Path.of("examples/kazakhstan");
        Files.copy(example.resolve("source.en.txt"), dir.resolve("news.en.txt"));
        config("language: fr\nsourceLanguage: en\npairs:\n  - source: \"{path}.en.txt\"\n    target: \"{path}.fr.txt\"\n");
        String uri = open("news.fr.txt", Files.readString(example.resolve("target.fr.txt")));
        // Two sets for the first version: the rules that need no LanguageTool object at once, then all of them.
        PublishDiagnosticsParams early = client.await(uri, p -> true);
        assertTrue(has("names.inconsistent").test(early), early + " " + client.logs);
        assertTrue(has("pack.fr.CONSERVATEURS_MANIFESTATIONS").test(early), early.toString());
        PublishDiagnosticsParams full = client.await(uri, p -> true);
        assertEquals(1, full.getVersion());
        // LanguageTool's French finds nothing Concord keeps here (its spelling alarms are on names the text uses
        // consistently elsewhere): the full set is the early one.
        assertEquals(early.getDiagnostics().stream().map(LanguageServerTest::code).toList(),
                full.getDiagnostics().stream().map(LanguageServerTest::code).toList());
        Diagnostic name = first(full, "names.inconsistent");
        assertEquals(null, name.getCodeDescription(), "Concord's own rules have no web page; the hover explains them");
        assertEquals(6, name.getRange().getStart().getLine());
        // "Tokaïev" on lines 3 and 5: the other spelling's occurrences, in this file.
        assertEquals(List.of(2, 4), name.getRelatedInformation().stream()
                .map(r -> r.getLocation().getRange().getStart().getLine()).toList());
        assertEquals(uri, name.getRelatedInformation().get(0).getLocation().getUri());
        var hover = server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                new TextDocumentIdentifier(uri), name.getRange().getStart())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        String md = hover.getContents().getRight().getValue();
        assertTrue(md.startsWith("**names.inconsistent**"), md);
        assertTrue(md.contains("`Tokaïev`"), md);
        Object explained = server.getWorkspaceService().executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
                ConcordLanguageServer.EXPLAIN_RULE, List.of("names.inconsistent"))).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(String.valueOf(explained).startsWith("**names.inconsistent**\n\n"), String.valueOf(explained));
    }

    @Test
    void checkWorkspaceReportsOnFilesThatAreNotOpen() throws Exception {
        start(List.of("utf-16"));
        config("grammar: false\n");
        Path po = dir.resolve("locale/de.po");
        Files.createDirectories(po.getParent());
        Files.writeString(po, "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\nmsgid \"%s files\"\nmsgstr \"Dateien\"\n");
        Files.createDirectories(dir.resolve("node_modules/x"));
        Files.writeString(dir.resolve("node_modules/x/fr.po"), "not read");
        Object n = server.getWorkspaceService().executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
                ConcordLanguageServer.CHECK_WORKSPACE, List.of())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(1, ((Number) n).intValue());
        PublishDiagnosticsParams p = client.await(po.toUri().toString(), has("qa.placeholders"));
        assertEquals(5, first(p, "qa.placeholders").getRange().getStart().getLine());
    }

    @Test
    void acceptingANameWritesAcceptInTheConfigAndSilencesEveryRuleOnIt() throws Exception {
        start(List.of("utf-16"));
        Path example = Path.of("examples/kazakhstan");
        Files.copy(example.resolve("source.en.txt"), dir.resolve("news.en.txt"));
        String yaml = "# the newsroom's settings\nlanguage: fr\nsourceLanguage: en\ngrammar: false\npairs:\n"
                + "  - source: \"{path}.en.txt\"\n    target: \"{path}.fr.txt\"\n";
        String configUri = config(yaml);
        String uri = open("news.fr.txt", Files.readString(example.resolve("target.fr.txt")));
        Diagnostic name = first(client.await(uri, has("names.inconsistent")), "names.inconsistent");
        CodeAction accept = actions(uri, name).stream().filter(a -> a.getTitle().startsWith("Accept ")).findFirst()
                .orElseThrow();
        assertEquals("Accept 'Tokayev' in fr (.concord.yml)", accept.getTitle());
        String edited = apply(yaml, editsOf(accept.getEdit(), configUri), "utf-16");
        assertEquals(yaml + "accept:\n  fr:\n    - Tokayev\n", edited);
        Files.writeString(dir.resolve(".concord.yml"), edited, StandardCharsets.UTF_8);
        client.published.clear();
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(configUri, FileChangeType.Changed))));
        PublishDiagnosticsParams after = client.await(uri, p -> true);
        assertTrue(hasNo("names.inconsistent").test(after), after.toString());
        assertTrue(has("qa.punctuation-only").test(after), after.toString());
    }

    @Test
    void aNameIsComparedWithTheOtherFilesOfTheWorkspaceOpenOrNot() throws Exception {
        start(List.of("utf-16"));
        config("language: fr\ngrammar: false\n");
        Path other = dir.resolve("docs/hier.md");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "# Hier\n\nLe président Tokaïev a parlé.\n\nTokaïev a promis des réformes.\n");
        String uri = open("docs/aujourdhui.md", "# Aujourd'hui\n\nLe président Tokayev a parlé encore.\n");
        PublishDiagnosticsParams p = client.await(uri, has("names.inconsistent"));
        Diagnostic d = first(p, "names.inconsistent");
        assertEquals(2, d.getRange().getStart().getLine());
        assertEquals(other.toUri().toString(), d.getRelatedInformation().get(0).getLocation().getUri());
        assertEquals(2, d.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
        // The other file fixed on disk: the name is one spelling again.
        Files.writeString(other, "# Hier\n\nLe président Tokayev a parlé.\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(other.toUri().toString(), FileChangeType.Changed))));
        client.await(uri, hasNo("names.inconsistent"));
    }

    @Test
    void addToTheBaselineWritesWhatTheCommandLineReadsToo() throws Exception {
        start(List.of("utf-16"));
        config("language: fr\nsourceLanguage: en\ngrammar: false\nbaseline: concord-baseline.json\n");
        Path baseline = dir.resolve("concord-baseline.json");
        dev.concord.config.Baseline.empty(baseline).write();
        String po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgid \"Deleted %d files\"\n"
                + "msgstr \"Fichiers supprimés\"\n";
        String uri = open("fr.po", po);
        Diagnostic d = first(client.await(uri, has("qa.placeholders")), "qa.placeholders");
        CodeAction add = actions(uri, d).stream().filter(a -> a.getTitle().startsWith("Add this finding to the "
                + "baseline")).findFirst().orElseThrow();
        String text = apply(Files.readString(baseline), editsOf(add.getEdit(), baseline.toUri().toString()), "utf-16");
        assertTrue(text.contains("\"file\": \"fr.po\", \"ruleId\": \"qa.placeholders\""), text);
        Files.writeString(baseline, text, StandardCharsets.UTF_8);
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(baseline.toUri().toString(), FileChangeType.Changed))));
        client.await(uri, hasNo("qa.placeholders"));
        // The command line reads the same baseline the same way.
        Path report = dir.resolve("report.json");
        int exit = dev.concord.cli.Main.run("check", "--format", "json", "--output", report.toString(),
                dir.resolve("fr.po").toString());
        String json = Files.readString(report);
        assertFalse(json.contains("qa.placeholders"), json);
        assertTrue(json.matches("(?s).*\"baselined\"\\s*:\\s*1\\b.*"), json);
        assertEquals(0, exit, json);
    }
}
