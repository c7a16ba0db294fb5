package dev.concord.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Span;
import dev.concord.text.LineIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Concord's issues as LSP diagnostics: {@code code} the rule id, {@code source} "concord", the severity mapped from
 * Concord's, the range in the negotiated encoding, the other occurrences of an inconsistency as related information,
 * and in {@code data} what code actions need (ITS type, MQM path, fingerprint, flagged text, suggestions).
 */
final class Diagnostics {
    static final String SOURCE = "concord";
    /** The code of a diagnostic that says a file could not be read as its format. */
    static final String INPUT_ERROR = "concord.input";
    /** The code of a diagnostic that says a config file is broken. */
    static final String CONFIG_ERROR = "concord.config";

    private Diagnostics() {
    }

    /**
     * The diagnostic of one issue in a text.
     *
     * @param textOf the text of another file (for related occurrences), or null when it cannot be read
     */
    static Diagnostic of(Issue issue, LineIndex index, PositionEncoding encoding, Function<Path, String> textOf) {
        Diagnostic d = new Diagnostic();
        d.setRange(range(issue.span(), index, encoding));
        d.setSeverity(switch (issue.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        });
        d.setCode(issue.ruleId());
        String docs = dev.concord.report.RuleDocs.helpUri(issue.ruleId());
        if (docs != null) {
            d.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(docs));
        }
        d.setSource(SOURCE);
        d.setMessage(issue.message());
        JsonObject data = new JsonObject();
        data.addProperty("ruleId", issue.ruleId());
        data.addProperty("type", issue.type().itsName());
        if (issue.mqm() != null) {
            data.addProperty("mqm", issue.mqm());
        }
        if (issue.fingerprint() != null) {
            data.addProperty("fingerprint", issue.fingerprint());
        }
        data.addProperty("text", issue.text() == null ? "" : issue.text());
        JsonArray suggestions = new JsonArray();
        issue.suggestions().forEach(suggestions::add);
        data.add("suggestions", suggestions);
        d.setData(data);
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Issue.Related r : issue.related()) {
            Path path = Path.of(r.file()).toAbsolutePath().normalize();
            String text = textOf.apply(path);
            Range range = text == null ? roughRange(r.span()) : range(r.span(), new LineIndex(text), encoding);
            related.add(new DiagnosticRelatedInformation(new Location(path.toUri().toString(), range),
                    r.message() + (r.text() == null ? "" : ": " + r.text())));
        }
        if (!related.isEmpty()) {
            d.setRelatedInformation(related);
        }
        return d;
    }

    /** A diagnostic at where a file stops being readable as its format (or a config file is broken). */
    static Diagnostic ofInputError(InputException e, String text, PositionEncoding encoding, String code) {
        Diagnostic d = new Diagnostic();
        Position at = new Position(0, 0);
        if (text != null && e.line() > 0) {
            LineIndex index = new LineIndex(text);
            int line = Math.min(e.line(), index.lineCount());
            int offset = index.offsetOfCodePointColumn(line, Math.max(1, e.column()));
            at = encoding.position(index, offset);
        }
        d.setRange(new Range(at, at));
        d.setSeverity(DiagnosticSeverity.Error);
        d.setCode(code);
        d.setSource(SOURCE);
        d.setMessage(e.detail());
        return d;
    }

    /** A span's range in the indexed text, in the given encoding. */
    static Range range(Span span, LineIndex index, PositionEncoding encoding) {
        if (span.line() < 1) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        int lines = index.lineCount();
        int startLine = Math.min(span.line(), lines);
        int start = index.offsetOfCodePointColumn(startLine, span.column());
        int endLine = span.endLine() < 1 ? startLine : Math.min(span.endLine(), lines);
        int end = span.endLine() < 1 ? start : index.offsetOfCodePointColumn(endLine, span.endColumn());
        return new Range(encoding.position(index, start), encoding.position(index, Math.max(start, end)));
    }

    /** Lacking the file's text, a span's range with code points taken for units (right for most text). */
    private static Range roughRange(Span span) {
        int line = Math.max(0, span.line() - 1);
        int endLine = Math.max(line, span.endLine() - 1);
        return new Range(new Position(line, Math.max(0, span.column() - 1)),
                new Position(endLine, Math.max(0, span.endColumn() - 1)));
    }
}
