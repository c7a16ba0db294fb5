package dev.concord.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.concord.config.Baseline;
import dev.concord.config.ConfigFiles;
import dev.concord.text.LineIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions on Concord's diagnostics: apply a suggestion; silence the rule there with Concord's suppression
 * directive in the file's own syntax (Markdown and HTML comments, PO and {@code .properties} comments); turn the rule
 * off in {@code .concord.yml}; accept a flagged word or name in the document's language ({@code accept} in
 * {@code .concord.yml}, which every rule honours). Edits of
 * {@code .concord.yml} keep its comments and layout ({@link ConfigEdits}); when there is none, one is created at the
 * workspace root if the client can create files.
 */
final class CodeActions {
    /** How many suggestions become actions: the rest are rarely what was meant. */
    private static final int MAX_SUGGESTIONS = 5;

    private CodeActions() {
    }

    /** What the actions need to know about the client and the workspace. */
    record Context(PositionEncoding encoding, boolean canCreateFiles, Path workspaceRoot,
            java.util.function.Function<Path, String> textOf, String language, Path baseline,
            java.util.function.Function<Path, Baseline> baselineOf) {
    }

    /** The actions for Concord's diagnostics among {@code diagnostics}, on the open document {@code d}. */
    static List<Either<org.eclipse.lsp4j.Command, CodeAction>> forDiagnostics(Workspace.OpenDocument d,
            List<Diagnostic> diagnostics, Range requested, Context c) {
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> out = new ArrayList<>();
        LineIndex index = new LineIndex(d.text());
        for (Diagnostic diagnostic : diagnostics) {
            JsonObject data = diagnostic.getData() instanceof JsonObject o ? o : new JsonObject();
            // Some clients send back less than they got (Neovim 0.7 drops the source): the data says it is ours.
            boolean ours = Diagnostics.SOURCE.equals(diagnostic.getSource())
                    || diagnostic.getSource() == null && data.has("ruleId");
            if (!ours || diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
                continue;
            }
            if (diagnostic.getRange() == null) {
                diagnostic.setRange(requested);
            }
            String rule = diagnostic.getCode().getLeft();
            if (rule.equals(Diagnostics.INPUT_ERROR) || rule.equals(Diagnostics.CONFIG_ERROR)) {
                continue;
            }
            List<String> suggestions = new ArrayList<>();
            if (data.get("suggestions") != null && data.get("suggestions").isJsonArray()) {
                for (JsonElement s : data.getAsJsonArray("suggestions")) {
                    if (s.isJsonPrimitive() && suggestions.size() < MAX_SUGGESTIONS) {
                        suggestions.add(s.getAsString());
                    }
                }
            }
            for (String s : suggestions) {
                CodeAction a = action(s.isEmpty() ? "Delete '" + text(data) + "'" : "Replace with '" + s + "'",
                        CodeActionKind.QuickFix, diagnostic, edit(d, List.of(new TextEdit(diagnostic.getRange(), s))));
                a.setIsPreferred(out.isEmpty() ? Boolean.TRUE : null);
                out.add(Either.forRight(a));
            }
            TextEdit here = suppressionHere(d, index, diagnostic.getRange(), rule, c.encoding());
            if (here != null) {
                out.add(Either.forRight(action("Disable " + rule + " here", CodeActionKind.QuickFix, diagnostic,
                        edit(d, List.of(here)))));
            }
            Path config = nearestConfig(d.path(), c.workspaceRoot());
            WorkspaceEdit off = configEdit(config, c, yaml -> ConfigEdits.addToList(yaml, "disable", rule));
            if (off != null) {
                out.add(Either.forRight(action("Disable " + rule + " in .concord.yml", CodeActionKind.QuickFix,
                        diagnostic, off)));
            }
            WorkspaceEdit baselined = baselineEdit(d, data, rule, c);
            if (baselined != null) {
                out.add(Either.forRight(action("Add this finding to the baseline (" + c.baseline().getFileName() + ")",
                        CodeActionKind.QuickFix, diagnostic, baselined)));
            }
            String word = text(data);
            if (isWordFinding(rule, data) && c.language() != null && !word.isBlank() && !word.contains("\n")) {
                String language = com.ibm.icu.util.ULocale.forLanguageTag(c.language()).getLanguage();
                WorkspaceEdit accept = configEdit(config, c, yaml -> ConfigEdits.addToMapList(yaml, "accept",
                        language, word));
                if (accept != null) {
                    out.add(Either.forRight(action("Accept '" + word + "' in " + language + " (.concord.yml)",
                            CodeActionKind.QuickFix, diagnostic, accept)));
                }
            }
        }
        return out;
    }

