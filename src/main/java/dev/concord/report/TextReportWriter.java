package dev.concord.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.text.LineIndex;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiler-style text: {@code file:line:col: severity: message [rule-id]}, then the line with carets under the
 * span (a window of it when the line is long), then the suggestions; a summary line at the end. Colour only when
 * asked (the CLI asks on a terminal).
 */
public final class TextReportWriter implements ReportWriter {
    /** Code points of context shown on each side of a span on a long line. */
    private static final int CONTEXT = 40;
    private static final int MAX_SUGGESTIONS_SHOWN = 5;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String GREEN = "\u001b[32m";

    private final boolean color;

    public TextReportWriter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, SourceText> texts = new HashMap<>();
        for (FileResult f : report.files()) {
            if (f.text() != null) {
                texts.put(f.path(), f.text());
            }
        }
        for (Issue issue : report.issues()) {
            writeIssue(issue, texts.get(issue.file()), out);
        }
        out.write(summary(report));
        out.write('\n');
        out.flush();
    }

    private void writeIssue(Issue issue, SourceText text, Writer out) throws IOException {
        Span s = issue.span();
        out.write(style(BOLD, issue.file() + ":" + s.line() + ":" + s.column() + ":"));
        out.write(' ');
        out.write(style(colorOf(issue.severity()), issue.severity().label() + ":"));
        out.write(' ');
        out.write(issue.message().replace('\n', ' '));
        out.write(" [" + issue.ruleId() + "]\n");
        if (text != null && s.line() <= text.lines().lineCount()) {
            writeExcerpt(text.lines(), s, out);
        }
        List<String> suggestions = issue.suggestions();
        if (!suggestions.isEmpty()) {
            List<String> shown = suggestions.subList(0, Math.min(MAX_SUGGESTIONS_SHOWN, suggestions.size()));
            out.write("    suggestion" + (shown.size() > 1 ? "s" : "") + ": " + String.join(", ", shown) + "\n");
        }
    }

    /** The span's line (a window of it when long) and carets under the span. */
    private void writeExcerpt(LineIndex lines, Span s, Writer out) throws IOException {
        String line = lines.lineText(s.line());
        int[] cps = line.codePoints().toArray();
        int from = s.column() - 1;
        int to = s.endLine() == s.line() ? s.endColumn() - 1 : cps.length;
        from = Math.max(0, Math.min(from, cps.length));
        to = Math.max(from, Math.min(to, cps.length));
        int windowStart = Math.max(0, from - CONTEXT);
        int windowEnd = Math.min(cps.length, Math.max(to, from + 1) + CONTEXT);
        StringBuilder shown = new StringBuilder("    ");
        StringBuilder carets = new StringBuilder("    ");
        if (windowStart > 0) {
            shown.append('…');
            carets.append(' ');
        }
        for (int i = windowStart; i < windowEnd; i++) {
            int cp = cps[i] == '\t' ? ' ' : cps[i];
            shown.appendCodePoint(cp);
            int width = displayWidth(cp);
            char mark = i >= from && i < to ? '^' : ' ';
            carets.append(String.valueOf(mark).repeat(width));
        }
        if (to == from) {
            // An empty span (an insertion point, an empty unit) still gets one caret.
            int pad = 0;
            for (int i = windowStart; i < from; i++) {
                pad += displayWidth(cps[i]);
            }
            carets.setLength(4 + (windowStart > 0 ? 1 : 0));
            carets.append(" ".repeat(pad)).append('^');
        }
        if (windowEnd < cps.length) {
            shown.append('…');
        }
        out.write(shown.toString());
        out.write('\n');
        out.write(style(GREEN, carets.toString().stripTrailing()));
        out.write('\n');
    }

    /** Columns a code point takes in a terminal: 2 for wide East Asian characters, 0 for combining marks. */
    static int displayWidth(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    static String summary(Report report) {
        long e = report.count(Severity.ERROR);
        long w = report.count(Severity.WARNING);
        long i = report.count(Severity.INFO);
        long checked = report.files().size() - report.failedFiles();
        StringBuilder sb = new StringBuilder();
        sb.append(plural(e, "error")).append(", ").append(plural(w, "warning")).append(", ")
                .append(plural(i, "info")).append(" in ").append(plural(checked, "file"));
        if (report.suppressed() > 0 || report.baselined() > 0) {
            sb.append(" (");
            if (report.suppressed() > 0) {
                sb.append(report.suppressed()).append(" suppressed");
            }
            if (report.baselined() > 0) {
                sb.append(report.suppressed() > 0 ? ", " : "").append(report.baselined()).append(" baselined");
            }
            sb.append(')');
        }
        if (report.failedFiles() > 0) {
            sb.append("; ").append(plural(report.failedFiles(), "file")).append(" not checked");
        }
        return sb.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
    }

    private String style(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