    private static CodeAction action(String title, String kind, Diagnostic diagnostic, WorkspaceEdit edit) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setDiagnostics(List.of(diagnostic));
        a.setEdit(edit);
        return a;
    }

    private static WorkspaceEdit edit(Workspace.OpenDocument d, List<TextEdit> edits) {
        return new WorkspaceEdit(List.of(Either.forLeft(new TextDocumentEdit(
                new VersionedTextDocumentIdentifier(d.uri(), d.version()), plain(edits)))));
    }

    /** Text edits as a document edit holds them (LSP 3.18 lets it hold snippet edits too; these are plain). */
    private static List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> plain(List<TextEdit> edits) {
        List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> out = new ArrayList<>();
        edits.forEach(e -> out.add(Either.forLeft(e)));
        return out;
    }

    private static String text(JsonObject data) {
        JsonElement t = data.get("text");
        return t != null && t.isJsonPrimitive() ? t.getAsString() : "";
    }

    /**
     * A finding on a word that a team may decide is right: spelling (LanguageTool's spelling rules, the misspelling
     * type) and names (the name rules, inconsistent entities).
     */
    private static boolean isWordFinding(String rule, JsonObject data) {
        JsonElement type = data.get("type");
        String t = type == null ? "" : type.getAsString();
        String upper = rule.toUpperCase(Locale.ROOT);
        return upper.contains("SPELL") || upper.contains("MORFOLOGIK") || rule.startsWith("names.")
                || t.equals("misspelling") || t.equals("inconsistent-entities");
    }

    /**
     * Concord's suppression directive for {@code rule} at the diagnostic, in the file's syntax; null where the format
     * has no comments Concord reads (plain text, JSON, XLIFF and TMX here).
     */
    static TextEdit suppressionHere(Workspace.OpenDocument d, LineIndex index, Range range, String rule,
            PositionEncoding encoding) {
        String name = d.path().getFileName().toString().toLowerCase(Locale.ROOT);
        int line = Math.min(range.getStart().getLine() + 1, index.lineCount());
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html") || name.endsWith(".htm")) {
            // At the end of the flagged line: a comment on a line of its own would split a Markdown paragraph.
            Position end = encoding.position(index, index.lineEnd(line));
            return new TextEdit(new Range(end, end), " <!-- concord-disable-line " + rule + " -->");
        }
        if (name.endsWith(".po") || name.endsWith(".pot")) {
            // A translator comment opens the entry: the first line after the blank line before it.
            int first = line;
            while (first > 1 && !index.lineText(first - 1).isBlank()) {
                first--;
            }
            Position at = new Position(first - 1, 0);
            return new TextEdit(new Range(at, at), "# concord-disable " + rule + newline(d.text()));
        }
        if (name.endsWith(".properties")) {
            // Above the key: the first line of the logical line (continuation lines end in an odd run of '\').
            int first = line;
            while (first > 1 && continues(index.lineText(first - 1))) {
                first--;
            }
            Position at = new Position(first - 1, 0);
            return new TextEdit(new Range(at, at), "# concord-disable " + rule + newline(d.text()));
        }
        return null;
    }

    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The nearest {@code .concord.yml} at or above the file's folder, up to the file system's root; null if none. */
    static Path nearestConfig(Path file, Path root) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            for (String n : ConfigFiles.FILE_NAMES) {
                Path p = dir.resolve(n);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The edit that records this finding in the baseline file the config names (so that it is not reported again),
     * the file's whole text rewritten as {@code concord baseline} writes it; null without a baseline or fingerprint.
     */
    private static WorkspaceEdit baselineEdit(Workspace.OpenDocument d, JsonObject data, String rule, Context c) {
        if (c.baseline() == null || !data.has("fingerprint")) {
            return null;
        }
        Path file = c.baseline();
        String uri = file.toUri().toString();
        Baseline now = c.baselineOf().apply(file);
        boolean exists = Files.isRegularFile(file);
        if (exists && now == null) {
            return null; // a broken baseline is the user's to mend
        }
        Baseline updated = (now != null ? now : Baseline.empty(file)).plus(d.path(), rule, text(data),
                data.get("fingerprint").getAsString());
        if (!exists) {
            if (!c.canCreateFiles()) {
                return null;
            }
            TextDocumentEdit write = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                    plain(List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), updated.text()))));
            return new WorkspaceEdit(List.of(Either.forRight(new CreateFile(uri, new CreateFileOptions(false, true))),
                    Either.forLeft(write)));
        }
        String old = c.textOf().apply(file);
        if (old == null) {
            return null;
        }
        LineIndex index = new LineIndex(old);
        Range all = new Range(new Position(0, 0), c.encoding().position(index, old.length()));
        return new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(all, updated.text()))));
    }

    /** The edit of the config file that {@code change} makes (the file created when there is none). */
    private static WorkspaceEdit configEdit(Path config, Context c,
            java.util.function.Function<String, ConfigEdits.Change> edit) {
        if (config == null) {
            if (!c.canCreateFiles() || c.workspaceRoot() == null) {
                return null;
            }
            Path created = c.workspaceRoot().resolve(".concord.yml");
            String uri = created.toUri().toString();
            ConfigEdits.Change change = edit.apply("");
            CreateFile create = new CreateFile(uri, new CreateFileOptions(false, true));
            TextDocumentEdit write = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                    plain(List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), change.text()))));
            return new WorkspaceEdit(List.of(Either.forRight(create), Either.forLeft(write)));
        }
        String yaml = c.textOf().apply(config);
        if (yaml == null) {
            return null;
        }
        ConfigEdits.Change change = edit.apply(yaml);
        if (change == null) {
            return null;
        }
        LineIndex index = new LineIndex(yaml);
        Range range = new Range(c.encoding().position(index, change.start()), c.encoding().position(index,
                change.end()));
        return new WorkspaceEdit(Map.of(config.toUri().toString(), List.of(new TextEdit(range, change.text()))));
    }
}
